import type { Ratio } from './ratio';
import { ratioOf } from './ratio';
import type { WorkProgramItem } from './types';
import type { IsoDate, YearMonth } from './yearMonth';
import { lastDayOfMonth, monthsBetween } from './yearMonth';

/**
 * Đánh giá kết quả thực hiện chương trình công tác (directive §2c): the numbers of items to submit,
 * submitted, promulgated and not submitted in a month, and the ratios submitted / to submit and
 * promulgated / to submit.
 *
 * Definitions (the screen, the DOCX and the XLSX all use this one function):
 * - The cut-off is the last day of the month: a fact dated after it does not count for that month, so
 *   a month's evaluation does not change when the report is produced later.
 * - Phải trình (toSubmit): items whose target month is the month, except items withdrawn or postponed
 *   (an approved adjustment takes them out of the month; one that moves them to a later month rewrites
 *   `targetMonth`).
 * - Đã trình (submitted): of those, items submitted on or before the cut-off. An item promulgated by
 *   the cut-off was necessarily submitted. An item whose status says submitted/promulgated but has no
 *   date is counted on its status and listed in `undatedItemIds` so the screen can ask for the date.
 * - Đã ban hành (promulgated): of those, items promulgated on or before the cut-off (same rule for a
 *   missing date).
 * - Chưa trình (notSubmitted) = toSubmit − submitted.
 * - Chậm trình (lateItems): every item due in the month or earlier, not withdrawn or postponed, and not
 *   submitted by the cut-off — this month's unsubmitted items plus those carried over from earlier
 *   months — with how many months late (0 = due this month).
 */
export interface MonthEvaluation {
  month: YearMonth;
  cutOff: IsoDate;
  toSubmit: number;
  submitted: number;
  promulgated: number;
  notSubmitted: number;
  submittedRatio: Ratio;
  promulgatedRatio: Ratio;
  /** Ids of the items counted in `toSubmit`, in program order. */
  toSubmitItemIds: string[];
  lateItems: LateItem[];
  undatedItemIds: string[];
}

export interface LateItem {
  item: WorkProgramItem;
  /** 0 when due in the evaluated month, 1 when carried over from the month before, and so on. */
  monthsLate: number;
}

const OUT_OF_PROGRAM = new Set(['withdrawn', 'postponed']);

function submittedBy(item: WorkProgramItem, cutOff: IsoDate): { yes: boolean; undated: boolean } {
  if (item.submittedOn !== undefined) return { yes: item.submittedOn <= cutOff, undated: false };
  if (item.promulgatedOn !== undefined) return { yes: item.promulgatedOn <= cutOff, undated: false };
  const byStatus = item.status === 'submitted' || item.status === 'promulgated';
  return { yes: byStatus, undated: byStatus };
}

function promulgatedBy(item: WorkProgramItem, cutOff: IsoDate): { yes: boolean; undated: boolean } {
  if (item.promulgatedOn !== undefined) return { yes: item.promulgatedOn <= cutOff, undated: false };
  const byStatus = item.status === 'promulgated';
  return { yes: byStatus, undated: byStatus };
}

/** Where an item stood at a cut-off date, by the rules above. */
export type ItemStanding = 'promulgated' | 'submitted' | 'not-submitted';

export function itemStandingAt(item: WorkProgramItem, cutOff: IsoDate): ItemStanding {
  if (promulgatedBy(item, cutOff).yes) return 'promulgated';
  if (submittedBy(item, cutOff).yes) return 'submitted';
  return 'not-submitted';
}

export function evaluateMonth(items: readonly WorkProgramItem[], month: YearMonth): MonthEvaluation {
  const cutOff = lastDayOfMonth(month);
  const inProgram = items.filter((item) => !OUT_OF_PROGRAM.has(item.status));
  const due = inProgram.filter((item) => item.targetMonth === month);
  const undated = new Set<string>();
  let submitted = 0;
  let promulgated = 0;
  for (const item of due) {
    const s = submittedBy(item, cutOff);
    const p = promulgatedBy(item, cutOff);
    if (s.yes || p.yes) submitted += 1;
    if (p.yes) promulgated += 1;
    if ((s.yes && s.undated) || (p.yes && p.undated)) undated.add(item.id);
  }
  const lateItems = inProgram
    .filter((item) => item.targetMonth <= month)
    .filter((item) => itemStandingAt(item, cutOff) === 'not-submitted')
    .map((item) => ({ item, monthsLate: monthsBetween(item.targetMonth, month) }))
    .sort((a, b) => b.monthsLate - a.monthsLate);
  return {
    month,
    cutOff,
    toSubmit: due.length,
    submitted,
    promulgated,
    notSubmitted: due.length - submitted,
    submittedRatio: ratioOf(submitted, due.length),
    promulgatedRatio: ratioOf(promulgated, due.length),
    toSubmitItemIds: due.map((item) => item.id),
    lateItems,
    undatedItemIds: [...undated],
  };
}
