import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, isWeekend } from '../../../shared/calendar/civilDate';
import { type HolidayRule, VIETNAM_HOLIDAY_RULES } from '../../../shared/calendar/holidayRules';
import { nationalDayAdjacent, statutoryHolidays } from '../../../shared/calendar/statutoryHolidays';

const weekdaysOff = (year: number, rules?: readonly HolidayRule[]) =>
  statutoryHolidays(year, rules)
    .filter((d) => !d.working)
    .filter((d) => !isWeekend(dayNumber(d.date)))
    .map((d) => `${d.date} ${d.name}`);

describe('statutory holidays (Labour Code 2019 Art. 112) for a year without a schedule', () => {
  it('joins 2/9 to the neighbour the Government picked in 2021–2026', () => {
    const picks = [2021, 2022, 2023, 2024, 2025, 2026].map((y) => isoFromDayNumber(nationalDayAdjacent(y)));
    expect(picks).toEqual([
      '2021-09-03',
      '2022-09-01',
      '2023-09-01',
      '2024-09-03',
      '2025-09-01',
      '2026-09-01',
    ]);
    // 2/9/2029 is a Sunday: the adjacent day is Monday 3/9, and Sunday is made up on Tuesday 4/9.
    expect(isoFromDayNumber(nationalDayAdjacent(2029))).toBe('2029-09-03');
    expect(weekdaysOff(2029)).toContain('2029-09-04 Nghỉ bù Quốc khánh');
  });

  it('makes up 30/4 on a Saturday and 1/5 on a Sunday on the following Monday and Tuesday (2022)', () => {
    const days = weekdaysOff(2022);
    expect(days).toContain('2022-05-02 Nghỉ bù Ngày Chiến thắng');
    expect(days).toContain('2022-05-03 Nghỉ bù Quốc tế Lao động');
  });

  it('skips a holiday when looking for a make-up day: Hùng Kings on Sat 29/4/2023 is made up on Tue 2/5', () => {
    const days = weekdaysOff(2023);
    expect(days).toContain('2023-05-01 Quốc tế Lao động');
    expect(days).toContain('2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(days).toContain('2023-05-03 Nghỉ bù Ngày Chiến thắng');
  });

  it('gives Tết as the last two days of the lunar year and mùng 1–3, with make-up days after (2024)', () => {
    const tet = weekdaysOff(2024).filter((d) => d.includes('Tết Nguyên đán'));
    expect(tet).toEqual([
      '2024-02-08 Nghỉ Tết Nguyên đán',
      '2024-02-09 Nghỉ Tết Nguyên đán',
      '2024-02-12 Nghỉ Tết Nguyên đán',
      '2024-02-13 Nghỉ bù Tết Nguyên đán',
      '2024-02-14 Nghỉ bù Tết Nguyên đán',
    ]);
  });

  it('has eleven holidays in a year where none falls on a weekend (2025)', () => {
    const holidays = statutoryHolidays(2025).filter((d) => d.kind === 'holiday');
    expect(holidays).toHaveLength(11);
    expect(holidays.every((d) => d.source.includes('Điều 112'))).toBe(true);
  });

  it('has no Hùng Kings holiday before 2007 and a single National Day before 2021', () => {
    expect(statutoryHolidays(2006).some((d) => d.name === 'Giỗ Tổ Hùng Vương')).toBe(false);
    expect(statutoryHolidays(2007).some((d) => d.name === 'Giỗ Tổ Hùng Vương')).toBe(true);
    expect(statutoryHolidays(2020).filter((d) => d.name === 'Quốc khánh')).toHaveLength(1);
  });

  it('does not apply the proposed Vietnamese Culture Day (24/11) until the data says it is in force', () => {
    expect(statutoryHolidays(2027).some((d) => d.date === '2027-11-24')).toBe(false);
    const enacted = VIETNAM_HOLIDAY_RULES.map((r) =>
      r.id === 'vietnam-culture-day' ? { ...r, status: 'in-force' as const } : r,
    );
    expect(weekdaysOff(2027, enacted)).toContain('2027-11-24 Ngày Văn hóa Việt Nam');
    expect(weekdaysOff(2025, enacted)).not.toContain('2025-11-24 Ngày Văn hóa Việt Nam'); // fromYear 2026
  });
});
