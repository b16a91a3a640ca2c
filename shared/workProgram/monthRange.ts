import type { YearMonth } from './yearMonth';
import { makeYearMonth } from './yearMonth';

/** `month` moved by `delta` months: addMonths('2026-01', -1) = '2025-12'. */
export function addMonths(month: YearMonth, delta: number): YearMonth {
  const index = Number(month.slice(0, 4)) * 12 + (Number(month.slice(5, 7)) - 1) + delta;
  return makeYearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The `count` months ending with `end`, oldest first. */
export function monthsEndingWith(end: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => addMonths(end, i - count + 1));
}
