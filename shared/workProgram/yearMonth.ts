import type { IsoDate } from '../calendar/civilDate';
import { daysInMonth } from '../calendar/civilDate';

export type { IsoDate };

/**
 * Tháng trình: a program item's target month, 'YYYY-MM'. Civil months only; no Date, no time zone.
 * Month helpers live here because only the work program counts in months; days come from shared/calendar.
 */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const CIVIL_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isYearMonth(value: string): value is YearMonth {
  return YEAR_MONTH.test(value);
}

export function isIsoDate(value: string): value is IsoDate {
  const m = CIVIL_DATE.exec(value);
  if (!m) return false;
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

export function yearMonthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

export function lastDayOfMonth(month: YearMonth): IsoDate {
  const year = Number(month.slice(0, 4));
  const mm = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(year, mm)).padStart(2, '0')}`;
}

export function makeYearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7));
  const b = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  return b - a;
}

const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Tháng 3/2026" / "March 2026": months as Vietnamese documents write them (no leading zero). */
export function formatYearMonth(month: YearMonth, lang: 'vi' | 'en' = 'vi'): string {
  const year = month.slice(0, 4);
  const mm = Number(month.slice(5, 7));
  if (lang === 'vi') return `Tháng ${mm}/${year}`;
  return `${MONTH_NAMES_EN[mm - 1] ?? ''} ${year}`;
}

/** dd/MM/yyyy, the Vietnamese short date. */
export function formatIsoDateVi(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
