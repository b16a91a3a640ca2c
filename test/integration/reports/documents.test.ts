import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { adjustmentRequestDocx } from '../../../electron/reports/adjustmentRequestDocx';
import { monthlyReportDocx } from '../../../electron/reports/monthlyReportDocx';
import { monthlyReportXlsx } from '../../../electron/reports/monthlyReportXlsx';
import { ADJUSTMENT_GROUND_LABELS } from '../../../shared/workProgram/adjustmentGrounds';
import { evaluateMonth } from '../../../shared/workProgram/evaluation';
import { aMarchReportInput, anAdjustmentLetter } from '../../unit/workProgram/builders';
import {
  convert,
  pdfInfo,
  pdfText,
  readText,
  renderPng,
  requireTool,
  workDir,
  writeTemp,
} from './libreOffice';

/** PNGs are kept here so a person can look at them after the run. */
const PNG_DIR = join(tmpdir(), 'dossier-desk-report-png');

function zipEntry(buffer: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in zip`)));
      zip.readEntry();
    });
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the document test tools', () => {
  // A failing test, not a skip: without these tools the documents below are not checked at all.
  it('has LibreOffice headless and poppler installed', () => {
    for (const tool of ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'] as const) {
      expect(requireTool(tool)).not.toBe('');
    }
  });
});

describe('documents opened by LibreOffice', () => {
  const dir = workDir('reports');
  let letterPdf = '';
  let reportPdf = '';
  let reportTxt = '';
  let reportCsv = '';
  let letterDocx: Buffer = Buffer.alloc(0);
  let reportXlsx: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    letterDocx = await adjustmentRequestDocx(anAdjustmentLetter());
    const reportDocx = await monthlyReportDocx(aMarchReportInput());
    reportXlsx = await monthlyReportXlsx(aMarchReportInput());
    const letterPath = writeTemp(dir, 'de-nghi-dieu-chinh.docx', letterDocx);
    const reportPath = writeTemp(dir, 'bao-cao-thang-3.docx', reportDocx);
    const xlsxPath = writeTemp(dir, 'bao-cao-thang-3-xlsx.xlsx', reportXlsx);
    [letterPdf = '', reportPdf = ''] = convert([letterPath, reportPath], 'pdf', dir);
    [reportTxt = ''] = convert([reportPath], 'txt:Text (encoded):UTF8', dir);
    [reportCsv = ''] = convert([xlsxPath], 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
  }, 180_000);

  it('lays the request letter out on A4 with the Decree 30 margins and font', async () => {
    const xml = await zipEntry(letterDocx, 'word/document.xml');
    // 20 mm top/bottom, 30 mm left, 15 mm right, in twips.
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="113[34]"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="170[01]"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:right="85[01]"/);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="1190[56]"[^>]*w:h="1683[78]"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    const info = pdfInfo(letterPdf);
    expect(info.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info.pages).toBe(1);
  });

  it('prints the national title, number, date line, addressee, grounds and signer of the letter', () => {
    const text = squash(pdfText(letterPdf));
    for (const expected of [
      'UBND TỈNH LÂM ĐỒNG',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/SNV-VP',
      'Lâm Đồng, ngày 05 tháng 02 năm 2026',
      'V/v đề nghị điều chỉnh thời gian trình',
      'Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng.',
      'Tháng 3/2026',
      'Tháng 6/2026',
      'Nơi nhận:',
      '- Lưu: VT, VP.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hương',
    ]) {
      expect(text).toContain(expected);
    }
    // The ground is quoted from the directive; the PDF wraps it, so compare without line breaks.
    expect(text).toContain(squash(ADJUSTMENT_GROUND_LABELS['objective-cause'].vi).slice(0, 60));
  });

  it('prints the same numbers in the monthly report as evaluateMonth', () => {
    const e = evaluateMonth(aMarchReportInput().items, '2026-03');
    expect([e.toSubmit, e.submitted, e.promulgated, e.notSubmitted]).toEqual([5, 2, 1, 3]);
    const text = squash(pdfText(reportPdf));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Kết quả thực hiện chương trình công tác tháng 3/2026 và tình hình chuẩn bị các nội dung trình tháng 4/2026',
    );
    expect(text).toContain('Lâm Đồng, ngày 09 tháng 4 năm 2026');
    expect(text).toMatch(/Số nội dung phải trình\s+5/);
    expect(text).toMatch(/Số nội dung đã trình\s+2/);
    expect(text).toMatch(/Số nội dung đã ban hành\s+1/);
    expect(text).toMatch(/Số nội dung chưa trình\s+3/);
    expect(text).toMatch(/Tỷ lệ đã trình so với tổng số phải trình\s+40,0%/);
    expect(text).toMatch(/Tỷ lệ đã ban hành so với tổng số phải trình\s+20,0%/);
    expect(text).toContain('Nhân lực tham mưu còn mỏng.');
  });

  it('converts the monthly report to plain text with its Vietnamese sections', () => {
    const text = readText(reportTxt);
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3/2026');
    expect(text).toContain('II. TIẾN ĐỘ CHUẨN BỊ CÁC NỘI DUNG TRÌNH THÁNG 4/2026');
    expect(text).toContain('IV. KHÓ KHĂN, VƯỚNG MẮC');
    expect(text).toContain('V. KIẾN NGHỊ, ĐỀ XUẤT');
    // Table cells come out one per line here (the PDF wraps them inside narrow columns).
    expect(text).toContain('Chờ ý kiến thẩm định của Sở Tư pháp');
    expect(text).toContain('Không hoàn thành: quá hạn mà không có báo cáo');
  });

  it('writes the same numbers into the XLSX, as numbers and fractions that LibreOffice reads', async () => {
    const csv = readText(reportCsv);
    expect(csv).toContain('Số nội dung phải trình,5');
    expect(csv).toContain('Số nội dung chưa trình,3');
    // LibreOffice prints the 0.0% format in its own locale (en-US here; "40,0%" under vi-VN).
    expect(csv).toMatch(/Tỷ lệ đã trình so với tổng số phải trình,"?40[.,]0%/);
    expect(csv).toMatch(/Tỷ lệ đã ban hành so với tổng số phải trình,"?20[.,]0%/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(reportXlsx).buffer);
    const values: unknown[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      const label = row.getCell(2).value;
      if (typeof label === 'string' && (label.startsWith('Số nội dung') || label.startsWith('Tỷ lệ'))) {
        values.push(row.getCell(3).value);
      }
    });
    expect(values).toEqual([5, 2, 1, 3, 0.4, 0.2]);
  });

  it('renders the letter and the report to PNG for a person to look at', () => {
    mkdirSync(PNG_DIR, { recursive: true });
    const pngs = [
      ...renderPng(letterPdf, join(PNG_DIR, 'letter')),
      ...renderPng(reportPdf, join(PNG_DIR, 'report')),
    ];
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    for (const png of pngs) {
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(10_000);
    }
    console.log(`PNG pages: ${pngs.join(', ')}`);
  });
});
