import { describe, expect, it } from 'vitest';
import { dayNumber, isWeekend } from '../../../shared/calendar/civilDate';
import { OFFICIAL_SCHEDULES, type OfficialSchedule } from '../../../shared/calendar/schedules';
import { statutoryHolidays } from '../../../shared/calendar/statutoryHolidays';
import { createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
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

describe('the announced civil-service schedules shipped as data', () => {
  it('ship at least 2024, 2025 and 2026, each citing a document number', () => {
    const years = OFFICIAL_SCHEDULES.map((s) => s.year);
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    for (const s of OFFICIAL_SCHEDULES) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const src of s.sources) expect(src.document).toMatch(/\d+\/[A-ZĐ-]+/);
    }
    const cited = OFFICIAL_SCHEDULES.flatMap((s) => s.sources.map((src) => `${src.document} ${src.date}`));
    expect(cited).toContain('Công văn 8726/VPCP-KGVX 2024-11-26');
    expect(cited).toContain('Công văn 12729/VPCP-KGVX 2025-12-25');
    expect(cited).toContain('Công văn 2450/VPCP-KGVX 2024-04-12');
  });

  it('differ from the statutory rules only by their swapped days', () => {
    for (const s of OFFICIAL_SCHEDULES) {
      const working = (days: { date: string; working: boolean }[]) =>
        new Map(days.map((d) => [d.date, d.working]));
      const official = working(s.days.map((d) => ({ date: d.date, working: d.kind === 'swapped-working' })));
      const statutory = working(statutoryHolidays(s.year));
      const differing = [...new Set([...official.keys(), ...statutory.keys()])].filter((date) => {
        const plain = !isWeekend(dayNumber(date));
        return (official.get(date) ?? plain) !== (statutory.get(date) ?? plain);
      });
      const swaps = s.days
        .filter((d) => d.kind === 'swapped-working' || d.name.startsWith('Nghỉ hoán đổi'))
        .map((d) => d.date);
      expect(differing.sort(), String(s.year)).toEqual(swaps.sort());
    }
  });

  it('count the announced days off of 2026: thirteen weekdays off and two Saturdays worked', () => {
    const y = createWorkingCalendar().year(2026);
    const exceptions = y.days.filter((d) => d.working === isWeekend(dayNumber(d.date)));
    expect(exceptions.filter((d) => !d.working)).toHaveLength(13);
    expect(exceptions.filter((d) => d.working).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('refuse a schedule that lists a day twice, a day of another year, or a weekday as a swapped working day', () => {
    const base: OfficialSchedule = { year: 2027, sources: [], days: [] };
    const day = { kind: 'holiday' as const, name: 'x', nameEn: 'x', source: 'x' };
    const twice = {
      ...base,
      days: [
        { ...day, date: '2027-01-01' },
        { ...day, date: '2027-01-01' },
      ],
    };
    const otherYear = { ...base, days: [{ ...day, date: '2028-01-01' }] };
    const weekdayWorked = {
      ...base,
      days: [{ ...day, kind: 'swapped-working' as const, date: '2027-01-04' }],
    };
    const impossible = { ...base, days: [{ ...day, date: '2027-02-29' }] };
    expect(codeOf(() => createWorkingCalendar({ schedules: [twice] }))).toBe('schedule-invalid');
    expect(codeOf(() => createWorkingCalendar({ schedules: [otherYear] }))).toBe('schedule-invalid');
    expect(codeOf(() => createWorkingCalendar({ schedules: [weekdayWorked] }))).toBe('schedule-invalid');
    expect(codeOf(() => createWorkingCalendar({ schedules: [impossible] }))).toBe('invalid-date');
    expect(codeOf(() => createWorkingCalendar({ schedules: [base, base] }))).toBe('schedule-invalid');
  });

  it('take a new yearly day such as 24/11 as a data update: one more entry in a schedule file', () => {
    const s2026 = OFFICIAL_SCHEDULES.find((s) => s.year === 2026);
    if (!s2026) throw new Error('2026 schedule missing');
    const updated: OfficialSchedule = {
      ...s2026,
      days: [
        ...s2026.days,
        {
          date: '2026-11-24',
          kind: 'holiday',
          name: 'Ngày Văn hóa Việt Nam',
          nameEn: 'Vietnamese Culture Day',
          source: 'test',
        },
      ],
    };
    const schedules = OFFICIAL_SCHEDULES.map((s) => (s.year === 2026 ? updated : s));
    const calendar = createWorkingCalendar({ schedules });
    expect(calendar.isWorkingDay(dayNumber('2026-11-24'))).toBe(false);
    expect(calendar.dayInfo(dayNumber('2026-11-24')).name).toBe('Ngày Văn hóa Việt Nam');
    expect(createWorkingCalendar().isWorkingDay(dayNumber('2026-11-24'))).toBe(true);
  });
});
