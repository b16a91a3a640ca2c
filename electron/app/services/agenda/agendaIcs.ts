/**
 * The agenda as an iCalendar file (RFC 5545) for Outlook and Thunderbird, written by the `ics` library:
 * - one event per duty at its due time in Vietnam, written in UTC ("…Z") computed from +07:00: Vietnam has
 *   no daylight saving, and UTC times import the same everywhere, where a hand-written VTIMEZONE is the
 *   part Outlook most often misreads;
 * - Vietnamese text as UTF-8 (the library folds lines at octets, not characters; the tests parse it back);
 * - a reminder (VALARM) the day before, for duties not yet done;
 * - a stable UID per duty (its agenda key and the agency's code) and a SEQUENCE that grows with the export
 *   time, so importing a newer file updates the events instead of adding copies.
 */
import { createEvents, type EventAttributes } from 'ics';
import { AGENDA_KIND_LABELS } from '../../../../shared/agenda/kinds';
import type { AgendaEntry } from '../../../../shared/contract/agenda';
import { appError } from '../../../../shared/errors/appError';

export interface IcsOptions {
  agencyCode: string;
  agencyName: string;
  /** For duties without a time of their own (coordination answers, plan steps). */
  officeHoursEnd: string;
  now: Date;
}

/** The UID of a duty's event: the same in every export of the same agency. */
export function eventUid(entry: Pick<AgendaEntry, 'key'>, agencyCode: string): string {
  const code = agencyCode.normalize('NFD').replace(/[^A-Za-z0-9-]/g, '') || 'agency';
  return `${entry.key.replace(/[^A-Za-z0-9:-]/g, '-')}.${code}@dossier-desk`;
}

/** The due moment as UTC milliseconds: 'YYYY-MM-DD' 'HH:mm' in Vietnam (UTC+7). */
export function dueInstant(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+07:00`);
}

const STATE_VI: Record<AgendaEntry['state'], string> = {
  pending: 'Chưa đến hạn',
  overdue: 'Quá hạn',
  done: 'Đã hoàn thành',
  'done-late': 'Hoàn thành sau hạn',
};

export function agendaIcs(entries: readonly AgendaEntry[], options: IcsOptions): string {
  // Minutes since the epoch: larger in every later export, and inside the 31-bit range SEQUENCE allows.
  const sequence = Math.floor(options.now.getTime() / 60_000);
  const events: EventAttributes[] = entries.map((e) => {
    const time = e.time ?? options.officeHoursEnd;
    const done = e.state === 'done' || e.state === 'done-late';
    const meeting = e.meeting ? `\nCuộc họp / Meeting: ${e.meeting.title} (${e.meeting.date})` : '';
    const person = e.person ? `\nNgười thực hiện / Person: ${e.person}` : '';
    return {
      uid: eventUid(e, options.agencyCode),
      sequence,
      title: done ? `[${STATE_VI[e.state]}] ${e.title}` : e.title,
      description:
        `${e.explanation.vi}\n\n${e.explanation.en}${meeting}${person}\n` +
        `Trạng thái / State: ${STATE_VI[e.state]} (${e.state})${e.provisional ? '\nTạm tính / Provisional' : ''}`,
      start: dueInstant(e.date, time),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      categories: [AGENDA_KIND_LABELS[e.rule].vi],
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      ...(done
        ? {}
        : {
            alarms: [
              {
                action: 'display' as const,
                description: `Ngày mai đến hạn: ${e.title}`,
                trigger: { days: 1, before: true },
              },
            ],
          }),
    };
  });
  const header = { productId: 'dossier-desk/agenda', calName: `Lịch hạn — ${options.agencyName}` };
  // `createEvents([])` is an error in the library; an empty agenda is still a valid (empty) calendar.
  const { error, value } = createEvents(events, header);
  if (error || value === null) {
    if (events.length === 0) return emptyCalendar(header.calName);
    throw appError(
      'ics-failed',
      `Không tạo được tệp lịch: ${error?.message ?? 'lỗi không rõ'}.`,
      `Could not write the calendar file: ${error?.message ?? 'unknown error'}.`,
    );
  }
  return value;
}

function emptyCalendar(name: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:dossier-desk/agenda',
    `X-WR-CALNAME:${name}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
