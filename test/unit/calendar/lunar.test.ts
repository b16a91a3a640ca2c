import { describe, expect, it } from 'vitest';
import { dayNumber, daysFromCivil, isoFromDayNumber } from '../../../shared/calendar/civilDate';
import {
  canChiOfYear,
  dayNumberFromLunar,
  formatLunarVi,
  leapMonthOf,
  lunarFromDayNumber,
  lunarToSolar,
  solarToLunar,
  tetDayNumber,
} from '../../../shared/calendar/lunar';
import { isAppError } from '../../../shared/errors/appError';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
  return 'no error';
}

const tet = (year: number, tz?: number) => isoFromDayNumber(tetDayNumber(year, tz));

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
  ])('puts Tết %i on %s', (year, date) => {
    expect(tet(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(lunarToSolar({ year, month: 1, day: 1, leap: false })).toBe(date);
  });

  // Years where the UTC+7 reckoning gives a different Tết from the Chinese (UTC+8) one.
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1969, '1969-02-16', '1969-02-17'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('keeps Vietnamese Tết %i on %s where China has %s', (year, vn, cn) => {
    expect(tet(year)).toBe(vn);
    expect(tet(year, 8)).toBe(cn);
  });

  it('differs from the Chinese calendar only in the known years over 1968–2100', () => {
    const differing: number[] = [];
    for (let y = 1968; y <= 2100; y++) if (tet(y) !== tet(y, 8)) differing.push(y);
    expect(differing).toEqual([1968, 1969, 1985, 2007, 2030, 2053]);
  });

  const hasChinese =
    typeof Intl.supportedValuesOf === 'function' && Intl.supportedValuesOf('calendar').includes('chinese');
  it.skipIf(!hasChinese)(
    'agrees in UTC+8 with ICU’s Chinese calendar for Tết 1900–2100, except listed years (skipped if Node lacks ICU calendars)',
    () => {
      // An independent implementation: ICU's Chinese calendar, read at noon UTC (the same civil day in
      // UTC+8). Where ICU departs from the Hong Kong Observatory tables (1954 Feb 3, 2027 Feb 6, 2030 Feb 3)
      // the algorithm follows the published dates; 1916 is ICU's use of pre-1929 Beijing local time.
      const icuDisagrees = new Set([1916, 1954, 2027, 2030]);
      const fmt = new Intl.DateTimeFormat('en-u-ca-chinese', {
        timeZone: 'UTC',
        month: 'numeric',
        day: 'numeric',
      });
      const icuTet = (year: number): string => {
        for (let d = daysFromCivil(year, 1, 15); d <= daysFromCivil(year, 2, 25); d++) {
          const parts = fmt.formatToParts(new Date(d * 86_400_000 + 43_200_000));
          const month = parts.find((p) => p.type === 'month')?.value;
          const day = parts.find((p) => p.type === 'day')?.value;
          if (month === '1' && day === '1') return isoFromDayNumber(d);
        }
        return 'none';
      };
      const mismatches: string[] = [];
      for (let y = 1900; y <= 2100; y++) {
        if (icuDisagrees.has(y)) continue;
        if (tet(y, 8) !== icuTet(y)) mismatches.push(`${y}: ${tet(y, 8)} vs ICU ${icuTet(y)}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('finds the leap months of recent years', () => {
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBe(0);
    expect(leapMonthOf(2026)).toBe(0);
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2023, month: 2, day: 15, leap: true })).toBe('2023-04-05');
  });

  it('puts the Hùng Kings’ day (10/3) on the announced dates', () => {
    const hung = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });
    expect(hung(2023)).toBe('2023-04-29');
    expect(hung(2024)).toBe('2024-04-18');
    expect(hung(2025)).toBe('2025-04-07');
    expect(hung(2026)).toBe('2026-04-26');
  });

  it('walks 1900–2100 day by day with consistent lunar dates and round-trips them', () => {
    let prev = lunarFromDayNumber(daysFromCivil(1900, 1, 31));
    expect(prev).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    const last = daysFromCivil(2100, 12, 31);
    for (let dn = daysFromCivil(1900, 2, 1); dn <= last; dn++) {
      const cur = lunarFromDayNumber(dn);
      const nextDay = cur.day === prev.day + 1 && cur.month === prev.month && cur.leap === prev.leap;
      const newMonth = cur.day === 1 && (prev.day === 29 || prev.day === 30);
      if (!nextDay && !newMonth)
        throw new Error(`${isoFromDayNumber(dn)}: ${JSON.stringify(prev)} → ${JSON.stringify(cur)}`);
      if (dn % 5 === 0 && dayNumberFromLunar(cur) !== dn)
        throw new Error(`${isoFromDayNumber(dn)} does not round-trip`);
      prev = cur;
    }
  });

  it('refuses a leap month that does not exist and a day 30 in a 29-day month', () => {
    expect(codeOf(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true }))).toBe(
      'invalid-lunar-date',
    );
    expect(codeOf(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true }))).toBe(
      'invalid-lunar-date',
    );
    // Tháng Chạp of Giáp Thìn (lunar 2024) had 29 days: Tết Ất Tỵ was 29/01/2025, the day after 29 Chạp.
    expect(lunarToSolar({ year: 2024, month: 12, day: 29, leap: false })).toBe('2025-01-28');
    expect(codeOf(() => lunarToSolar({ year: 2024, month: 12, day: 30, leap: false }))).toBe(
      'invalid-lunar-date',
    );
    expect(codeOf(() => lunarToSolar({ year: 2026, month: 13, day: 1, leap: false }))).toBe(
      'invalid-lunar-date',
    );
    expect(codeOf(() => lunarToSolar({ year: 2101, month: 1, day: 1, leap: false }))).toBe(
      'year-out-of-range',
    );
    expect(codeOf(() => solarToLunar('2026-02-30'))).toBe('invalid-date');
  });

  it('names the year in Can Chi', () => {
    expect(canChiOfYear(2026)).toBe('Bính Ngọ');
    expect(canChiOfYear(2025)).toBe('Ất Tỵ');
    expect(canChiOfYear(1968)).toBe('Mậu Thân');
    expect(formatLunarVi(solarToLunar('2026-02-17'))).toBe('mùng 1 tháng Giêng năm Bính Ngọ (2026)');
    expect(dayNumber(lunarToSolar(solarToLunar('2026-12-17')))).toBe(dayNumber('2026-12-17'));
  });
});
