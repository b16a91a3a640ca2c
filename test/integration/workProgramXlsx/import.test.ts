import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkProgramXlsx } from '../../../electron/workProgram/parseWorkProgramXlsx';
import { writeWorkProgramXlsx } from '../../../electron/workProgram/writeWorkProgramXlsx';
import type { AppError } from '../../../shared/errors/appError';
import { anItem } from '../../unit/workProgram/builders';
import { CONTENT_TYPES, HEADER, manyRows, WORKBOOK, writeSheet, writeZip } from './sheets';

const dir = mkdtempSync(join(tmpdir(), 'dossier-desk-wp-import-'));
const today = '2026-02-10';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the import to be refused');
    },
    (e: AppError) => e,
  );
  expect(error.name).toBe('AppError');
  return error;
}

describe('parseWorkProgramXlsx: rows', () => {
  it('reads good rows in every accepted month format and reports the bad ones per row', async () => {
    const path = await writeSheet(dir, 'mixed.xlsx', [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ NỘI VỤ'],
      [],
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['I', 'NỘI DUNG TRÌNH UBND TỈNH'],
      [
        '1',
        'Đề án vị trí việc làm',
        'Sở Nội vụ',
        'Sở Tài chính; Sở Tư pháp',
        'Tháng 3/2026',
        'Trình phiên họp',
        'Đang thực hiện',
      ],
      ['2', 'Kế hoạch cải cách hành chính', 'Sở Nội vụ', '', '04/2026', '', ''],
      ['3', 'Quy chế phối hợp', 'Sở Nội vụ', '', new Date(Date.UTC(2026, 4, 15)), '', 'Đã trình'],
      // 46082 is the Excel serial of 01/03/2026, typed into a cell without a date format.
      ['4', 'Quyết định phân cấp', 'Sở Nội vụ', '', 46082, '', ''],
      ['5', 'Báo cáo sai tháng', 'Sở Nội vụ', '', 'Tháng 13/2026', '', ''],
      ['6', 'Báo cáo trạng thái lạ', 'Sở Nội vụ', '', 'Tháng 6/2026', '', 'Đang chờ'],
      ['   ', '', '', '', '  ', '', ''],
      ['7', 'Nội dung có công thức', { formula: 'C6', result: 'Sở Nội vụ' }, '', 'Tháng 7', '', ''],
      ['8', 'Nội dung công thức chưa tính', { formula: 'C6' }, '', 'Tháng 8/2026', '', ''],
      ['9', 'Kế hoạch tháng đã qua', 'Sở Nội vụ', '', 'Tháng 1/2026', '', 'Chưa thực hiện'],
    ]);
    const p = await parseWorkProgramXlsx(path, { today });
    expect(p.headerRowNumber).toBe(3);
    expect(p.columns).toMatchObject({ number: 1, title: 2, leadAgency: 3, submissionTime: 5, status: 7 });
    const byRow = new Map(p.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(4)?.skipped).toBe('column-numbering');
    expect(byRow.get(5)?.skipped).toBe('section-heading');
    expect(byRow.get(6)?.item).toEqual({
      number: '1',
      title: 'Đề án vị trí việc làm',
      leadAgency: 'Sở Nội vụ',
      coordinatingAgencies: ['Sở Tài chính', 'Sở Tư pháp'],
      targetMonth: '2026-03',
      toWhom: null,
      status: 'in-progress',
      notes: 'Trình phiên họp',
    });
    expect(byRow.get(7)?.item?.targetMonth).toBe('2026-04');
    expect(byRow.get(7)?.item?.status).toBe('not-started');
    expect(byRow.get(8)?.item).toMatchObject({ targetMonth: '2026-05', status: 'submitted' });
    expect(byRow.get(9)?.item?.targetMonth).toBe('2026-03');
    expect(byRow.get(10)?.item).toBeUndefined();
    expect(byRow.get(10)?.errors.map((e) => [e.column, e.code])).toEqual([['submissionTime', 'bad-time']]);
    expect(byRow.get(11)?.errors.map((e) => [e.column, e.code])).toEqual([['status', 'unknown-status']]);
    expect(byRow.get(11)?.errors[0]?.vi).toContain('Đang chờ');
    expect(byRow.get(12)?.skipped).toBe('empty');
    // Formula with a cached result: the result is used. "Tháng 7" takes the title's year.
    expect(byRow.get(13)?.item).toMatchObject({ leadAgency: 'Sở Nội vụ', targetMonth: '2026-07' });
    expect(byRow.get(13)?.warnings.map((w) => w.code)).toEqual(['year-assumed']);
    expect(byRow.get(14)?.errors.map((e) => [e.column, e.code])).toEqual([
      ['leadAgency', 'formula-without-result'],
    ]);
    expect(byRow.get(15)?.warnings.map((w) => w.code)).toEqual(['target-month-passed']);
    // Items: rows 6–11 and 13–15 (9); valid: 6, 7, 8, 9, 13, 15; with errors: 10, 11, 14; skipped: 4, 5, 12.
    expect(p.summary).toMatchObject({
      itemRows: 9,
      validRows: 6,
      rowsWithErrors: 3,
      skippedRows: 3,
      defaultYear: 2026,
    });
  });

  it('finds the header whatever its accents and case, in another column order', async () => {
    const path = await writeSheet(dir, 'plain.xlsx', [
      ['noi dung', 'thoi gian trinh', 'STT', 'CO QUAN CHU TRI', 'Cấp trình'],
      ['Đề án A', 'T5/2026', '1', 'Sở Nội vụ', 'Phó Chủ tịch UBND tỉnh'],
    ]);
    const p = await parseWorkProgramXlsx(path, { today });
    expect(p.rows[0]?.item).toMatchObject({ number: '1', targetMonth: '2026-05', toWhom: 'vice-chairman' });
  });

  it('reads a lead agency merged down over several rows', async () => {
    const path = await writeSheet(
      dir,
      'merged.xlsx',
      [HEADER, ['1', 'A', 'Sở Y tế', '', 'Tháng 3/2026'], ['2', 'B', undefined, '', 'Tháng 4/2026']],
      (s) => s.mergeCells('C2:C3'),
    );
    const p = await parseWorkProgramXlsx(path, { today });
    expect(p.rows.map((r) => r.item?.leadAgency)).toEqual(['Sở Y tế', 'Sở Y tế']);
  });

  it('refuses a sheet without the content and submission-time columns', async () => {
    const path = await writeSheet(dir, 'noheader.xlsx', [
      ['Họ tên', 'Ngày sinh'],
      ['A', '01/01/1990'],
    ]);
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.code).toBe('workProgram.import.noHeader');
  });

  it('round-trips the exporter’s sheet through the importer', async () => {
    const items = [
      anItem({
        number: '1.10',
        title: 'Đề án “Chuyển đổi số” – giai đoạn 2026',
        coordinatingAgencies: ['Sở Tài chính', 'Công an tỉnh'],
        targetMonth: '2026-11',
        toWhom: 'party-committee',
        status: 'postponed',
        notes: 'Theo Kết luận 12',
      }),
      anItem({ number: '2', targetMonth: '2027-01', toWhom: 'chairman', status: 'promulgated' }),
    ];
    const path = join(dir, 'roundtrip.xlsx');
    writeFileSync(path, await writeWorkProgramXlsx(items, { title: 'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026' }));
    const p = await parseWorkProgramXlsx(path, { today });
    expect(p.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(p.rows.map((r) => r.item)).toEqual(
      items.map(
        ({ number, title, leadAgency, coordinatingAgencies, targetMonth, toWhom, status, notes }) => ({
          number,
          title,
          leadAgency,
          coordinatingAgencies,
          targetMonth,
          toWhom,
          status,
          notes,
        }),
      ),
    );
  });
});

describe('parseWorkProgramXlsx: size and hostile files', () => {
  it('reads a 10,000-row sheet in reasonable time', async () => {
    const path = await writeSheet(dir, 'big.xlsx', manyRows(10_000));
    const started = performance.now();
    const p = await parseWorkProgramXlsx(path, { today });
    const ms = performance.now() - started;
    console.log(`10,000-row import preview: ${Math.round(ms)} ms`);
    expect(p.summary.validRows).toBe(10_000);
    expect(p.rows[9_999]?.item?.title).toBe('Nội dung số 10000: đề án, kế hoạch, quyết định của UBND tỉnh');
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  it('refuses a sheet of more than 20,000 rows before loading it', async () => {
    const path = await writeSheet(dir, 'huge.xlsx', manyRows(20_001));
    // The cell limit (below) would stop this 7-column sheet first: raised here to reach the row limit.
    const e = await refusal(parseWorkProgramXlsx(path, { today, limits: { maxCells: 1_000_000 } }));
    expect(e.code).toBe('workProgram.import.tooLarge');
    expect(e.detail).toMatchObject({ what: 'rows in a sheet', limit: 20_000 });
    expect(e.vi).toContain('Không có dữ liệu nào được ghi');
  }, 60_000);

  it('refuses a sheet of more than 100,000 cells before loading it, naming the file the user chose', async () => {
    const path = await writeSheet(dir, 'upload-id-0001', manyRows(15_000));
    const e = await refusal(parseWorkProgramXlsx(path, { today, fileName: 'Chương trình 2026.xlsx' }));
    expect(e.code).toBe('workProgram.import.tooLarge');
    expect(e.detail).toMatchObject({ what: 'cells', limit: 100_000 });
    expect(e.vi).toContain('"Chương trình 2026.xlsx"');
    expect(e.vi).not.toContain('upload-id-0001');
  }, 60_000);

  it('refuses a zip bomb by its declared size without inflating it', async () => {
    // 200 MB of one repeated byte deflates to about 200 KB: a 1000:1 part.
    const sheet = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const path = await writeZip(dir, 'bomb.xlsx', [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.code).toBe('workProgram.import.tooLarge');
    expect(e.detail?.what).toBe('total uncompressed size');
  }, 60_000);

  it('refuses a high-ratio part even when the total stays under the limit', async () => {
    const path = await writeZip(dir, 'ratio.xlsx', [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x41) },
    ]);
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.detail?.what).toBe('compression ratio');
  }, 60_000);

  it('refuses a zip with too many entries', async () => {
    const entries = Array.from({ length: 1001 }, (_, i) => ({ name: `xl/media/p${i}.xml`, data: '<x/>' }));
    const path = await writeZip(dir, 'entries.xlsx', entries);
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.detail).toMatchObject({ what: 'entry count', limit: 1000, actual: 1001 });
  });

  it('refuses a text file renamed to .xlsx with a clear message', async () => {
    const path = join(dir, 'bang-ke.xlsx');
    writeFileSync(path, 'STT,Nội dung,Thời gian trình\n1,Đề án,Tháng 3/2026\n');
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.code).toBe('workProgram.import.notXlsx');
    expect(e.vi).toBe(
      'Tệp "bang-ke.xlsx" không phải tệp Excel .xlsx hợp lệ. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.',
    );
  });

  it('refuses a zip that is not a workbook (a .docx renamed)', async () => {
    const path = await writeZip(dir, 'letter.xlsx', [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.code).toBe('workProgram.import.notXlsx');
  });

  it('tells an old .xls or password-protected file apart', async () => {
    const path = join(dir, 'old.xlsx');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    );
    const e = await refusal(parseWorkProgramXlsx(path, { today }));
    expect(e.code).toBe('workProgram.import.legacyOrEncrypted');
  });
});
