/**
 * Ngày nghỉ lễ, tết theo luật: the statutory holidays as data. The engine in statutoryHolidays.ts turns
 * these rules into the days of any year that has no announced schedule (a provisional year). A new
 * annual holiday is one more entry here (and a line in the yearly schedule files), not a code change.
 */

/** Where a rule comes from, cited in every explanation that mentions one of its days. */
export const LABOUR_CODE_2019_ART_112 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112';

interface RuleBase {
  id: string;
  nameVi: string;
  nameEn: string;
  source: string;
  /** First and last Gregorian years the rule applies to (inclusive); open when absent. */
  fromYear?: number;
  toYear?: number;
  /**
   * 'in-force' rules make days off; 'proposed' rules are carried so that enabling one is a data edit,
   * but they change nothing until their status says so.
   */
  status: 'in-force' | 'proposed';
  /** Labour Code Art. 111(3): a holiday on a weekly rest day is made up on the next working day. */
  compensated: boolean;
  /** Name of a make-up day; defaults to "Nghỉ bù " + nameVi / nameEn + " (compensatory day off)". */
  compensationNameVi?: string;
  compensationNameEn?: string;
}

export type HolidayRule =
  | (RuleBase & { kind: 'solar'; month: number; day: number })
  | (RuleBase & { kind: 'lunar'; month: number; day: number })
  | (RuleBase & {
      /** Tết: `length` days starting `firstOffset` days from mùng 1 (negative = the days before). */
      kind: 'lunar-new-year';
      firstOffset: number;
      length: number;
    })
  | (RuleBase & {
      /** Quốc khánh: a fixed solar day plus one adjacent day, chosen by pickAdjacentDay. */
      kind: 'solar-with-adjacent';
      month: number;
      day: number;
    });

export const VIETNAM_HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    id: 'new-year',
    kind: 'solar',
    month: 1,
    day: 1,
    nameVi: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm a`,
    status: 'in-force',
    compensated: true,
  },
  {
    // The law says only "Tết Âm lịch: 05 ngày" and lets the Prime Minister pick them (Art. 112(3)).
    // Every announced schedule from 2021 to 2026 is reproduced by "the last two days of the lunar year
    // and mùng 1–3" with Art. 111(3) make-up days after the block (2022 and 2026 give the same weekdays
    // as "eve + mùng 1–4"), so provisional years use that; an announced schedule always wins.
    id: 'tet',
    kind: 'lunar-new-year',
    firstOffset: -2,
    length: 5,
    nameVi: 'Nghỉ Tết Nguyên đán',
    nameEn: 'Tết holiday',
    compensationNameVi: 'Nghỉ bù Tết Nguyên đán',
    compensationNameEn: 'Tết (compensatory day off)',
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm b (ngày cụ thể: tạm tính theo quy tắc)`,
    status: 'in-force',
    compensated: true,
  },
  {
    id: 'hung-kings',
    kind: 'lunar',
    month: 3,
    day: 10,
    nameVi: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm e`,
    // A paid holiday since the 2007 amendment of the Labour Code.
    fromYear: 2007,
    status: 'in-force',
    compensated: true,
  },
  {
    id: 'reunification',
    kind: 'solar',
    month: 4,
    day: 30,
    nameVi: 'Ngày Chiến thắng',
    nameEn: 'Reunification Day',
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm c`,
    status: 'in-force',
    compensated: true,
  },
  {
    id: 'labour-day',
    kind: 'solar',
    month: 5,
    day: 1,
    nameVi: 'Quốc tế Lao động',
    nameEn: 'International Labour Day',
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm d`,
    status: 'in-force',
    compensated: true,
  },
  {
    id: 'national-day',
    kind: 'solar-with-adjacent',
    month: 9,
    day: 2,
    nameVi: 'Quốc khánh',
    nameEn: 'National Day',
    source: `${LABOUR_CODE_2019_ART_112}, khoản 1 điểm đ (ngày liền kề: tạm tính theo quy tắc)`,
    // The second day exists since the 2019 Code came into force.
    fromYear: 2021,
    status: 'in-force',
    compensated: true,
  },
  {
    id: 'national-day-single',
    kind: 'solar',
    month: 9,
    day: 2,
    nameVi: 'Quốc khánh',
    nameEn: 'National Day',
    source: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115',
    toYear: 2020,
    status: 'in-force',
    compensated: true,
  },
  {
    // Politburo Resolution 80-NQ/TW (07/01/2026) chose 24/11 as Vietnamese Culture Day, a paid day off;
    // Government Resolution 30/NQ-CP (2026) tasks amending Labour Code Art. 112(1). Not yet law when
    // this data was written: switch `status` to 'in-force' and set `fromYear` (and add the day to the
    // yearly schedule file) once the amendment is in force.
    id: 'vietnam-culture-day',
    kind: 'solar',
    month: 11,
    day: 24,
    nameVi: 'Ngày Văn hóa Việt Nam',
    nameEn: 'Vietnamese Culture Day',
    source: 'Nghị quyết 80-NQ/TW ngày 07/01/2026 (chủ trương; chờ sửa đổi Bộ luật Lao động)',
    fromYear: 2026,
    status: 'proposed',
    compensated: false,
  },
];
