import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { appError } from '../../shared/errors/appError';
import type { SheetColumn } from '../../shared/workProgram/sheetVocabulary';
import {
  columnForHeader,
  parseSubmissionTime,
  SHEET_COLUMNS,
  statusFromLabel,
  toWhomFromLabel,
  yearInTitle,
} from '../../shared/workProgram/sheetVocabulary';
import type { WorkProgramItemDraft } from '../../shared/workProgram/types';
import type { IsoDate, YearMonth } from '../../shared/workProgram/yearMonth';
import { isIsoDate, yearMonthOf } from '../../shared/workProgram/yearMonth';
import type { CellContent } from './cellContent';
import { cellContent, cellText } from './cellContent';
import type { XlsxLimits } from './xlsxZipGuard';
import { DEFAULT_XLSX_LIMITS, inspectXlsxBuffer, notXlsxError } from './xlsxZipGuard';

/**
 * Nhập chương trình công tác từ Excel: read the common sheet shape (STT, Nội dung, Cơ quan chủ trì,
 * Cơ quan phối hợp, Thời gian trình, Ghi chú, optional Cấp trình and Trạng thái) into a preview with
 * per-row errors. Nothing is written here: the caller shows the preview and saves only what the user
 * confirms. Whole-file problems (not an xlsx, a zip bomb, too many rows, no header) reject with an
 * AppError; row problems are values in the preview.
 */
export interface RowIssue {
  column: SheetColumn | null;
  code: string;
  vi: string;
  en: string;
}

export type SkipReason = 'empty' | 'section-heading' | 'column-numbering';

export interface PreviewRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  /** Present when the row is an item without errors. */
  item?: WorkProgramItemDraft;
  errors: RowIssue[];
  warnings: RowIssue[];
  skipped?: SkipReason;
}

export interface WorkProgramImportPreview {
  fileName: string;
  sheetName: string;
  headerRowNumber: number;
  /** Column number (1-based) of each recognised column. */
  columns: Partial<Record<SheetColumn, number>>;
  rows: PreviewRow[];
  summary: {
    itemRows: number;
    validRows: number;
    rowsWithErrors: number;
    skippedRows: number;
    rowsWithWarnings: number;
    /** Year used for "Tháng 3" without a year, and where it came from. */
    defaultYear: number;
    defaultYearSource: 'title' | 'today';
  };
}

export interface ParseOptions {
  today: IsoDate;
  limits?: Partial<XlsxLimits>;
  /** The user's name for the file, for messages (an upload's path is only its id); defaults to the path's. */
  fileName?: string;
}

const HEADER_SEARCH_ROWS = 30;

export async function parseWorkProgramXlsx(
  filePath: string,
  options: ParseOptions,
): Promise<WorkProgramImportPreview> {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...options.limits };
  const fileName = options.fileName ?? basename(filePath);
  const info = await stat(filePath).catch((e: NodeJS.ErrnoException) => {
    throw appError(
      'workProgram.import.unreadable',
      `Không đọc được tệp "${fileName}".`,
      `Cannot read "${fileName}".`,
      { fileName, cause: e.code ?? e.message },
    );
  });
  if (!info.isFile()) throw notXlsxError(fileName, 'not a file');
  if (info.size > limits.maxFileBytes) {
    throw appError(
      'workProgram.import.tooLarge',
      `Tệp "${fileName}" bị từ chối vì quá lớn (${info.size} byte). Không có dữ liệu nào được ghi.`,
      `"${fileName}" was refused as too large (${info.size} bytes). Nothing was written.`,
      { fileName, what: 'file size', limit: limits.maxFileBytes, actual: info.size },
    );
  }
  // Read once and hand the same bytes to the guard and to exceljs: no window for the file to change.
  const buffer = await readFile(filePath);
  await inspectXlsxBuffer(buffer, fileName, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it exactly the bytes that were checked.
    await workbook.xlsx.load(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  } catch (e) {
    throw notXlsxError(fileName, e instanceof Error ? e.message : String(e));
  }
  return previewWorkbook(workbook, fileName, options.today);
}

interface HeaderMatch {
  sheet: ExcelJS.Worksheet;
  rowNumber: number;
  columns: Partial<Record<SheetColumn, number>>;
  titleYear: number | null;
}

function findHeader(workbook: ExcelJS.Workbook): HeaderMatch | null {
  for (const sheet of workbook.worksheets) {
    let titleYear: number | null = null;
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= last; r += 1) {
      const row = sheet.getRow(r);
      const columns: Partial<Record<SheetColumn, number>> = {};
      const texts: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = cellText(cellContent(cell.value));
        texts.push(text);
        const column = columnForHeader(text);
        if (column !== null && columns[column] === undefined) columns[column] = col;
      });
      // The two columns without which a row cannot become an item.
      if (columns.title !== undefined && columns.submissionTime !== undefined) {
        return { sheet, rowNumber: r, columns, titleYear };
      }
      titleYear ??= yearInTitle(texts.join(' '));
    }
  }
  return null;
}

export function previewWorkbook(
  workbook: ExcelJS.Workbook,
  fileName: string,
  today: IsoDate,
): WorkProgramImportPreview {
  const header = findHeader(workbook);
  if (header === null) {
    throw appError(
      'workProgram.import.noHeader',
      `Không tìm thấy dòng tiêu đề trong "${fileName}": cần ít nhất cột "Nội dung" và cột "Thời gian trình" trong ${HEADER_SEARCH_ROWS} dòng đầu.`,
      `No header row found in "${fileName}": the first ${HEADER_SEARCH_ROWS} rows need at least a "Nội dung" (content) and a "Thời gian trình" (submission time) column.`,
      { fileName },
    );
  }
  const defaultYear = header.titleYear ?? Number(today.slice(0, 4));
  const todayMonth = yearMonthOf(today);
  const date1904 = workbook.properties.date1904 === true;
  const rows: PreviewRow[] = [];
  let previous: 'header' | 'other' = 'header';
  header.sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    const get = (column: SheetColumn): CellContent => {
      const col = header.columns[column];
      return col === undefined ? { kind: 'empty' } : cellContent(row.getCell(col).value);
    };
    const contents: Record<SheetColumn, CellContent> = {
      number: get('number'),
      title: get('title'),
      leadAgency: get('leadAgency'),
      coordinatingAgencies: get('coordinatingAgencies'),
      submissionTime: get('submissionTime'),
      toWhom: get('toWhom'),
      status: get('status'),
      notes: get('notes'),
    };
    const preview = previewRow(rowNumber, contents, previous === 'header', {
      defaultYear,
      defaultYearSource: header.titleYear !== null ? 'title' : 'today',
      todayMonth,
      date1904,
      hasLeadColumn: header.columns.leadAgency !== undefined,
    });
    rows.push(preview);
    if (preview.skipped !== 'empty') previous = 'other';
  });
  const itemRows = rows.filter((r) => r.skipped === undefined);
  return {
    fileName,
    sheetName: header.sheet.name,
    headerRowNumber: header.rowNumber,
    columns: header.columns,
    rows,
    summary: {
      itemRows: itemRows.length,
      validRows: itemRows.filter((r) => r.errors.length === 0).length,
      rowsWithErrors: itemRows.filter((r) => r.errors.length > 0).length,
      skippedRows: rows.length - itemRows.length,
      rowsWithWarnings: itemRows.filter((r) => r.warnings.length > 0).length,
      defaultYear,
      defaultYearSource: header.titleYear !== null ? 'title' : 'today',
    },
  };
}

interface RowContext {
  defaultYear: number;
  defaultYearSource: 'title' | 'today';
  todayMonth: YearMonth;
  date1904: boolean;
  hasLeadColumn: boolean;
}

const NUMBERING_CELL = /^\(?\d{1,2}\)?$/;
const SECTION_NUMBER = /^([IVXLC]+|[A-Z])\.?$/;

function previewRow(
  rowNumber: number,
  c: Record<SheetColumn, CellContent>,
  rightAfterHeader: boolean,
  ctx: RowContext,
): PreviewRow {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const values = SHEET_COLUMNS.map((k) => c[k]).filter((v) => v.kind !== 'empty');
  if (values.length === 0) return { rowNumber, errors, warnings, skipped: 'empty' };
  // "(1) (2) (3)..." under the header: the column numbering many official tables carry.
  if (rightAfterHeader && values.every((v) => NUMBERING_CELL.test(cellText(v)))) {
    return { rowNumber, errors, warnings, skipped: 'column-numbering' };
  }
  const number = cellText(c.number);
  const title = cellText(c.title);
  // "I. NỘI DUNG TRÌNH UBND TỈNH": a group heading, with no month and no agency.
  if (
    c.submissionTime.kind === 'empty' &&
    c.leadAgency.kind === 'empty' &&
    c.coordinatingAgencies.kind === 'empty' &&
    (number === '' || SECTION_NUMBER.test(number))
  ) {
    return { rowNumber, errors, warnings, skipped: 'section-heading' };
  }

  for (const column of SHEET_COLUMNS) {
    const v = c[column];
    if (v.kind === 'formula-without-result') {
      errors.push({
        column,
        code: 'formula-without-result',
        vi: `Ô có công thức (=${v.formula}) nhưng không có giá trị đã tính; hãy mở tệp trong Excel, lưu lại rồi nhập lại`,
        en: `The cell has a formula (=${v.formula}) without a saved result; open the file in Excel, save it and import again`,
      });
    } else if (v.kind === 'error') {
      errors.push({
        column,
        code: 'cell-error',
        vi: `Ô có lỗi ${v.error}`,
        en: `The cell holds the error ${v.error}`,
      });
    }
  }
  if (title === '' && c.title.kind === 'empty') {
    errors.push({
      column: 'title',
      code: 'missing-title',
      vi: 'Thiếu nội dung',
      en: 'The content is missing',
    });
  }
  if (ctx.hasLeadColumn && c.leadAgency.kind === 'empty') {
    errors.push({
      column: 'leadAgency',
      code: 'missing-lead-agency',
      vi: 'Thiếu cơ quan chủ trì',
      en: 'The lead agency is missing',
    });
  }

  const targetMonth = readMonth(c.submissionTime, ctx, errors, warnings);

  let status: WorkProgramItemDraft['status'] = 'not-started';
  const statusText = cellText(c.status);
  if (statusText !== '') {
    const s = statusFromLabel(statusText);
    if (s === null) {
      errors.push({
        column: 'status',
        code: 'unknown-status',
        vi: `Trạng thái "${statusText}" không xác định; dùng: Chưa thực hiện, Đang thực hiện, Đã trình, Đã ban hành, Tạm hoãn, Rút khỏi chương trình`,
        en: `Unknown status "${statusText}"; use: not started, in progress, submitted, promulgated, postponed, withdrawn`,
      });
    } else {
      status = s;
    }
  }

  let toWhom: WorkProgramItemDraft['toWhom'] = null;
  const toWhomText = cellText(c.toWhom);
  if (toWhomText !== '') {
    toWhom = toWhomFromLabel(toWhomText);
    if (toWhom === null) {
      errors.push({
        column: 'toWhom',
        code: 'unknown-to-whom',
        vi: `Cấp trình "${toWhomText}" không xác định; dùng: UBND tỉnh, Chủ tịch, Phó Chủ tịch, Ban cán sự đảng`,
        en: `Unknown recipient "${toWhomText}"; use: PPC, Chairman, Vice-Chairman, Party Affairs Committee`,
      });
    }
  }

  if (
    targetMonth !== null &&
    targetMonth < ctx.todayMonth &&
    (status === 'not-started' || status === 'in-progress')
  ) {
    warnings.push({
      column: 'submissionTime',
      code: 'target-month-passed',
      vi: 'Tháng trình đã qua mà nội dung chưa trình',
      en: 'The submission month has passed and the item is not submitted',
    });
  }

  if (errors.length > 0 || targetMonth === null) return { rowNumber, errors, warnings };
  return {
    rowNumber,
    errors,
    warnings,
    item: {
      number,
      title,
      leadAgency: cellText(c.leadAgency),
      coordinatingAgencies: splitAgencies(cellText(c.coordinatingAgencies)),
      targetMonth,
      toWhom,
      status,
      notes: cellText(c.notes),
    },
  };
}

/** Excel serials (days since 1899-12-30, or since 1904-01-01 in 1904 workbooks) for 1950–2150. */
function serialToCivil(serial: number, date1904: boolean): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 18264 || serial > 91311) return null;
  const epochDays = Math.floor(serial) + (date1904 ? 24107 : -25569);
  const iso = new Date(epochDays * 86_400_000).toISOString().slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}

function readMonth(
  v: CellContent,
  ctx: RowContext,
  errors: RowIssue[],
  warnings: RowIssue[],
): YearMonth | null {
  const bad = (code: string, vi: string, en: string) => {
    errors.push({ column: 'submissionTime', code, vi, en });
    return null;
  };
  switch (v.kind) {
    case 'empty':
      return bad('missing-time', 'Thiếu thời gian trình', 'The submission time is missing');
    case 'date':
      return yearMonthOf(v.date);
    case 'number': {
      const civil = serialToCivil(v.value, ctx.date1904);
      if (civil === null) {
        return bad(
          'bad-time',
          `Thời gian trình "${v.value}" không phải tháng hay ngày hợp lệ`,
          `Submission time "${v.value}" is not a valid month or date`,
        );
      }
      return yearMonthOf(civil);
    }
    case 'text': {
      const parsed = parseSubmissionTime(v.text, ctx.defaultYear);
      if (!parsed.ok) return bad(parsed.code, `${parsed.vi} ("${v.text}")`, `${parsed.en} ("${v.text}")`);
      if (parsed.yearAssumed) {
        warnings.push({
          column: 'submissionTime',
          code: 'year-assumed',
          vi: `"${v.text}" không ghi năm: lấy năm ${ctx.defaultYear} (${ctx.defaultYearSource === 'title' ? 'theo tiêu đề bảng' : 'năm hiện tại'})`,
          en: `"${v.text}" has no year: taken as ${ctx.defaultYear} (${ctx.defaultYearSource === 'title' ? "from the sheet's title" : 'the current year'})`,
        });
      }
      return parsed.month;
    }
    default:
      return null;
  }
}

/** "Sở Tài chính; Sở Tư pháp", one per line, or separated by commas. */
function splitAgencies(text: string): string[] {
  return text
    .split(/[;\n,]/)
    .map((s) => s.replace(/^[-–•+]\s*/, '').trim())
    .filter((s) => s !== '');
}
