import ExcelJS from 'exceljs';
import { appError, isAppError } from '../../shared/errors/appError';
import type { SheetTable, TableCell } from '../../shared/registerImport/mapping';
import { cellContent, cellText } from '../workProgram/cellContent';
import {
  DEFAULT_XLSX_LIMITS,
  inspectXlsxBuffer,
  notXlsxError,
  type XlsxLimits,
} from '../workProgram/xlsxZipGuard';

/**
 * The first sheet of an export from the provincial document system, as a plain table: its header row
 * (the first of the top 30 rows with three or more filled cells: title rows above it are one merged
 * cell) and every row below it, each cell as text and, for real date cells, the date. A pure function of
 * the file's bytes (no path, no clock), so it can run in the xlsx worker as it is.
 *
 * Refused before anything is shown: what the work-program import's guard refuses (not an xlsx, zip
 * bombs, more than 20,000 rows in a sheet), and a header row with merged cells, whose columns cannot be
 * told apart.
 */
const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_CELLS = 3;
const MAX_COLUMNS = 100;

export async function readSheetTable(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<XlsxLimits> = {},
): Promise<SheetTable> {
  const merged = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    await inspectXlsxBuffer(buffer, fileName, merged);
  } catch (error) {
    if (isAppError(error) && error.detail?.what === 'rows in a sheet')
      throw tooManyRows(fileName, merged.maxRows);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer: hand it a copy of exactly the bytes the guard checked.
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    await workbook.xlsx.load(copy);
  } catch (e) {
    throw notXlsxError(fileName, e instanceof Error ? e.message : String(e));
  }
  for (const sheet of workbook.worksheets) {
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= last; r += 1) {
      const row = sheet.getRow(r);
      let filled = 0;
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs gives every cell of a merged range the master's value: count the master only, so a
        // title merged across the sheet is one cell, not a header.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        if (cellText(cellContent(cell.value)) !== '') filled += 1;
      });
      if (filled < MIN_HEADER_CELLS) continue;
      return tableFrom(sheet, r, fileName);
    }
  }
  throw appError(
    'registerImport.noHeader',
    `Không tìm thấy dòng tiêu đề trong "${fileName}": cần một dòng có ít nhất ${MIN_HEADER_CELLS} ô tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu. Không có gì được ghi.`,
    `No header row in "${fileName}": one of the first ${HEADER_SEARCH_ROWS} rows needs at least ${MIN_HEADER_CELLS} column titles. Nothing was written.`,
    { fileName },
  );
}

function tableFrom(sheet: ExcelJS.Worksheet, headerRow: number, fileName: string): SheetTable {
  const row = sheet.getRow(headerRow);
  const width = Math.min(row.cellCount, MAX_COLUMNS);
  const headers: string[] = [];
  const mergedAt: string[] = [];
  for (let c = 1; c <= width; c += 1) {
    const cell = row.getCell(c);
    if (cell.isMerged) mergedAt.push(cell.address);
    headers.push(cellText(cellContent(cell.value)));
  }
  if (mergedAt.length > 0) {
    throw appError(
      'registerImport.mergedHeader',
      `Dòng tiêu đề (dòng ${headerRow}) của "${fileName}" có ô gộp (${mergedAt.slice(0, 6).join(', ')}): không biết cột nào là cột nào. Hãy bỏ gộp ô để mỗi cột có một tiêu đề riêng, rồi chọn lại tệp. Không có gì được ghi.`,
      `The header row (row ${headerRow}) of "${fileName}" has merged cells (${mergedAt.slice(0, 6).join(', ')}): its columns cannot be told apart. Unmerge them so that each column has its own title, then pick the file again. Nothing was written.`,
      { fileName, row: headerRow, cells: mergedAt.slice(0, 20) },
    );
  }
  const rows: SheetTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: TableCell[] = [];
    let any = false;
    for (let c = 1; c <= width; c += 1) {
      const content = cellContent(r.getCell(c).value);
      const text = cellText(content);
      if (text !== '') any = true;
      cells.push({
        text,
        date: content.kind === 'date' ? content.date : null,
        problem:
          content.kind === 'formula-without-result'
            ? 'formula-without-result'
            : content.kind === 'error'
              ? content.error
              : null,
      });
    }
    if (any) rows.push({ rowNumber, cells });
  });
  return { fileName, sheetName: sheet.name, headerRowNumber: headerRow, headers, rows };
}

function tooManyRows(fileName: string, maxRows: number) {
  return appError(
    'registerImport.tooManyRows',
    `Tệp "${fileName}" có hơn ${maxRows.toLocaleString('vi-VN')} dòng trong một trang tính: quá giới hạn nhập một lần. Hãy chia thành nhiều tệp nhỏ hơn. Không có gì được ghi.`,
    `"${fileName}" has more than ${maxRows.toLocaleString('en-US')} rows in a sheet: over the limit of one import. Split it into smaller files. Nothing was written.`,
    { fileName, limit: maxRows },
  );
}
