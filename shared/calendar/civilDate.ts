import { appError } from '../errors/appError';

/** A civil date in Vietnam as 'YYYY-MM-DD'. */
export type IsoDate = string;
/** Integer days since 1970-01-01 (proleptic Gregorian), the unit every date computation uses. */
export type DayNumber = number;

/**
 * Years the calendar answers for. The lunar algorithm and the holiday rules are trusted over this range;
 * outside it every entry point refuses with 'year-out-of-range' rather than guess.
 */
export const SUPPORTED_YEARS = { first: 1900, last: 2100 } as const;

const MS_PER_DAY = 86_400_000;
/** Vietnam is UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Days from 1970-01-01 to year-month-day (H. Hinnant's days_from_civil; integer arithmetic only). */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Inverse of daysFromCivil (Hinnant's civil_from_days). */
export function civilFromDays(n: DayNumber): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** 0 = Monday … 6 = Sunday (Vietnamese weeks start on Monday). 1970-01-01 was a Thursday. */
export function weekdayOf(dn: DayNumber): number {
  return (((dn + 3) % 7) + 7) % 7;
}

/** Saturday or Sunday: the weekly rest days of the civil service. */
export function isWeekend(dn: DayNumber): boolean {
  return weekdayOf(dn) >= 5;
}

export function assertSupportedYear(year: number, input: string): void {
  if (year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw appError(
      'year-out-of-range',
      `Năm ${year} (trong "${input}") nằm ngoài phạm vi hỗ trợ ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}.`,
      `Year ${year} (in "${input}") is outside the supported range ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}.`,
      { input, year },
    );
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a 'YYYY-MM-DD' civil date and returns its day number. Refuses impossible dates (2026-02-31),
 * other formats, and years outside SUPPORTED_YEARS, naming the field and the text in both languages.
 */
export function parseIsoDate(text: string, fieldName = 'date'): DayNumber {
  const m = ISO_DATE.exec(text);
  if (!m) {
    throw appError(
      'invalid-date',
      `${fieldName}: "${text}" không phải ngày hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-12-17).`,
      `${fieldName}: "${text}" is not a valid date (format YYYY-MM-DD, e.g. 2026-12-17).`,
      { field: fieldName, input: text },
    );
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw appError(
      'invalid-date',
      `${fieldName}: ngày "${text}" không tồn tại.`,
      `${fieldName}: the date "${text}" does not exist.`,
      { field: fieldName, input: text },
    );
  }
  assertSupportedYear(year, text);
  return daysFromCivil(year, month, day);
}

/** Day number of a trusted-looking ISO date; validates exactly like parseIsoDate. */
export function dayNumber(iso: IsoDate): DayNumber {
  return parseIsoDate(iso, 'date');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoFromDayNumber(n: DayNumber): IsoDate {
  const { year, month, day } = civilFromDays(n);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function yearOfDayNumber(n: DayNumber): number {
  return civilFromDays(n).year;
}

/**
 * The civil date in Vietnam (UTC+7) at an instant. The only place a Date is read: shells call it with
 * the clock, the domain code takes `today` as an argument. Uses the epoch value, never the local zone.
 */
export function todayInVietnam(now: Date): IsoDate {
  return isoFromDayNumber(Math.floor((now.getTime() + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/** Vietnamese and English weekday names, index 0 = Monday. */
export const WEEKDAY_NAMES_VI = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
] as const;
export const WEEKDAY_NAMES_EN = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function weekdayNameVi(dn: DayNumber): string {
  return WEEKDAY_NAMES_VI[weekdayOf(dn)] ?? '';
}

export function weekdayNameEn(dn: DayNumber): string {
  return WEEKDAY_NAMES_EN[weekdayOf(dn)] ?? '';
}

/** dd/MM/yyyy, the Vietnamese way of writing a date. */
export function formatDateVi(dn: DayNumber): string {
  const { year, month, day } = civilFromDays(dn);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
