import type { ToWhom, WorkProgramStatus } from './types';
import { TO_WHOM_LABELS, WORK_PROGRAM_STATUS_LABELS } from './types';
import type { YearMonth } from './yearMonth';
import { isIsoDate, makeYearMonth } from './yearMonth';

/**
 * The words of the spreadsheets agencies keep their work program in: column headers, status and
 * to-whom labels, and the many ways a submission month is written. Matching ignores accents, case,
 * punctuation and spacing, because the same sheet is typed by many hands (and sometimes without
 * Vietnamese input at all).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9/\-.\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SHEET_COLUMNS = [
  'number',
  'title',
  'leadAgency',
  'coordinatingAgencies',
  'submissionTime',
  'toWhom',
  'status',
  'notes',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** The header written by the exporter, and the first alias the importer looks for. */
export const SHEET_HEADERS: Record<SheetColumn, string> = {
  number: 'STT',
  title: 'Nội dung',
  leadAgency: 'Cơ quan chủ trì',
  coordinatingAgencies: 'Cơ quan phối hợp',
  submissionTime: 'Thời gian trình',
  toWhom: 'Cấp trình',
  status: 'Trạng thái',
  notes: 'Ghi chú',
};

const HEADER_ALIASES: Record<SheetColumn, string[]> = {
  number: ['stt', 'tt', 'so tt', 'so thu tu', 'no', 'number'],
  title: [
    'noi dung',
    'ten noi dung',
    'noi dung trinh',
    'noi dung cong viec',
    'ten van ban',
    'ten de an',
    'content',
  ],
  leadAgency: ['co quan chu tri', 'don vi chu tri', 'co quan don vi chu tri', 'chu tri', 'lead agency'],
  coordinatingAgencies: [
    'co quan phoi hop',
    'don vi phoi hop',
    'co quan don vi phoi hop',
    'phoi hop',
    'coordinating agencies',
  ],
  submissionTime: [
    'thoi gian trinh',
    'thoi han trinh',
    'thang trinh',
    'thoi gian trinh du kien',
    'du kien thoi gian trinh',
    'thoi gian',
    'submission time',
  ],
  toWhom: ['cap trinh', 'noi trinh', 'trinh', 'cap co tham quyen', 'to whom'],
  status: ['trang thai', 'tinh trang', 'ket qua thuc hien', 'status'],
  notes: ['ghi chu', 'notes'],
};

/**
 * Which column a header cell names, or null. A header matches an alias exactly, or starts with a
 * multi-word alias followed by more words ("Thời gian trình (dự kiến)"); one-word aliases must match
 * exactly so that "Trình" does not swallow "Thời gian trình".
 */
export function columnForHeader(header: string): SheetColumn | null {
  const folded = foldVietnamese(header)
    .replace(/[/\-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded === '') return null;
  for (const column of SHEET_COLUMNS) {
    if (HEADER_ALIASES[column].includes(folded)) return column;
  }
  for (const column of SHEET_COLUMNS) {
    for (const alias of HEADER_ALIASES[column]) {
      if (alias.includes(' ') && folded.startsWith(`${alias} `)) return column;
    }
  }
  return null;
}

function labelTable<K extends string>(
  labels: Record<K, { vi: string; en: string }>,
  extra: Record<K, string[]>,
): Map<string, K> {
  const table = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) {
    table.set(foldVietnamese(key), key);
    table.set(foldVietnamese(labels[key].vi), key);
    table.set(foldVietnamese(labels[key].en), key);
    for (const alias of extra[key]) table.set(foldVietnamese(alias), key);
  }
  return table;
}

const STATUS_WORDS = labelTable<WorkProgramStatus>(WORK_PROGRAM_STATUS_LABELS, {
  'not-started': ['Chưa triển khai', 'Chưa bắt đầu', 'Chưa thực hiện', 'Chưa trình'],
  'in-progress': ['Đang triển khai', 'Đang xây dựng', 'Đang soạn thảo', 'Đang thực hiện'],
  submitted: ['Đã trình', 'Đã trình UBND tỉnh'],
  promulgated: ['Đã ban hành', 'Hoàn thành'],
  postponed: ['Hoãn', 'Tạm hoãn', 'Hoãn trình'],
  withdrawn: ['Rút', 'Đã rút', 'Rút khỏi chương trình', 'Đưa ra khỏi chương trình'],
});

const TO_WHOM_WORDS = labelTable<ToWhom>(TO_WHOM_LABELS, {
  ppc: ['UBND tỉnh', 'Phiên họp UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Phiên họp thường kỳ'],
  chairman: ['Chủ tịch', 'CT UBND tỉnh', 'Chủ tịch UBND tỉnh'],
  'vice-chairman': ['Phó Chủ tịch', 'PCT UBND tỉnh', 'Phó Chủ tịch UBND tỉnh'],
  'party-committee': ['Ban cán sự đảng', 'BCSĐ UBND tỉnh', 'Ban cán sự đảng UBND tỉnh'],
});

export function statusFromLabel(label: string): WorkProgramStatus | null {
  return STATUS_WORDS.get(foldVietnamese(label)) ?? null;
}

export function toWhomFromLabel(label: string): ToWhom | null {
  return TO_WHOM_WORDS.get(foldVietnamese(label)) ?? null;
}

export type SubmissionTimeResult =
  | { ok: true; month: YearMonth; yearAssumed: boolean }
  | { ok: false; code: 'bad-time' | 'quarter-not-month'; vi: string; en: string };

const BAD_TIME = {
  ok: false,
  code: 'bad-time',
  vi: 'Thời gian trình không hợp lệ: cần tháng và năm, ví dụ "Tháng 3/2026", "03/2026" hoặc một ngày',
  en: 'Invalid submission time: give a month and year, e.g. "Tháng 3/2026", "03/2026", or a date',
} as const;

function monthOf(month: number, year: number, yearAssumed: boolean): SubmissionTimeResult {
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return BAD_TIME;
  return { ok: true, month: makeYearMonth(year, month), yearAssumed };
}

/**
 * The submission month written as text: "Tháng 3/2026", "tháng 03 năm 2026", "T3/2026", "03/2026",
 * "3-2026", "2026-03", a date "15/03/2026" or "2026-03-15" (its month is taken), or "Tháng 3" alone,
 * which takes `defaultYear` (the year in the sheet's title, else today's) and says it did.
 */
export function parseSubmissionTime(text: string, defaultYear: number): SubmissionTimeResult {
  const t = foldVietnamese(text);
  const monthYear =
    /^(?:thang|t)\s*(\d{1,2})\s*(?:[/\-.]|\s+nam\s+)\s*(\d{4})$/.exec(t) ??
    /^(\d{1,2})\s*[/\-.]\s*(\d{4})$/.exec(t);
  if (monthYear) return monthOf(Number(monthYear[1]), Number(monthYear[2]), false);
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  if (iso) return monthOf(Number(iso[2]), Number(iso[1]), false);
  const dayMonthYear = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/.exec(t);
  if (dayMonthYear) {
    const [, d = '', mo = '', y = ''] = dayMonthYear;
    return isIsoDate(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`)
      ? monthOf(Number(mo), Number(y), false)
      : BAD_TIME;
  }
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (isoDate) return isIsoDate(t) ? monthOf(Number(isoDate[2]), Number(isoDate[1]), false) : BAD_TIME;
  const monthOnly = /^(?:thang|t)\s*(\d{1,2})$/.exec(t);
  if (monthOnly) return monthOf(Number(monthOnly[1]), defaultYear, true);
  if (/^quy\b/.test(t)) {
    return {
      ok: false,
      code: 'quarter-not-month',
      vi: 'Thời gian trình ghi theo quý: cần ghi rõ tháng trình',
      en: 'The submission time is a quarter: a month is needed',
    };
  }
  return BAD_TIME;
}

/** "Chương trình công tác năm 2026" → 2026: the year a sheet's "Tháng 3" means. */
export function yearInTitle(text: string): number | null {
  const m = /\bnam\s+(\d{4})\b/.exec(foldVietnamese(text));
  return m ? Number(m[1]) : null;
}
