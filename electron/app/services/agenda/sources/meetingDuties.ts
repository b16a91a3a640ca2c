/**
 * The duties a meeting puts on each of the agency's items: the signed documents (§4b) and, for PPC
 * sessions, the leaders' opinion (§4a, capped at the signed-documents deadline). Deadlines come from the
 * engine, once per meeting.
 */
import { dayNumber, isoFromDayNumber } from '../../../../../shared/calendar/civilDate';
import { deadlinesForMeeting } from '../../../../../shared/deadlines';
import { formatDate } from '../../../../../shared/format/dates';
import { itemsOfMeetingsBetween } from '../../../../db/repositories/agendaQueries';
import { type DutySource, type DutySourceInput, dutyEntry, type ItemDeadlines } from '../duty';

/**
 * A deadline falls at most this many days before its meeting: 60 working days (the largest signed-documents
 * number a rule set may hold) are under 100 calendar days even across Tết.
 */
const LOOK_AHEAD_DAYS = 100;

function meetingItems(input: DutySourceInput): ItemDeadlines[] {
  if (input.cache.meetingItems) return input.cache.meetingItems;
  const until = isoFromDayNumber(dayNumber(input.to) + LOOK_AHEAD_DAYS);
  const byMeeting = new Map<number, ItemDeadlines['deadlines']>();
  const result = itemsOfMeetingsBetween(input.db, input.from, until, input.openOnly).map((item) => {
    let deadlines = byMeeting.get(item.meeting.id);
    if (!deadlines) {
      deadlines = deadlinesForMeeting(item.meeting, input.calendar, input.rules);
      byMeeting.set(item.meeting.id, deadlines);
    }
    return { item, deadlines };
  });
  input.cache.meetingItems = result;
  return result;
}

function inRange(input: DutySourceInput, date: string): boolean {
  return date >= input.from && date <= input.to;
}

export const signedDocumentsSource: DutySource = (input) =>
  meetingItems(input).flatMap(({ item, deadlines }) => {
    const d = deadlines.find((x) => x.rule === 'signed-documents');
    if (!d || !inRange(input, d.due)) return [];
    // Struck from the program: the duty is over, whatever was or was not sent.
    if (item.status === 'struck' && item.submittedOn === null) return [];
    const sent = item.submittedOn !== null;
    let vi = d.explanation.vi;
    let en = d.explanation.en;
    if (sent && item.submittedOn !== null) {
      const at = item.submittedTime ? `${item.submittedTime} ` : '';
      vi += ` Đã nộp ${at}ngày ${formatDate(item.submittedOn)}.`;
      en += ` Submitted ${at ? `at ${at}` : ''}on ${formatDate(item.submittedOn)}.`;
    }
    if (item.lateReason) {
      vi += ` Lý do nộp chậm: ${item.lateReason}.`;
      en += ` Reason for late documents: ${item.lateReason}.`;
    }
    return [
      dutyEntry(input, {
        key: `signed-documents:item:${item.id}`,
        rule: 'signed-documents',
        date: d.due,
        time: d.dueTime,
        subject: item.title,
        meeting: item.meeting,
        person: item.leadOfficer,
        provisional: d.provisional,
        done: sent,
        doneOn: item.submittedOn,
        doneTime: item.submittedTime,
        explanation: { vi, en },
        ref: { type: 'agenda-item', id: item.id, itemId: item.id, month: null },
      }),
    ];
  });

const PAST_OPINION = new Set(['awaiting-signature', 'signed', 'submitted']);

export const leaderOpinionSource: DutySource = (input) =>
  meetingItems(input).flatMap(({ item, deadlines }) => {
    const d = deadlines.find((x) => x.rule === 'leader-opinion');
    if (!d || !inRange(input, d.due) || item.status === 'struck') return [];
    // An item that reached signature had its opinion sought, even when the day was not recorded.
    const done = item.opinionSoughtOn !== null || PAST_OPINION.has(item.status);
    let vi = d.explanation.vi;
    let en = d.explanation.en;
    if (item.opinionSoughtOn !== null) {
      const how = item.opinionSoughtHow ? ` (${item.opinionSoughtHow})` : '';
      vi += ` Đã xin ý kiến ngày ${formatDate(item.opinionSoughtOn)}${how}.`;
      en += ` Opinion sought on ${formatDate(item.opinionSoughtOn)}${how}.`;
    }
    return [
      dutyEntry(input, {
        key: `leader-opinion:item:${item.id}`,
        rule: 'leader-opinion',
        date: d.due,
        time: d.dueTime,
        subject: item.title,
        meeting: item.meeting,
        person: item.leaderInCharge || item.leadOfficer,
        provisional: d.provisional,
        done,
        doneOn: item.opinionSoughtOn,
        explanation: { vi, en },
        ref: { type: 'agenda-item', id: item.id, itemId: item.id, month: null },
      }),
    ];
  });
