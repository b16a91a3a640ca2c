/**
 * The register's dated duties, for the deadline agenda (dashboard, week strip, notifications, .ics):
 * every request still to answer whose due day lies in a range, plus every overdue one before it. A pure
 * function of the rows, so the agenda service can call it with whatever range it shows.
 */
import type { IsoDate } from '../calendar/civilDate';
import type { OpinionRequestState, StoredState } from './register';
import { requestState } from './register';

export interface OpinionRequestDutyInput {
  id: number;
  subject: string;
  requester: string;
  theirNumber: string;
  due: IsoDate;
  storedState: StoredState;
  assignee: string;
  provisional: boolean;
}

/** One dated duty: "answer request #id by `due`". */
export interface OpinionRequestDuty {
  kind: 'opinion-request';
  /** Stable key for lists and notifications: `opinion-request:${id}:${due}`. */
  key: string;
  id: number;
  due: IsoDate;
  /** "Trả lời xin ý kiến: <subject> (<requester> số <number>)". */
  title: string;
  state: OpinionRequestState;
  assignee: string;
  provisional: boolean;
}

export function opinionRequestTitle(
  r: Pick<OpinionRequestDutyInput, 'subject' | 'requester' | 'theirNumber'>,
): string {
  const number = r.theirNumber.trim() === '' ? '' : ` số ${r.theirNumber.trim()}`;
  return `Trả lời xin ý kiến: ${r.subject} (${r.requester}${number})`;
}

/**
 * Duties due in [from, to], and with `includeOverdue` every unanswered request due before `from` that is
 * overdue on `today`. Answered requests are no longer duties. Sorted by due day, then id.
 */
export function opinionRequestDuties(
  rows: readonly OpinionRequestDutyInput[],
  range: { from: IsoDate; to: IsoDate; today: IsoDate; includeOverdue?: boolean },
): OpinionRequestDuty[] {
  const duties: OpinionRequestDuty[] = [];
  for (const r of rows) {
    if (r.storedState === 'answered') continue;
    const inRange = r.due >= range.from && r.due <= range.to;
    const overdueBefore = (range.includeOverdue ?? false) && r.due < range.from && r.due < range.today;
    if (!inRange && !overdueBefore) continue;
    duties.push({
      kind: 'opinion-request',
      key: `opinion-request:${r.id}:${r.due}`,
      id: r.id,
      due: r.due,
      title: opinionRequestTitle(r),
      state: requestState(r.storedState, r.due, range.today),
      assignee: r.assignee,
      provisional: r.provisional,
    });
  }
  return duties.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
}
