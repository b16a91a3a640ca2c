import { describe, expect, it } from 'vitest';
import { evaluateMonth, itemStandingAt } from '../../../shared/workProgram/evaluation';
import { formatPercent, ratioOf } from '../../../shared/workProgram/ratio';
import { anItem } from './builders';

describe('evaluateMonth', () => {
  it('counts items due in the month and those submitted and promulgated by its last day', () => {
    const items = [
      anItem({ status: 'promulgated', submittedOn: '2026-03-02', promulgatedOn: '2026-03-31' }),
      anItem({ status: 'submitted', submittedOn: '2026-03-31' }),
      anItem({ status: 'in-progress' }),
    ];
    const e = evaluateMonth(items, '2026-03');
    expect(e.cutOff).toBe('2026-03-31');
    expect([e.toSubmit, e.submitted, e.promulgated, e.notSubmitted]).toEqual([3, 2, 1, 1]);
    expect(e.submittedRatio).toBeCloseTo(2 / 3, 12);
    expect(e.promulgatedRatio).toBeCloseTo(1 / 3, 12);
  });

  it('does not count a submission dated after the month as submitted in that month', () => {
    const e = evaluateMonth([anItem({ status: 'submitted', submittedOn: '2026-04-01' })], '2026-03');
    expect([e.submitted, e.notSubmitted]).toEqual([0, 1]);
    expect(e.lateItems.map((l) => l.monthsLate)).toEqual([0]);
  });

  it('counts a promulgation by the cut-off as submitted even when promulgated after the month', () => {
    const item = anItem({ status: 'promulgated', submittedOn: '2026-03-20', promulgatedOn: '2026-04-03' });
    const e = evaluateMonth([item], '2026-03');
    expect([e.submitted, e.promulgated]).toEqual([1, 0]);
    expect(itemStandingAt(item, '2026-03-31')).toBe('submitted');
    expect(itemStandingAt(item, '2026-04-03')).toBe('promulgated');
  });

  it('leaves withdrawn and postponed items out of the items to submit', () => {
    const e = evaluateMonth(
      [anItem({ status: 'withdrawn' }), anItem({ status: 'postponed' }), anItem({ status: 'not-started' })],
      '2026-03',
    );
    expect(e.toSubmit).toBe(1);
    expect(e.lateItems).toHaveLength(1);
  });

  it('ignores items due in other months for the counts but carries earlier unsubmitted ones as late', () => {
    const carried = anItem({ targetMonth: '2026-01', status: 'in-progress' });
    const doneEarlier = anItem({ targetMonth: '2026-02', status: 'submitted', submittedOn: '2026-02-27' });
    const future = anItem({ targetMonth: '2026-04', status: 'not-started' });
    const e = evaluateMonth([carried, doneEarlier, future], '2026-03');
    expect(e.toSubmit).toBe(0);
    expect(e.lateItems).toEqual([{ item: carried, monthsLate: 2 }]);
  });

  it('counts months late across a year boundary', () => {
    const e = evaluateMonth([anItem({ targetMonth: '2025-11', status: 'in-progress' })], '2026-02');
    expect(e.lateItems[0]?.monthsLate).toBe(3);
  });

  it('gives null ratios, shown as a dash, when nothing is due', () => {
    const e = evaluateMonth([anItem({ targetMonth: '2026-05' })], '2026-03');
    expect(e.submittedRatio).toBeNull();
    expect(e.promulgatedRatio).toBeNull();
    expect(formatPercent(e.submittedRatio)).toBe('—');
  });

  it('trusts a submitted status without a date and lists the item as undated', () => {
    const undated = anItem({ status: 'submitted' });
    const e = evaluateMonth([undated], '2026-03');
    expect(e.submitted).toBe(1);
    expect(e.undatedItemIds).toEqual([undated.id]);
  });

  it('treats a February cut-off in a leap year as the 29th', () => {
    const e = evaluateMonth([anItem({ targetMonth: '2028-02', submittedOn: '2028-02-29' })], '2028-02');
    expect(e.cutOff).toBe('2028-02-29');
    expect(e.submitted).toBe(1);
  });
});

describe('formatPercent', () => {
  it('writes one decimal with a Vietnamese decimal comma', () => {
    expect(formatPercent(ratioOf(2, 3))).toBe('66,7%');
    expect(formatPercent(ratioOf(1, 3), 'en')).toBe('33.3%');
    expect(formatPercent(ratioOf(5, 5))).toBe('100,0%');
    expect(formatPercent(ratioOf(0, 7))).toBe('0,0%');
  });

  it('rounds exact halves up even when floating point stores them just below', () => {
    // 201/400 = 50.25% exactly; (201/400) * 1000 is 502.49999... in binary floating point.
    expect((201 / 400) * 1000).toBeLessThan(502.5);
    expect(formatPercent(ratioOf(201, 400))).toBe('50,3%');
    expect(formatPercent(ratioOf(3, 80))).toBe('3,8%');
    expect(formatPercent(ratioOf(1, 16))).toBe('6,3%');
    expect(formatPercent(ratioOf(1, 6))).toBe('16,7%');
  });
});
