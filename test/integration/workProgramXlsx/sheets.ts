import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';

/** Builders of spreadsheets as agencies send them, written to a temp folder. */
export type CellInput = ExcelJS.CellValue;

export async function writeSheet(
  dir: string,
  name: string,
  rows: CellInput[][],
  setup?: (s: ExcelJS.Worksheet) => void,
) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('CTCT 2026');
  rows.forEach((r, i) => {
    const row = sheet.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== undefined) row.getCell(j + 1).value = v;
    });
  });
  setup?.(sheet);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export const HEADER = [
  'STT',
  'Nội dung',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian trình',
  'Ghi chú',
  'Trạng thái',
];

export function manyRows(count: number): CellInput[][] {
  const rows: CellInput[][] = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026'], HEADER];
  for (let i = 1; i <= count; i += 1) {
    rows.push([
      String(i),
      `Nội dung số ${i}: đề án, kế hoạch, quyết định của UBND tỉnh`,
      'Sở Nội vụ',
      'Sở Tài chính; Sở Tư pháp',
      `Tháng ${(i % 12) + 1}/2026`,
      '',
      'Đang thực hiện',
    ]);
  }
  return rows;
}

/** A zip built by hand: the parts an xlsx has, with whatever content the test wants. */
export function writeZip(
  dir: string,
  name: string,
  entries: Array<{ name: string; data: Buffer | string }>,
): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(typeof e.data === 'string' ? Buffer.from(e.data) : e.data, e.name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => {
      const path = join(dir, name);
      writeFileSync(path, Buffer.concat(chunks));
      resolve(path);
    });
  });
}

export const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
export const WORKBOOK =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
