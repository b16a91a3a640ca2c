import type { Paragraph, Table } from 'docx';
import type { MonthlyReportInput, MonthlyReportModel } from '../../shared/workProgram/monthlyReport';
import { monthlyReportModel } from '../../shared/workProgram/monthlyReport';
import { formatYearMonth } from '../../shared/workProgram/yearMonth';
import {
  bodyPara,
  gridTable,
  headingTable,
  packDocument,
  para,
  rule,
  signatureTable,
} from './decree30Layout';

/**
 * Báo cáo kết quả thực hiện chương trình công tác tháng, as DOCX. Every number comes from
 * `monthlyReportModel` (and so from `evaluateMonth`), the same model the screen shows.
 */
export async function monthlyReportDocx(input: MonthlyReportInput): Promise<Buffer> {
  return monthlyReportDocxFromModel(monthlyReportModel(input));
}

export async function monthlyReportDocxFromModel(model: MonthlyReportModel): Promise<Buffer> {
  const month = formatYearMonth(model.month).toLowerCase();
  const next = formatYearMonth(model.nextMonth).toLowerCase();
  const e = model.evaluation;
  const children: Array<Paragraph | Table> = [
    headingTable(model.heading),
    para('BÁO CÁO', { bold: true, align: 'center', beforePt: 18 }),
    para(model.subject, { bold: true, align: 'center' }),
    rule(40, 165),
    section(`I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC ${month.toUpperCase()}`),
    subsection('1. Số liệu đánh giá'),
    bodyPara(
      `Trong ${month}, cơ quan có ${e.toSubmit} nội dung phải trình theo chương trình công tác; đã trình ` +
        `${e.submitted} nội dung, đã ban hành ${e.promulgated} nội dung, chưa trình ${e.notSubmitted} nội dung.`,
    ),
    gridTable(
      [
        { header: 'Chỉ tiêu', widthMm: 120 },
        { header: 'Kết quả', widthMm: 45, align: 'center' },
      ],
      model.figures.map((f) => [f.vi, f.value]),
    ),
    subsection(`2. Các nội dung phải trình trong ${month}`),
  ];
  if (model.dueRows.length === 0) {
    children.push(bodyPara(`Không có nội dung phải trình trong ${month}.`));
  } else {
    children.push(
      gridTable(
        [
          { header: 'STT', widthMm: 12, align: 'center' },
          { header: 'Nội dung', widthMm: 78 },
          { header: 'Cấp trình', widthMm: 35 },
          { header: 'Kết quả', widthMm: 40 },
        ],
        model.dueRows.map((r) => [r.number, r.title, r.toWhom, r.standing]),
      ),
    );
  }
  children.push(subsection('3. Các nội dung chậm trình: nguyên nhân, biện pháp xử lý và tiến độ'));
  if (model.lateRows.length === 0) {
    children.push(bodyPara('Không có nội dung chậm trình.'));
  } else {
    children.push(
      gridTable(
        [
          { header: 'STT', widthMm: 12, align: 'center' },
          { header: 'Nội dung', widthMm: 43 },
          { header: 'Tháng phải trình', widthMm: 22, align: 'center' },
          { header: 'Nguyên nhân', widthMm: 32 },
          { header: 'Biện pháp xử lý', widthMm: 32 },
          { header: 'Tiến độ mới', widthMm: 24, align: 'center' },
        ],
        model.lateRows.map((r) => [
          r.number,
          r.submittedLater === '' ? r.title : `${r.title}\n(${r.submittedLater})`,
          r.targetMonth,
          r.cause === '' ? 'Chưa nêu' : r.cause,
          r.remedy === '' ? 'Chưa nêu' : r.remedy,
          r.newSchedule === '' ? 'Chưa xác định' : r.newSchedule,
        ]),
      ),
    );
  }
  children.push(section(`II. TIẾN ĐỘ CHUẨN BỊ CÁC NỘI DUNG TRÌNH ${next.toUpperCase()}`));
  if (model.nextMonthRows.length === 0) {
    children.push(bodyPara(`Không có nội dung phải trình trong ${next}.`));
  } else {
    children.push(
      gridTable(
        [
          { header: 'STT', widthMm: 12, align: 'center' },
          { header: 'Nội dung', widthMm: 83 },
          { header: 'Cấp trình', widthMm: 35 },
          { header: 'Tình hình', widthMm: 35 },
        ],
        model.nextMonthRows.map((r) => [r.number, r.title, r.toWhom, r.standing]),
      ),
    );
  }
  const t = model.taskCounts;
  children.push(
    section('III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO'),
    bodyPara(
      `Trong ${month} có ${t.total} nhiệm vụ đến hạn: hoàn thành ${t.completed}, không hoàn thành ` +
        `${t.notCompleted}, đang thực hiện hoặc chờ đánh giá ${t.pending}.`,
    ),
  );
  if (model.taskRows.length > 0) {
    children.push(
      gridTable(
        [
          { header: 'STT', widthMm: 12, align: 'center' },
          { header: 'Văn bản giao', widthMm: 33 },
          { header: 'Nội dung nhiệm vụ', widthMm: 47 },
          { header: 'Thời hạn', widthMm: 25, align: 'center' },
          { header: 'Kết quả', widthMm: 48 },
        ],
        model.taskRows.map((r, i) => [String(i + 1), r.sourceDocument, r.content, r.deadline, r.outcome.vi]),
      ),
    );
  }
  children.push(section('IV. KHÓ KHĂN, VƯỚNG MẮC'));
  children.push(...freeText(model.difficulties, 'Không có.'));
  children.push(section('V. KIẾN NGHỊ, ĐỀ XUẤT'));
  children.push(...freeText(model.recommendations, 'Không có.'));
  children.push(para('', { size: 8 }), signatureTable(model.recipients, model.signer));
  return packDocument(children, `Báo cáo ${model.subject}`);
}

function section(text: string): Paragraph {
  return para(text, {
    bold: true,
    align: 'left',
    beforePt: 12,
    afterPt: 6,
    keepNext: true,
    firstLineMm: 12.7,
  });
}

function subsection(text: string): Paragraph {
  return para(text, {
    bold: true,
    align: 'justify',
    beforePt: 6,
    afterPt: 6,
    keepNext: true,
    firstLineMm: 12.7,
  });
}

function freeText(lines: readonly string[], empty: string): Paragraph[] {
  return (lines.length === 0 ? [empty] : lines).map((l) => bodyPara(l));
}
