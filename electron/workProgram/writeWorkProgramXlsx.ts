import ExcelJS from 'exceljs';
import type { SheetColumn } from '../../shared/workProgram/sheetVocabulary';
import { SHEET_COLUMNS, SHEET_HEADERS } from '../../shared/workProgram/sheetVocabulary';
import type { WorkProgramItemDraft } from '../../shared/workProgram/types';
import { TO_WHOM_LABELS, WORK_PROGRAM_STATUS_LABELS } from '../../shared/workProgram/types';
import { formatYearMonth } from '../../shared/workProgram/yearMonth';

/**
 * Xuất chương trình công tác ra Excel in the same shape the importer reads, so an exported sheet can be
 * edited and imported back. Months are written as text ("Tháng 3/2026"), as agencies write them,
 * rather than as dates that Excel would show in the machine's locale.
 */
export interface WorkProgramSheetOptions {
  /** Title above the table, e.g. "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ NỘI VỤ". */
  title?: string;
}

const WIDTHS: Record<SheetColumn, number> = {
  number: 6,
  title: 50,
  leadAgency: 22,
  coordinatingAgencies: 28,
  submissionTime: 16,
  toWhom: 22,
  status: 18,
  notes: 28,
};

export async function writeWorkProgramXlsx(
  // A WorkProgramItem is also a draft (with more fields): both can be exported.
  items: readonly WorkProgramItemDraft[],
  options: WorkProgramSheetOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier Desk';
  const sheet = workbook.addWorksheet('Chương trình công tác', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = SHEET_COLUMNS.map((c) => ({ width: WIDTHS[c] }));
  const font = { name: 'Times New Roman', size: 12 } as const;
  const border = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  } as const;

  const titleRow = sheet.addRow([options.title ?? 'CHƯƠNG TRÌNH CÔNG TÁC']);
  sheet.mergeCells(titleRow.number, 1, titleRow.number, SHEET_COLUMNS.length);
  titleRow.getCell(1).font = { ...font, bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'center' };

  const header = sheet.addRow(SHEET_COLUMNS.map((c) => SHEET_HEADERS[c]));
  header.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  for (const item of items) {
    const values: Record<SheetColumn, string> = {
      number: item.number,
      title: item.title,
      leadAgency: item.leadAgency,
      coordinatingAgencies: item.coordinatingAgencies.join('; '),
      submissionTime: formatYearMonth(item.targetMonth, 'vi'),
      toWhom: item.toWhom === null ? '' : TO_WHOM_LABELS[item.toWhom].vi,
      status: WORK_PROGRAM_STATUS_LABELS[item.status].vi,
      notes: item.notes,
    };
    const row = sheet.addRow(SHEET_COLUMNS.map((c) => values[c]));
    for (let col = 1; col <= SHEET_COLUMNS.length; col += 1) {
      const cell = row.getCell(col);
      // Text cells throughout: an STT like "1.10" must not become the number 1.1.
      cell.numFmt = '@';
      cell.font = font;
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true };
    }
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
