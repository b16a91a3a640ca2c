import ExcelJS from 'exceljs';
import type { MonthlyReportInput, MonthlyReportModel } from '../../shared/workProgram/monthlyReport';
import { monthlyReportModel } from '../../shared/workProgram/monthlyReport';
import { formatPlaceAndDate } from '../../shared/workProgram/officialDocument';
import { formatYearMonth } from '../../shared/workProgram/yearMonth';

/**
 * The monthly work-program report as a workbook, from the same model as the DOCX and the screen.
 * Counts are numbers and ratios are fractions with a 0.0% format, so Excel shows them in the user's
 * locale ("40,0%" under Vietnamese settings) and they can be summed; a ratio with nothing to divide by
 * is the text "—", as on screen.
 */
export async function monthlyReportXlsx(input: MonthlyReportInput): Promise<Buffer> {
  return monthlyReportXlsxFromModel(monthlyReportModel(input));
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const BORDER = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;
const WIDTH = 6;

export async function monthlyReportXlsxFromModel(model: MonthlyReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier Desk';
  const sheet = workbook.addWorksheet('Báo cáo', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 16 }, { width: 24 }, { width: 24 }, { width: 16 }];
  const month = formatYearMonth(model.month).toLowerCase();

  const line = (text: string, opts: { bold?: boolean; italic?: boolean; center?: boolean } = {}) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, WIDTH);
    const cell = row.getCell(1);
    cell.font = { ...FONT, bold: opts.bold ?? false, italic: opts.italic ?? false };
    cell.alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
    return row;
  };
  const table = (headers: string[], rows: Array<Array<string | number>>) => {
    const head = sheet.addRow(headers);
    head.eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const values of rows) {
      const row = sheet.addRow(values);
      for (let c = 1; c <= headers.length; c += 1) {
        const cell = row.getCell(c);
        cell.font = FONT;
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: true };
      }
    }
  };

  line(model.heading.parentAgency.toUpperCase());
  line(model.heading.agency.toUpperCase(), { bold: true });
  line(formatPlaceAndDate(model.heading.place, model.heading.date), { italic: true });
  line('BÁO CÁO', { bold: true, center: true });
  line(model.subject, { bold: true, center: true });
  sheet.addRow([]);

  line(`I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC ${month.toUpperCase()}`, { bold: true });
  line('1. Số liệu đánh giá', { bold: true });
  const figuresStart = sheet.rowCount + 1;
  table(
    ['STT', 'Chỉ tiêu', 'Kết quả'],
    model.figures.map((f, i) => [i + 1, f.vi, f.value]),
  );
  // Replace the printed values with typed cells: counts as numbers, ratios as fractions.
  const e = model.evaluation;
  const typed: Array<number | null> = [
    e.toSubmit,
    e.submitted,
    e.promulgated,
    e.notSubmitted,
    e.submittedRatio,
    e.promulgatedRatio,
  ];
  typed.forEach((value, i) => {
    const cell = sheet.getRow(figuresStart + 1 + i).getCell(3);
    cell.value = value === null ? '—' : value;
    if (i >= 4 && value !== null) cell.numFmt = '0.0%';
    cell.alignment = { horizontal: 'center', vertical: 'top' };
  });

  line(`2. Các nội dung phải trình trong ${month}`, { bold: true });
  if (model.dueRows.length === 0) line(`Không có nội dung phải trình trong ${month}.`);
  else
    table(
      ['STT', 'Nội dung', 'Cấp trình', 'Cơ quan chủ trì', 'Kết quả'],
      model.dueRows.map((r) => [r.number, r.title, r.toWhom, r.leadAgency, r.standing]),
    );

  line('3. Các nội dung chậm trình', { bold: true });
  if (model.lateRows.length === 0) line('Không có nội dung chậm trình.');
  else
    table(
      ['STT', 'Nội dung', 'Tháng phải trình', 'Nguyên nhân', 'Biện pháp xử lý', 'Tiến độ mới'],
      model.lateRows.map((r) => [
        r.number,
        r.submittedLater === '' ? r.title : `${r.title} (${r.submittedLater})`,
        r.targetMonth,
        r.cause,
        r.remedy,
        r.newSchedule,
      ]),
    );

  line(`II. TIẾN ĐỘ CHUẨN BỊ CÁC NỘI DUNG TRÌNH ${formatYearMonth(model.nextMonth).toUpperCase()}`, {
    bold: true,
  });
  if (model.nextMonthRows.length === 0) line('Không có.');
  else
    table(
      ['STT', 'Nội dung', 'Cấp trình', 'Cơ quan chủ trì', 'Tình hình'],
      model.nextMonthRows.map((r) => [r.number, r.title, r.toWhom, r.leadAgency, r.standing]),
    );

  const t = model.taskCounts;
  line('III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO', { bold: true });
  line(
    `Tổng số ${t.total}; hoàn thành ${t.completed}; không hoàn thành ${t.notCompleted}; đang thực hiện hoặc chờ đánh giá ${t.pending}.`,
  );
  if (model.taskRows.length > 0) {
    table(
      ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Văn bản giao', 'Kết quả', 'Mã kết quả'],
      model.taskRows.map((r, i) => [
        i + 1,
        r.content,
        r.deadline,
        r.sourceDocument,
        r.outcome.vi,
        r.outcome.code,
      ]),
    );
  }
  line('IV. KHÓ KHĂN, VƯỚNG MẮC', { bold: true });
  for (const p of model.difficulties.length > 0 ? model.difficulties : ['Không có.']) line(p);
  line('V. KIẾN NGHỊ, ĐỀ XUẤT', { bold: true });
  for (const p of model.recommendations.length > 0 ? model.recommendations : ['Không có.']) line(p);

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
