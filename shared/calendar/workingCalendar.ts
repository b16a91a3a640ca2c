/**
 * Lịch làm việc: the working-day calendar of one agency, built from the announced schedules, the
 * statutory rules (for years without a schedule) and the agency's own overrides. Immutable once built;
 * per-year tables are computed lazily on first use and then answer every question in O(1) (a year
 * boundary crossed adds one step).
 */
import { appError } from '../errors/appError';
import {
  type DayNumber,
  daysFromCivil,
  daysInYear,
  type IsoDate,
  isoFromDayNumber,
  isWeekend,
  parseIsoDate,
  SUPPORTED_YEARS,
  weekdayNameEn,
  weekdayNameVi,
  weekdayOf,
} from './civilDate';
import { type HolidayRule, LABOUR_CODE_2019_ART_112, VIETNAM_HOLIDAY_RULES } from './holidayRules';
import { OFFICIAL_SCHEDULES, type OfficialSchedule, type ScheduleSource } from './schedules';
import { type CalendarDay, type DayKind, statutoryHolidays } from './statutoryHolidays';

export type { CalendarDay, DayKind } from './statutoryHolidays';

/** A day the agency sets itself (a local day off, a Saturday worked): stored by the app, applied last. */
export interface AgencyOverride {
  date: IsoDate;
  working: boolean;
  name: string;
  /** e.g. "Quyết định 12/QĐ-SNV ngày 02/03/2026" or "Cơ quan tự đặt". */
  source: string;
  nameEn?: string;
}

export interface DayInfo extends CalendarDay {
  dn: DayNumber;
}

/** What the calendar knows of one year: its schedule's sources and every named day. */
export interface YearCalendar {
  year: number;
  /** True when no announced schedule exists: the days come from the statutory rules only. */
  provisional: boolean;
  sources: readonly ScheduleSource[];
  /** Every holiday (weekends included), day off, swapped working day and override, by date. */
  days: readonly CalendarDay[];
}

export interface CalendarInputs {
  schedules?: readonly OfficialSchedule[];
  rules?: readonly HolidayRule[];
  overrides?: readonly AgencyOverride[];
}

const FIRST_DN = daysFromCivil(SUPPORTED_YEARS.first, 1, 1);
const LAST_DN = daysFromCivil(SUPPORTED_YEARS.last, 12, 31);
const YEAR_COUNT = SUPPORTED_YEARS.last - SUPPORTED_YEARS.first + 1;

/** Year index (year − first year) of every supported day, so a lookup never does calendar arithmetic. */
let yearIndexOfDay: Uint8Array | undefined;
function yearIndexTable(): Uint8Array {
  if (yearIndexOfDay) return yearIndexOfDay;
  const table = new Uint8Array(LAST_DN - FIRST_DN + 1);
  let pos = 0;
  for (let i = 0; i < YEAR_COUNT; i++) {
    const len = daysInYear(SUPPORTED_YEARS.first + i);
    table.fill(i, pos, pos + len);
    pos += len;
  }
  yearIndexOfDay = table;
  return table;
}

interface YearTable {
  index: number;
  year: number;
  start: DayNumber;
  provisional: boolean;
  /** 1 = working day, per day of the year. */
  working: Uint8Array;
  /** rank[i] = number of working days in [start, start + i). Length = days + 1. */
  rank: Int32Array;
  /** Day numbers of the working days, ascending. */
  workingDays: Int32Array;
  named: Map<DayNumber, CalendarDay>;
  sources: readonly ScheduleSource[];
}

const STATUTORY_SOURCE: ScheduleSource = {
  document: LABOUR_CODE_2019_ART_112,
  date: null,
  covers: 'Tạm tính theo quy định của luật (chưa có lịch nghỉ chính thức của Chính phủ)',
  coversEn: 'Provisional, from the law (no official Government schedule of days off yet)',
  verification: 'read in the original',
};

function outOfRange(dn: DayNumber): never {
  const iso = Number.isFinite(dn) ? isoFromDayNumber(Math.trunc(dn)) : String(dn);
  throw appError(
    'year-out-of-range',
    `Ngày ${iso} nằm ngoài phạm vi lịch hỗ trợ ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}.`,
    `The date ${iso} is outside the supported calendar range ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}.`,
    { input: iso },
  );
}

function invalidSchedule(year: number, vi: string, en: string): never {
  throw appError('schedule-invalid', `Lịch nghỉ năm ${year}: ${vi}`, `Schedule for ${year}: ${en}`, { year });
}

function checkSchedules(schedules: readonly OfficialSchedule[]): Map<number, OfficialSchedule> {
  const byYear = new Map<number, OfficialSchedule>();
  for (const s of schedules) {
    if (byYear.has(s.year))
      invalidSchedule(s.year, 'có hai lịch cho cùng một năm.', 'two schedules for one year.');
    if (s.year < SUPPORTED_YEARS.first || s.year > SUPPORTED_YEARS.last)
      parseIsoDate(`${s.year}-01-01`, 'year');
    const seen = new Set<DayNumber>();
    for (const day of s.days) {
      const dn = parseIsoDate(day.date, `schedule ${s.year}`);
      if (Number(day.date.slice(0, 4)) !== s.year) {
        invalidSchedule(
          s.year,
          `ngày ${day.date} không thuộc năm này.`,
          `the date ${day.date} is not in this year.`,
        );
      }
      if (seen.has(dn))
        invalidSchedule(s.year, `ngày ${day.date} ghi hai lần.`, `the date ${day.date} is listed twice.`);
      seen.add(dn);
      if (day.kind === 'swapped-working' && !isWeekend(dn)) {
        invalidSchedule(
          s.year,
          `ngày làm bù ${day.date} không phải thứ Bảy hay Chủ nhật.`,
          `the working day ${day.date} is not a weekend day.`,
        );
      }
    }
    byYear.set(s.year, s);
  }
  return byYear;
}

/**
 * Checks agency overrides: valid dates in the supported range, and no two entries for one date that say
 * different things ('override-clash', naming the date). Identical repeats are merged. Returns them by day.
 */
export function validateOverrides(overrides: readonly AgencyOverride[]): Map<DayNumber, AgencyOverride> {
  const byDay = new Map<DayNumber, AgencyOverride>();
  overrides.forEach((o, i) => {
    const dn = parseIsoDate(o.date, `overrides[${i}].date`);
    const previous = byDay.get(dn);
    if (previous && (previous.working !== o.working || previous.name !== o.name)) {
      throw appError(
        'override-clash',
        `Hai ngày điều chỉnh của cơ quan cùng ngày ${o.date} mâu thuẫn nhau ("${previous.name}" và "${o.name}").`,
        `Two agency overrides for ${o.date} clash ("${previous.name}" and "${o.name}").`,
        { date: o.date, index: i },
      );
    }
    byDay.set(dn, o);
  });
  return byDay;
}

function defaultDay(dn: DayNumber): CalendarDay {
  const wd = weekdayOf(dn);
  if (wd >= 5) {
    return {
      date: isoFromDayNumber(dn),
      working: false,
      kind: 'weekend',
      name: wd === 5 ? 'Thứ bảy' : 'Chủ nhật',
      nameEn: wd === 5 ? 'Saturday' : 'Sunday',
      source: 'Nghỉ hằng tuần',
    };
  }
  return {
    date: isoFromDayNumber(dn),
    working: true,
    kind: 'workday',
    name: weekdayNameVi(dn),
    nameEn: weekdayNameEn(dn),
    source: '',
  };
}

export class WorkingCalendar {
  private readonly tables: (YearTable | undefined)[] = new Array(YEAR_COUNT);
  private readonly yearIndex: Uint8Array;
  private readonly schedules: Map<number, OfficialSchedule>;
  private readonly rules: readonly HolidayRule[];
  private readonly overrides: Map<DayNumber, AgencyOverride>;

  constructor(inputs: CalendarInputs = {}) {
    this.schedules = checkSchedules(inputs.schedules ?? OFFICIAL_SCHEDULES);
    this.rules = inputs.rules ?? VIETNAM_HOLIDAY_RULES;
    this.overrides = validateOverrides(inputs.overrides ?? []);
    this.yearIndex = yearIndexTable();
  }

  /** True when the year has no announced schedule (rule-based days only). */
  isProvisional(year: number): boolean {
    return !this.schedules.has(year);
  }

  isWorkingDay(dn: DayNumber): boolean {
    const t = this.tableOf(dn);
    return t.working[dn - t.start] === 1;
  }

  /** The day's status with its name and source ("Chủ nhật", "Nghỉ Tết Nguyên đán", an override…). */
  dayInfo(dn: DayNumber): DayInfo {
    const t = this.tableOf(dn);
    const named = t.named.get(dn);
    return { dn, ...(named ?? defaultDay(dn)) };
  }

  /**
   * The |n|-th working day strictly before (n < 0) or after (n > 0) `dn`, like Excel WORKDAY(dn, n);
   * n = 0 returns dn unchanged.
   */
  shiftWorkingDays(dn: DayNumber, n: number): DayNumber {
    if (n < 0) return this.back(dn, -n);
    if (n > 0) return this.forward(dn, n);
    this.tableOf(dn);
    return dn;
  }

  previousWorkingDayOnOrBefore(dn: DayNumber): DayNumber {
    return this.isWorkingDay(dn) ? dn : this.back(dn, 1);
  }

  nextWorkingDayOnOrAfter(dn: DayNumber): DayNumber {
    return this.isWorkingDay(dn) ? dn : this.forward(dn, 1);
  }

  /**
   * Working days from `a` to `b`: the number of working days in (a, b] when b ≥ a, and minus the number
   * in (b, a] when b < a. From today to a deadline this is "working days left" (0 = due today).
   */
  workingDaysBetween(a: DayNumber, b: DayNumber): number {
    if (b < a) return -this.workingDaysBetween(b, a);
    const ta = this.tableOf(a);
    const tb = this.tableOf(b);
    // Working days on or before a, and on or before b, each counted within its own year.
    const throughA = ta.rank[a - ta.start + 1]!;
    const throughB = tb.rank[b - tb.start + 1]!;
    if (ta === tb) return throughB - throughA;
    let total = ta.workingDays.length - throughA + throughB;
    for (let i = ta.index + 1; i < tb.index; i++) total += this.table(i).workingDays.length;
    return total;
  }

  /** The named days and sources of a year, for the Settings screen and `dossier-desk calendar`. */
  year(year: number): YearCalendar {
    if (year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) parseIsoDate(`${year}-01-01`, 'year');
    const t = this.table(year - SUPPORTED_YEARS.first);
    const days = [...t.named.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    return { year, provisional: t.provisional, sources: t.sources, days };
  }

  private back(dn: DayNumber, n: number): DayNumber {
    let t = this.tableOf(dn);
    let idx = t.rank[dn - t.start]!;
    let need = n;
    while (idx < need) {
      need -= idx;
      if (t.index === 0) outOfRange(t.start - 1);
      t = this.table(t.index - 1);
      idx = t.workingDays.length;
    }
    return t.workingDays[idx - need]!;
  }

  private forward(dn: DayNumber, n: number): DayNumber {
    let t = this.tableOf(dn);
    let idx = t.rank[dn - t.start + 1]!;
    let need = n;
    while (idx + need > t.workingDays.length) {
      need -= t.workingDays.length - idx;
      if (t.index === YEAR_COUNT - 1) outOfRange(t.start + t.working.length);
      t = this.table(t.index + 1);
      idx = 0;
    }
    return t.workingDays[idx + need - 1]!;
  }

  private tableOf(dn: DayNumber): YearTable {
    if (!(dn >= FIRST_DN && dn <= LAST_DN)) outOfRange(dn);
    const index = this.yearIndex[dn - FIRST_DN]!;
    return this.tables[index] ?? this.build(index);
  }

  private table(index: number): YearTable {
    return this.tables[index] ?? this.build(index);
  }

  private build(index: number): YearTable {
    const year = SUPPORTED_YEARS.first + index;
    const start = daysFromCivil(year, 1, 1);
    const length = daysInYear(year);
    const schedule = this.schedules.get(year);
    const named = new Map<DayNumber, CalendarDay>();
    if (schedule) {
      for (const d of schedule.days) {
        named.set(parseIsoDate(d.date, `schedule ${year}`), {
          date: d.date,
          working: d.kind === 'swapped-working',
          kind: d.kind,
          name: d.name,
          nameEn: d.nameEn,
          source: d.source,
        });
      }
    } else {
      for (const d of statutoryHolidays(year, this.rules)) named.set(parseIsoDate(d.date, 'statutory'), d);
    }
    for (const [dn, o] of this.overrides) {
      if (dn < start || dn >= start + length) continue;
      named.set(dn, {
        date: o.date,
        working: o.working,
        kind: 'override' satisfies DayKind,
        name: o.name,
        nameEn: o.nameEn ?? o.name,
        source: o.source,
      });
    }
    const working = new Uint8Array(length);
    const rank = new Int32Array(length + 1);
    let count = 0;
    for (let i = 0; i < length; i++) {
      const dn = start + i;
      const day = named.get(dn);
      const isWorking = day ? day.working : !isWeekend(dn);
      rank[i] = count;
      if (isWorking) {
        working[i] = 1;
        count++;
      }
    }
    rank[length] = count;
    const workingDays = new Int32Array(count);
    for (let i = 0, j = 0; i < length; i++) if (working[i] === 1) workingDays[j++] = start + i;
    const table: YearTable = {
      index,
      year,
      start,
      provisional: !schedule,
      working,
      rank,
      workingDays,
      named,
      sources: schedule ? schedule.sources : [STATUTORY_SOURCE],
    };
    this.tables[index] = table;
    return table;
  }
}

export function createWorkingCalendar(inputs: CalendarInputs = {}): WorkingCalendar {
  return new WorkingCalendar(inputs);
}
