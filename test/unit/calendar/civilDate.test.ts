import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  dayNumber,
  daysFromCivil,
  formatDateVi,
  isoFromDayNumber,
  parseIsoDate,
  todayInVietnam,
  weekdayNameVi,
  weekdayOf,
} from '../../../shared/calendar/civilDate';
import { isAppError } from '../../../shared/errors/appError';

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('civil dates as day numbers', () => {
  it('counts days from 1970-01-01 without any Date', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2); // 2000 is a leap year
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1); // 1900 is not
  });

  it('round-trips every day from 1900 to 2100', () => {
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2100, 12, 31);
    let prev = '';
    for (let n = first; n <= last; n++) {
      const iso = isoFromDayNumber(n);
      expect(iso > prev).toBe(true);
      if (dayNumber(iso) !== n) throw new Error(`${iso} does not round-trip`);
      prev = iso;
    }
    expect(civilFromDays(last)).toEqual({ year: 2100, month: 12, day: 31 });
  });

  it('names weekdays Monday-first: 17/12/2026 is a Thursday', () => {
    const dn = dayNumber('2026-12-17');
    expect(weekdayOf(dn)).toBe(3);
    expect(weekdayNameVi(dn)).toBe('Thứ Năm');
    expect(weekdayNameVi(dayNumber('2026-12-20'))).toBe('Chủ nhật');
    expect(formatDateVi(dn)).toBe('17/12/2026');
  });

  it('refuses impossible dates, naming the field and the input', () => {
    for (const bad of [
      '2026-02-31',
      '2023-02-29',
      '2026-13-01',
      '2026-00-10',
      '17/12/2026',
      '2026-1-5',
      '',
    ]) {
      const e = errorOf(() => parseIsoDate(bad, 'meeting'));
      expect(e.code).toBe('invalid-date');
      expect(e.vi).toContain('meeting');
      expect(e.en).toContain(`"${bad}"`);
    }
    expect(parseIsoDate('2024-02-29', 'x')).toBe(dayNumber('2024-02-29'));
  });

  it('refuses years outside 1900–2100', () => {
    expect(errorOf(() => parseIsoDate('1899-12-31', 'meeting')).code).toBe('year-out-of-range');
    expect(errorOf(() => parseIsoDate('2101-01-01', 'meeting')).code).toBe('year-out-of-range');
  });

  it('takes today in Vietnam (UTC+7) from an instant, whatever the machine zone', () => {
    expect(todayInVietnam(new Date('2026-12-16T16:59:59Z'))).toBe('2026-12-16');
    expect(todayInVietnam(new Date('2026-12-16T17:00:00Z'))).toBe('2026-12-17');
    expect(todayInVietnam(new Date('2026-12-31T23:30:00-08:00'))).toBe('2027-01-01');
  });
});
