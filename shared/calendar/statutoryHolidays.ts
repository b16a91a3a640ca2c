/**
 * The rule-based holidays of a year (Labour Code 2019 Art. 112 with Art. 111(3) make-up days), used for
 * every year without an announced civil-service schedule. Pure: data in, days out.
 */
import {
  type DayNumber,
  daysFromCivil,
  type IsoDate,
  isoFromDayNumber,
  isWeekend,
  weekdayOf,
} from './civilDate';
import { type HolidayRule, VIETNAM_HOLIDAY_RULES } from './holidayRules';
import { dayNumberFromLunar, tetDayNumber } from './lunar';

/** Why a day is (not) a working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'day-off' | 'swapped-working' | 'override';

/** One day of a calendar that differs from, or names, the plain Monday–Friday week. */
export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** Vietnamese name, e.g. "Nghỉ Tết Nguyên đán". */
  name: string;
  nameEn: string;
  /** Legal or administrative source of this day. */
  source: string;
}

export const COMPENSATION_SOURCE = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)';

function applies(rule: HolidayRule, year: number): boolean {
  return (
    rule.status === 'in-force' &&
    (rule.fromYear === undefined || year >= rule.fromYear) &&
    (rule.toYear === undefined || year <= rule.toYear)
  );
}

/**
 * The day joined to 2/9 (Art. 112(1)(đ) "01 ngày liền kề trước hoặc sau"). The Prime Minister picks it
 * each year; this rule reproduces every pick from 2021 to 2026: take the neighbour that is a weekday;
 * if both are, the one that joins a weekend (a Monday or a Friday); otherwise the day before.
 *   2/9 on Mon → 3/9; Tue → 1/9 (Mon); Wed → 1/9; Thu → 3/9 (Fri); Fri → 1/9; Sat → 1/9 (Fri); Sun → 3/9.
 */
export function nationalDayAdjacent(year: number, month = 9, day = 2): DayNumber {
  const main = daysFromCivil(year, month, day);
  const before = main - 1;
  const after = main + 1;
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  if (weekdayOf(after) === 4) return after; // a Friday joins the weekend
  return before;
}

interface RawHoliday {
  dn: DayNumber;
  rule: HolidayRule;
}

function holidayDaysOfRule(rule: HolidayRule, year: number): DayNumber[] {
  switch (rule.kind) {
    case 'solar':
      return [daysFromCivil(year, rule.month, rule.day)];
    case 'lunar':
      // The lunar year that begins in this Gregorian year; months 1–10 always fall in the same year.
      return [dayNumberFromLunar({ year, month: rule.month, day: rule.day, leap: false })];
    case 'lunar-new-year': {
      const tet = tetDayNumber(year);
      const days: DayNumber[] = [];
      for (let i = 0; i < rule.length; i++) days.push(tet + rule.firstOffset + i);
      return days;
    }
    case 'solar-with-adjacent': {
      const main = daysFromCivil(year, rule.month, rule.day);
      const adjacent = nationalDayAdjacent(year, rule.month, rule.day);
      return adjacent < main ? [adjacent, main] : [main, adjacent];
    }
  }
}

/**
 * Every statutory holiday of `year` (also those on a weekend, so they can be named) and the make-up
 * days off for those on a Saturday or Sunday, sorted by date. Make-up days go to the next weekday that
 * is neither a holiday nor already a make-up day, in date order: 30/4 Sat + 1/5 Sun → Mon 2/5, Tue 3/5.
 */
export function statutoryHolidays(
  year: number,
  rules: readonly HolidayRule[] = VIETNAM_HOLIDAY_RULES,
): CalendarDay[] {
  const raw: RawHoliday[] = [];
  for (const rule of rules) {
    if (!applies(rule, year)) continue;
    for (const dn of holidayDaysOfRule(rule, year)) raw.push({ dn, rule });
  }
  raw.sort((a, b) => a.dn - b.dn);
  const taken = new Set<DayNumber>(raw.map((h) => h.dn));
  const result: CalendarDay[] = [];
  for (const h of raw) {
    result.push({
      date: isoFromDayNumber(h.dn),
      working: false,
      kind: 'holiday',
      name: h.rule.nameVi,
      nameEn: h.rule.nameEn,
      source: h.rule.source,
    });
  }
  for (const h of raw) {
    if (!h.rule.compensated || !isWeekend(h.dn)) continue;
    let d = h.dn + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    result.push({
      date: isoFromDayNumber(d),
      working: false,
      kind: 'day-off',
      name: h.rule.compensationNameVi ?? `Nghỉ bù ${h.rule.nameVi}`,
      nameEn: h.rule.compensationNameEn ?? `${h.rule.nameEn} (compensatory day off)`,
      source: COMPENSATION_SOURCE,
    });
  }
  // Two rules on one date (a proposed day on an existing holiday, say) keep the first name only.
  result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const seen = new Set<string>();
  const unique: CalendarDay[] = [];
  for (const d of result) {
    if (seen.has(d.date)) continue;
    seen.add(d.date);
    unique.push(d);
  }
  return unique;
}
