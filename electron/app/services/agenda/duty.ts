/**
 * The pieces every duty source shares: what a source receives (the range, the calendar, the rules, today,
 * the thresholds per kind) and one function that turns a source's plain facts into an AgendaEntry (days
 * left, state, colour), so that every kind is judged the same way.
 */
import type { Database } from 'better-sqlite3';
import { AGENDA_KIND_LABELS, type AgendaKind, type AgendaState } from '../../../../shared/agenda/kinds';
import { dayNumber } from '../../../../shared/calendar/civilDate';
import type { WorkingCalendar } from '../../../../shared/calendar/workingCalendar';
import type { AgendaEntry, AgendaThresholds } from '../../../../shared/contract/agenda';
import type { MeetingRef } from '../../../../shared/contract/agendaItems';
import type { ThresholdsView } from '../../../../shared/contract/dashboard';
import { type Deadline, judgeSubmission, type RuleSet } from '../../../../shared/deadlines';
import { urgencyOf } from '../../../../shared/dossiers/urgency';
import type { AgendaItemRow } from '../../../db/repositories/agendaQueries';

export interface DutySourceInput {
  db: Database;
  calendar: WorkingCalendar;
  rules: RuleSet;
  today: string;
  /** Inclusive range of due dates. */
  from: string;
  to: string;
  thresholds: AgendaThresholds;
  /**
   * Only duties not done (pending or overdue), as the dashboard wants them: a source may then ask SQL for
   * open rows only, through a partial index, instead of judging ten years of done ones. A source that does
   * not filter loses nothing: buildAgenda drops done entries anyway.
   */
  openOnly: boolean;
  /** Per-build cache, so that sources reading the same rows (items of meetings) read them once. */
  cache: AgendaCache;
}

/** The items of meetings whose deadlines may fall in the range, with the meeting's explained deadlines. */
export interface ItemDeadlines {
  item: AgendaItemRow;
  deadlines: Deadline[];
}

export interface AgendaCache {
  meetingItems?: ItemDeadlines[];
}

/**
 * Nguồn hạn: one kind of dated duty. Returns the entries due in [input.from, input.to]. A new kind joins
 * the agenda by appending its source to AGENDA_SOURCES (sources/index.ts).
 */
export type DutySource = (input: DutySourceInput) => AgendaEntry[];

export interface DutyFacts {
  key: string;
  rule: AgendaKind;
  date: string;
  time: string | null;
  subject: string;
  meeting: MeetingRef | null;
  person: string;
  counterpart?: { agency: string; person: string };
  provisional: boolean;
  /** Done: the day (and time when known); `done: true` with no day when done on an unknown day. */
  done: boolean;
  doneOn: string | null;
  doneTime?: string | null;
  explanation: { vi: string; en: string };
  ref: AgendaEntry['ref'];
}

export function thresholdsFor(t: AgendaThresholds, kind: AgendaKind): ThresholdsView {
  return t.byKind[kind] ?? t.general;
}

export function dutyEntry(input: DutySourceInput, f: DutyFacts): AgendaEntry {
  const today = dayNumber(input.today);
  const due = dayNumber(f.date);
  const workingDaysLeft = input.calendar.workingDaysBetween(today, due);
  const calendarDaysLeft = due - today;
  let state: AgendaState;
  if (f.done) {
    state =
      f.doneOn === null ||
      judgeSubmission(
        { date: f.doneOn, time: f.doneTime ?? null },
        { date: f.date, time: f.time ?? '23:59' },
      ) === 'on-time'
        ? 'done'
        : 'done-late';
  } else {
    state = calendarDaysLeft < 0 ? 'overdue' : 'pending';
  }
  const label = AGENDA_KIND_LABELS[f.rule];
  return {
    key: f.key,
    rule: f.rule,
    date: f.date,
    time: f.time,
    title: `${label.vi}: ${f.subject}`,
    titleEn: `${label.en}: ${f.subject}`,
    subject: f.subject,
    meetingId: f.meeting?.id ?? null,
    meeting: f.meeting,
    person: f.person,
    counterpart: f.counterpart ?? null,
    provisional: f.provisional,
    state,
    doneOn: f.doneOn,
    workingDaysLeft,
    calendarDaysLeft,
    urgency: f.done ? 'green' : urgencyOf(workingDaysLeft, thresholdsFor(input.thresholds, f.rule)),
    explanation: f.explanation,
    ref: f.ref,
  };
}
