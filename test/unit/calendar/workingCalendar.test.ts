import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../../../shared/calendar/civilDate';
import { type AgencyOverride, createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
import { type AppError, isAppError } from '../../../shared/errors/appError';

const d = dayNumber;
const iso = isoFromDayNumber;
const calendar = createWorkingCalendar();

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const anOverride = (o: Partial<AgencyOverride> = {}): AgencyOverride => ({
  date: '2026-12-16',
  working: false,
  name: 'Nghỉ kỷ niệm ngày thành lập ngành',
  source: 'Quyết định của Giám đốc Sở',
  ...o,
});

/** Seeded PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the working-day calendar', () => {
  it('counts a swapped Saturday as a working day and its swapped weekday as a day off (2026-01-10 / 01-02)', () => {
    expect(calendar.isWorkingDay(d('2026-01-10'))).toBe(true);
    expect(calendar.dayInfo(d('2026-01-10')).kind).toBe('swapped-working');
    expect(calendar.isWorkingDay(d('2026-01-02'))).toBe(false);
    expect(calendar.dayInfo(d('2026-01-02')).kind).toBe('day-off');
    expect(calendar.isWorkingDay(d('2025-04-26'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-05-02'))).toBe(false);
  });

  it('names each day off: weekend, holiday on a weekend, make-up day', () => {
    expect(calendar.dayInfo(d('2026-12-19'))).toMatchObject({
      working: false,
      kind: 'weekend',
      name: 'Thứ bảy',
    });
    expect(calendar.dayInfo(d('2026-12-20'))).toMatchObject({
      kind: 'weekend',
      name: 'Chủ nhật',
      nameEn: 'Sunday',
    });
    expect(calendar.dayInfo(d('2026-04-26'))).toMatchObject({ kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' });
    expect(calendar.dayInfo(d('2026-04-27'))).toMatchObject({
      kind: 'day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
    expect(calendar.dayInfo(d('2026-02-17'))).toMatchObject({
      kind: 'holiday',
      source: 'Thông báo 9441/TB-BNV',
    });
    expect(calendar.dayInfo(d('2026-12-17'))).toMatchObject({
      working: true,
      kind: 'workday',
      name: 'Thứ Năm',
    });
  });

  it('shifts by working days like Excel WORKDAY, across the year end', () => {
    expect(iso(calendar.shiftWorkingDays(d('2026-12-17'), -3))).toBe('2026-12-14');
    expect(iso(calendar.shiftWorkingDays(d('2026-01-05'), -3))).toBe('2025-12-29');
    expect(iso(calendar.shiftWorkingDays(d('2025-12-31'), 1))).toBe('2026-01-05');
    expect(iso(calendar.shiftWorkingDays(d('2025-12-31'), 4))).toBe('2026-01-08');
    expect(iso(calendar.shiftWorkingDays(d('2026-01-09'), 1))).toBe('2026-01-10');
    expect(iso(calendar.shiftWorkingDays(d('2026-12-20'), 0))).toBe('2026-12-20');
    expect(iso(calendar.shiftWorkingDays(d('2026-12-17'), -300))).toBe(
      iso(naiveShift(d('2026-12-17'), -300)),
    );
  });

  it('finds the working day on or before a date', () => {
    expect(iso(calendar.previousWorkingDayOnOrBefore(d('2026-05-09')))).toBe('2026-05-08');
    expect(iso(calendar.previousWorkingDayOnOrBefore(d('2026-05-08')))).toBe('2026-05-08');
    expect(iso(calendar.previousWorkingDayOnOrBefore(d('2026-02-22')))).toBe('2026-02-13');
    expect(iso(calendar.nextWorkingDayOnOrAfter(d('2026-02-14')))).toBe('2026-02-23');
  });

  it('counts working days between two dates, negative backwards', () => {
    expect(calendar.workingDaysBetween(d('2026-12-01'), d('2026-12-14'))).toBe(9);
    expect(calendar.workingDaysBetween(d('2026-12-14'), d('2026-12-14'))).toBe(0);
    expect(calendar.workingDaysBetween(d('2026-12-15'), d('2026-12-14'))).toBe(-1);
    expect(calendar.workingDaysBetween(d('2025-12-31'), d('2026-01-05'))).toBe(1);
    // Every working day of 2026: 261 weekdays − 13 weekdays off + 2 Saturdays worked.
    expect(calendar.workingDaysBetween(d('2025-12-31'), d('2026-12-31'))).toBe(250);
  });

  it('marks years without an announced schedule as provisional', () => {
    expect(calendar.isProvisional(2026)).toBe(false);
    expect(calendar.isProvisional(2024)).toBe(false);
    expect(calendar.isProvisional(2030)).toBe(true);
    expect(calendar.year(2030).provisional).toBe(true);
    expect(calendar.isWorkingDay(d('2030-02-04'))).toBe(false); // Tết 2030 by the rule
  });

  it('agrees with a naive day-by-day loop on random dates 1990–2100', () => {
    const rand = prng(20261217);
    const from = d('1990-06-01');
    const span = d('2100-06-01') - from;
    for (let i = 0; i < 3000; i++) {
      const day = from + Math.floor(rand() * span);
      const n = 1 + Math.floor(rand() * 40);
      expect(calendar.shiftWorkingDays(day, -n)).toBe(naiveShift(day, -n));
      expect(calendar.shiftWorkingDays(day, n)).toBe(naiveShift(day, n));
    }
  });

  it('applies agency overrides over the official schedule', () => {
    const withOverrides = createWorkingCalendar({
      overrides: [anOverride(), anOverride({ date: '2026-12-12', working: true, name: 'Làm việc thứ Bảy' })],
    });
    expect(withOverrides.dayInfo(d('2026-12-16'))).toMatchObject({ working: false, kind: 'override' });
    expect(iso(withOverrides.shiftWorkingDays(d('2026-12-17'), -3))).toBe('2026-12-12');
    // An agency may also cancel an official day off locally.
    const cancel = createWorkingCalendar({
      overrides: [anOverride({ date: '2026-01-02', working: true, name: 'Làm việc' })],
    });
    expect(cancel.isWorkingDay(d('2026-01-02'))).toBe(true);
  });

  it('refuses clashing overrides for the same date, naming the date', () => {
    const e = errorOf(() =>
      createWorkingCalendar({ overrides: [anOverride(), anOverride({ working: true, name: 'Làm việc' })] }),
    );
    expect(e.code).toBe('override-clash');
    expect(e.vi).toContain('2026-12-16');
    expect(e.en).toContain('2026-12-16');
    expect(() => createWorkingCalendar({ overrides: [anOverride(), anOverride()] })).not.toThrow();
  });

  it('refuses overrides with impossible dates, naming the entry', () => {
    const e = errorOf(() =>
      createWorkingCalendar({ overrides: [anOverride(), anOverride({ date: '2026-02-30' })] }),
    );
    expect(e.code).toBe('invalid-date');
    expect(e.vi).toContain('overrides[1].date');
  });

  it('refuses to count past the supported range', () => {
    expect(errorOf(() => calendar.shiftWorkingDays(d('1900-01-03'), -5)).code).toBe('year-out-of-range');
    expect(errorOf(() => calendar.shiftWorkingDays(d('2100-12-29'), 5)).code).toBe('year-out-of-range');
    expect(errorOf(() => calendar.isWorkingDay(d('2100-12-31') + 1)).code).toBe('year-out-of-range');
    expect(errorOf(() => calendar.year(2101)).code).toBe('year-out-of-range');
  });
});

function naiveShift(dn: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = dn;
  while (left > 0) {
    day += step;
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
