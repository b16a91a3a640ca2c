/**
 * Âm lịch Việt Nam: the Vietnamese lunisolar calendar, by Hồ Ngọc Đức's published astronomical algorithm
 * ("Âm lịch Việt Nam", amlich.js, after J. Meeus, Astronomical Algorithms): new moons and the sun's
 * longitude computed, months starting on the civil day of the new moon *in UTC+7*. Vietnam has
 * reckoned in UTC+7 since 1967; China reckons in UTC+8, which is why Tết sometimes falls a day (2007)
 * or a month (1985) apart. The zone is a parameter only so tests can reproduce the Chinese calendar;
 * the app always uses VIETNAM_TIME_ZONE. Nothing here reads the machine's time zone.
 *
 * Dates before 1968 are computed the same way; historically Vietnam then followed the UTC+8 calendar,
 * so a few pre-1968 dates differ from what was printed at the time (irrelevant for deadlines).
 */
import { appError } from '../errors/appError';
import {
  assertSupportedYear,
  civilFromDays,
  type DayNumber,
  daysFromCivil,
  type IsoDate,
  isoFromDayNumber,
  parseIsoDate,
  SUPPORTED_YEARS,
} from './civilDate';

export const VIETNAM_TIME_ZONE = 7;

/** A date of the lunar calendar. `leap` marks the intercalary (nhuận) month that repeats `month`. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Julian Day Number of day number 0 (1970-01-01). */
const JDN_OF_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon of 1900-01-01, the algorithm's k = 0. */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian date (fractional, UT) of the k-th new moon after the epoch (Meeus ch. 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian date jdn (Meeus ch. 25, low precision). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Julian day number of the civil day (in the zone) on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Index (0–11) of the 30° sector of the sun's longitude at the start of the civil day jdn. */
function sunSector(jdn: number, tz: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day number of the first day of lunar month 11 (the month holding the winter solstice) of `year`. */
function lunarMonth11(year: number, tz: number): number {
  const off = daysFromCivil(year, 12, 31) + JDN_OF_EPOCH - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  // If the sun is already past 270° at that new moon, that month is month 12: month 11 began one earlier.
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Offset (months after month 11) of the leap month: the first month holding no major solar term. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function lunarFromJdn(jdn: number, tz: number, gregorianYear: number): LunarDate {
  // The month holding jdn starts at the last new moon on or before it. The published code tries only
  // the mean-motion guesses k+1 and k, which misses by one lunation where the true new moon strays far
  // from the mean (it returns "day 0" for 2054-05-07); walk to the right lunation instead.
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1, tz) <= jdn) k++;
  while (newMoonDay(k, tz) > jdn) k--;
  const monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(gregorianYear, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = gregorianYear;
    a11 = lunarMonth11(gregorianYear - 1, tz);
  } else {
    lunarYear = gregorianYear + 1;
    b11 = lunarMonth11(gregorianYear + 1, tz);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** Solar (Gregorian) day number → Vietnamese lunar date. */
export function lunarFromDayNumber(dn: DayNumber, tz: number = VIETNAM_TIME_ZONE): LunarDate {
  return lunarFromJdn(dn + JDN_OF_EPOCH, tz, civilFromDays(dn).year);
}

/** Solar (Gregorian) ISO date → Vietnamese lunar date. Throws AppError for invalid or unsupported dates. */
export function solarToLunar(iso: IsoDate, tz: number = VIETNAM_TIME_ZONE): LunarDate {
  return lunarFromDayNumber(parseIsoDate(iso, 'solar'), tz);
}

function describeLunar(d: LunarDate): string {
  return `${d.day}/${d.month}${d.leap ? ' (nhuận)' : ''}/${d.year}`;
}

function describeLunarEn(d: LunarDate): string {
  return `${d.day}/${d.month}${d.leap ? ' (leap)' : ''}/${d.year}`;
}

/**
 * Day number of the first day of lunar month (year, month, leap), or undefined if that leap month does
 * not exist in that year.
 */
function monthStartJdn(year: number, month: number, leap: boolean, tz: number): number | undefined {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  return newMoonDay(k + off, tz);
}

/** The leap month (1–12) of a lunar year, or 0 when the year has none. */
export function leapMonthOf(lunarYear: number, tz: number = VIETNAM_TIME_ZONE): number {
  for (let m = 1; m <= 12; m++) {
    if (monthStartJdn(lunarYear, m, true, tz) !== undefined) return m;
  }
  return 0;
}

/** Number of days (29 or 30) of a lunar month, or undefined if the leap month does not exist. */
export function lunarMonthLength(
  year: number,
  month: number,
  leap: boolean,
  tz: number = VIETNAM_TIME_ZONE,
): number | undefined {
  const start = monthStartJdn(year, month, leap, tz);
  if (start === undefined) return undefined;
  // The next month starts at the next new moon: 29 or 30 days later.
  const next = newMoonDay(Math.floor((start + 15 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5), tz);
  return next > start ? next - start : 30;
}

/** Vietnamese lunar date → day number. Throws AppError for months, leap months or days that do not exist. */
export function dayNumberFromLunar(date: LunarDate, tz: number = VIETNAM_TIME_ZONE): DayNumber {
  const { year, month, day, leap } = date;
  const text = describeLunar(date);
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw appError(
      'invalid-lunar-date',
      `Ngày âm lịch ${text} không hợp lệ.`,
      `The lunar date ${describeLunarEn(date)} is not valid.`,
      { input: date },
    );
  }
  // Lunar 1899's last months fall in solar 1900: accept the year, then check the solar result.
  if (year !== SUPPORTED_YEARS.first - 1) assertSupportedYear(year, `${text} âm lịch`);
  if (month < 1 || month > 12 || day < 1 || day > 30) {
    throw appError(
      'invalid-lunar-date',
      `Ngày âm lịch ${text} không tồn tại (tháng 1–12, ngày 1–30).`,
      `The lunar date ${describeLunarEn(date)} does not exist (month 1–12, day 1–30).`,
      { input: date },
    );
  }
  const start = monthStartJdn(year, month, leap, tz);
  if (start === undefined) {
    const actual = leapMonthOf(year, tz);
    throw appError(
      'invalid-lunar-date',
      `Năm âm lịch ${year} không có tháng ${month} nhuận${actual ? ` (tháng nhuận là tháng ${actual})` : ' (năm không nhuận)'}.`,
      `Lunar year ${year} has no leap month ${month}${actual ? ` (its leap month is ${actual})` : ' (it has no leap month)'}.`,
      { input: date, leapMonth: actual },
    );
  }
  const length = lunarMonthLength(year, month, leap, tz) ?? 30;
  if (day > length) {
    throw appError(
      'invalid-lunar-date',
      `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có ${length} ngày: không có ngày ${day}.`,
      `Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has only ${length} days: there is no day ${day}.`,
      { input: date, length },
    );
  }
  const dn = start + day - 1 - JDN_OF_EPOCH;
  assertSupportedYear(civilFromDays(dn).year, `${text} âm lịch`);
  return dn;
}

/** Vietnamese lunar date → solar ISO date. */
export function lunarToSolar(date: LunarDate, tz: number = VIETNAM_TIME_ZONE): IsoDate {
  return isoFromDayNumber(dayNumberFromLunar(date, tz));
}

/** Day number of Tết (mùng 1 tháng Giêng) of the lunar year that starts in Gregorian `year`. */
export function tetDayNumber(year: number, tz: number = VIETNAM_TIME_ZONE): DayNumber {
  return dayNumberFromLunar({ year, month: 1, day: 1, leap: false }, tz);
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;
const MONTH_NAMES = [
  'Giêng',
  'Hai',
  'Ba',
  'Tư',
  'Năm',
  'Sáu',
  'Bảy',
  'Tám',
  'Chín',
  'Mười',
  'Mười một',
  'Chạp',
];

/** Can Chi name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function canChiOfYear(lunarYear: number): string {
  return `${STEMS[(((lunarYear + 6) % 10) + 10) % 10]} ${BRANCHES[(((lunarYear + 8) % 12) + 12) % 12]}`;
}

/** "mùng 1 tháng Giêng năm Bính Ngọ (2026)" */
export function formatLunarVi(d: LunarDate): string {
  const day = d.day <= 10 ? `mùng ${d.day}` : `ngày ${d.day}`;
  const month = `tháng ${MONTH_NAMES[d.month - 1] ?? d.month}${d.leap ? ' nhuận' : ''}`;
  return `${day} ${month} năm ${canChiOfYear(d.year)} (${d.year})`;
}
