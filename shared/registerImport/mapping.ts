/**
 * Nhập từ tệp Excel của hệ thống quản lý văn bản: the exports' columns differ by province, so the user
 * maps each field to a column (the app suggests a mapping from the headers), sees every row with its own
 * content next to its errors, and only a file without errors is written, all at once. Pure: the table
 * comes from electron/registerImport/readSheetTable, the due-day rule is passed in.
 */
import { parseIsoDate } from '../calendar/civilDate';
import { foldVietnamese } from '../dossiers/searchText';
import { isAppError } from '../errors/appError';
import { parseTypedDate } from '../format/dates';
import { REQUESTER_KINDS, type RequesterKind } from '../opinionRequests/register';

export interface TableCell {
  text: string;
  /** 'YYYY-MM-DD' when the cell is a real date cell. */
  date: string | null;
  /** A cell the importer cannot trust (a formula saved without its result, an Excel error). */
  problem: string | null;
}

export interface SheetTable {
  fileName: string;
  sheetName: string;
  headerRowNumber: number;
  headers: string[];
  rows: Array<{ rowNumber: number; cells: TableCell[] }>;
}

export const IMPORT_TARGETS = ['tasks', 'opinion-requests'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

type FieldKind = 'text' | 'date' | 'requester-kind';

export interface ImportField {
  key: string;
  kind: FieldKind;
  required: boolean;
  max: number;
  vi: string;
  en: string;
  /** Folded header words that suggest this field (the first header containing one wins). */
  hints: readonly string[];
}

export const IMPORT_FIELDS: Record<ImportTarget, readonly ImportField[]> = {
  tasks: [
    {
      key: 'sourceDocument',
      kind: 'text',
      required: true,
      max: 500,
      vi: 'Văn bản giao',
      en: 'Source document',
      hints: ['van ban giao', 'so ky hieu', 'so, ky hieu', 'van ban chi dao', 'so van ban'],
    },
    {
      key: 'content',
      kind: 'text',
      required: true,
      max: 3000,
      vi: 'Nội dung nhiệm vụ',
      en: 'Task',
      hints: ['noi dung nhiem vu', 'nhiem vu', 'noi dung', 'trich yeu'],
    },
    {
      key: 'deadline',
      kind: 'date',
      required: true,
      max: 20,
      vi: 'Thời hạn',
      en: 'Deadline',
      hints: ['thoi han', 'han hoan thanh', 'han xu ly', 'han'],
    },
    {
      key: 'leader',
      kind: 'text',
      required: false,
      max: 200,
      vi: 'Lãnh đạo phụ trách',
      en: 'Leader in charge',
      hints: ['lanh dao', 'nguoi chu tri', 'phu trach'],
    },
  ],
  'opinion-requests': [
    {
      key: 'requester',
      kind: 'text',
      required: true,
      max: 300,
      vi: 'Cơ quan gửi',
      en: 'Sender',
      hints: ['co quan gui', 'noi gui', 'don vi gui', 'noi ban hanh', 'co quan ban hanh', 'tac gia'],
    },
    {
      key: 'requesterKind',
      kind: 'requester-kind',
      required: false,
      max: 100,
      vi: 'Loại cơ quan gửi',
      en: 'Kind of sender',
      hints: ['loai co quan', 'cap gui'],
    },
    {
      key: 'theirNumber',
      kind: 'text',
      required: false,
      max: 60,
      vi: 'Số, ký hiệu',
      en: 'Their number',
      hints: ['so ky hieu', 'so, ky hieu', 'so van ban', 'so hieu', 'ky hieu'],
    },
    {
      key: 'theirDate',
      kind: 'date',
      required: false,
      max: 20,
      vi: 'Ngày văn bản',
      en: 'Document date',
      hints: ['ngay van ban', 'ngay ban hanh', 'ngay ky'],
    },
    {
      key: 'subject',
      kind: 'text',
      required: true,
      max: 2000,
      vi: 'Trích yếu',
      en: 'Subject',
      hints: ['trich yeu', 'noi dung', 've viec'],
    },
    {
      key: 'received',
      kind: 'date',
      required: true,
      max: 20,
      vi: 'Ngày nhận',
      en: 'Received',
      hints: ['ngay den', 'ngay nhan'],
    },
    {
      key: 'due',
      kind: 'date',
      required: false,
      max: 20,
      vi: 'Hạn trả lời',
      en: 'Due',
      hints: ['han tra loi', 'han xu ly', 'han giai quyet', 'thoi han', 'han'],
    },
    {
      key: 'assignee',
      kind: 'text',
      required: false,
      max: 200,
      vi: 'Người xử lý',
      en: 'Assignee',
      hints: ['nguoi xu ly', 'can bo xu ly', 'nguoi duoc giao', 'chuyen vien', 'xu ly chinh'],
    },
  ],
};

/** Field key → 0-based column index, or null when the field is not in the file. */
export type ColumnMapping = Record<string, number | null>;

/** One header per field at most; a field takes the first unused header that contains one of its hints. */
export function suggestMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const folded = headers.map((h) => foldVietnamese(h).replace(/\s+/g, ' ').trim());
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS[target]) {
    mapping[field.key] = null;
    for (const hint of field.hints) {
      const index = folded.findIndex((h, i) => !used.has(i) && h !== '' && (h === hint || h.includes(hint)));
      if (index >= 0) {
        mapping[field.key] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

export interface RowIssue {
  field: string | null;
  code: string;
  vi: string;
  en: string;
}

export interface MappedRow {
  rowNumber: number;
  /** The row's own content for each mapped field, as the file shows it. */
  cells: Array<{ field: string; text: string }>;
  /** Values read (text fields trimmed, dates 'YYYY-MM-DD'), present when the row has no error. */
  values: Record<string, string | null> | null;
  errors: RowIssue[];
}

export interface MappingContext {
  /** Due day of an opinion request (typed or N working days after receipt); may throw an AppError. */
  dueFor?: (received: string, typedDue: string | null) => string;
}

/** Refused before any row is read: a required field without a column, a column used twice. */
export function mappingProblems(mapping: ColumnMapping, target: ImportTarget, width: number): RowIssue[] {
  const problems: RowIssue[] = [];
  const seen = new Map<number, string>();
  for (const field of IMPORT_FIELDS[target]) {
    const col = mapping[field.key] ?? null;
    if (col === null) {
      if (field.required) {
        problems.push({
          field: field.key,
          code: 'registerImport.requiredFieldUnmapped',
          vi: `Chưa chọn cột cho "${field.vi}" (bắt buộc).`,
          en: `No column chosen for "${field.en}" (required).`,
        });
      }
      continue;
    }
    if (!Number.isInteger(col) || col < 0 || col >= width) {
      problems.push({
        field: field.key,
        code: 'registerImport.noSuchColumn',
        vi: `Cột đã chọn cho "${field.vi}" không có trong tệp.`,
        en: `The column chosen for "${field.en}" is not in the file.`,
      });
      continue;
    }
    const other = seen.get(col);
    if (other !== undefined) {
      problems.push({
        field: field.key,
        code: 'registerImport.columnUsedTwice',
        vi: `Một cột được chọn cho cả "${other}" và "${field.vi}".`,
        en: `One column is chosen for both "${other}" and "${field.en}".`,
      });
    }
    seen.set(col, field.vi);
  }
  return problems;
}

export function mapRows(
  table: SheetTable,
  mapping: ColumnMapping,
  target: ImportTarget,
  ctx: MappingContext = {},
): MappedRow[] {
  const fields = IMPORT_FIELDS[target];
  return table.rows.map((row) => {
    const errors: RowIssue[] = [];
    const cells: MappedRow['cells'] = [];
    const values: Record<string, string | null> = {};
    for (const field of fields) {
      const col = mapping[field.key] ?? null;
      const cell = col === null ? undefined : row.cells[col];
      const text = cell?.text.trim() ?? '';
      if (col !== null) cells.push({ field: field.key, text });
      const issue = (code: string, vi: string, en: string) =>
        errors.push({ field: field.key, code, vi: `${field.vi}: ${vi}`, en: `${field.en}: ${en}` });
      if (cell?.problem) {
        issue(
          'registerImport.untrustedCell',
          'ô có công thức chưa tính hoặc lỗi Excel.',
          'a formula without a saved result or an Excel error.',
        );
        values[field.key] = null;
        continue;
      }
      if (text === '') {
        if (field.required) issue('registerImport.required', 'bỏ trống.', 'empty.');
        values[field.key] = null;
        continue;
      }
      if (field.kind === 'date') {
        const iso = cell?.date ?? parseTypedDate(text);
        if (iso === null || !isRealDate(iso)) {
          issue(
            'registerImport.invalidDate',
            `"${text}" không phải ngày (dd/mm/yyyy).`,
            `"${text}" is not a date (dd/mm/yyyy).`,
          );
          values[field.key] = null;
        } else values[field.key] = iso;
        continue;
      }
      if (field.kind === 'requester-kind') {
        values[field.key] = requesterKindFrom(text);
        continue;
      }
      if (text.length > field.max) {
        issue(
          'registerImport.tooLong',
          `dài quá ${field.max} ký tự.`,
          `longer than ${field.max} characters.`,
        );
      }
      values[field.key] = text.normalize('NFC');
    }
    if (target === 'opinion-requests' && errors.length === 0 && values.received) {
      if (values.theirDate && values.theirDate > values.received) {
        errors.push({
          field: 'theirDate',
          code: 'opinionRequest.theirDateAfterReceipt',
          vi: 'Ngày văn bản ở sau ngày nhận.',
          en: 'The document date is after the day of receipt.',
        });
      } else if (ctx.dueFor) {
        try {
          values.due = ctx.dueFor(values.received, values.due ?? null);
        } catch (e) {
          if (!isAppError(e)) throw e;
          errors.push({ field: 'due', code: e.code, vi: e.vi, en: e.en });
        }
      }
      if (!values.requesterKind) values.requesterKind = requesterKindFrom(values.requester ?? '');
    }
    return { rowNumber: row.rowNumber, cells, values: errors.length === 0 ? values : null, errors };
  });
}

function isRealDate(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return true;
  } catch {
    return false;
  }
}

/** The kind of sender from its name ("Bộ Tư pháp" → ministry, "UBND tỉnh Đắk Lắk" → province…). */
export function requesterKindFrom(text: string): RequesterKind {
  const t = foldVietnamese(text);
  const exact = REQUESTER_KINDS.find((k) => k === t);
  if (exact !== undefined) return exact;
  if (/^van phong (ubnd|uy ban nhan dan) tinh/.test(t)) return 'ppc-office';
  if (
    /^(bo |bo$|chinh phu|van phong chinh phu|thanh tra chinh phu|ngan hang nha nuoc|uy ban dan toc)/.test(t)
  ) {
    return 'ministry';
  }
  if (/^(ubnd|uy ban nhan dan|chu tich ubnd|chu tich uy ban nhan dan) tinh$/.test(t)) return 'ppc';
  if (/^(ubnd|uy ban nhan dan) (tinh|thanh pho) /.test(t)) return 'province';
  if (/^(so |ban |ubnd |uy ban nhan dan |cong an |bo chi huy |thanh tra tinh|kho bac)/.test(t))
    return 'agency';
  return 'other';
}
