import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { readSheetTable } from '../../../electron/registerImport/readSheetTable';
import { aContext, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/** An export as a provincial document system writes it: a merged title row, then the header. */
async function anExport(rows: unknown[][], options: { mergeHeader?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Văn bản đến');
  ws.addRow(['SỔ VĂN BẢN ĐẾN NĂM 2026']);
  ws.mergeCells('A1:F1');
  ws.addRow(['Số, ký hiệu', 'Ngày văn bản', 'Nơi gửi', 'Trích yếu', 'Ngày đến', 'Người xử lý', 'Hạn xử lý']);
  if (options.mergeHeader) ws.mergeCells('A2:B2');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function setUp() {
  const dir = tempDir();
  const ctx = aContext(dir);
  await invoke(ctx, 'agency.setup', anAgency);
  return { ctx, dir };
}

describe('importing opinion requests from an Excel export', () => {
  it('suggests the columns, shows each row’s own content next to its errors and writes nothing while one is wrong', async () => {
    const { ctx, dir } = await setUp();
    const path = join(dir, 'van-ban-den.xlsx');
    writeFileSync(
      path,
      await anExport([
        [
          '1234/BTP-VĐCXDPL',
          new Date(Date.UTC(2026, 10, 20)),
          'Bộ Tư pháp',
          'Dự thảo Nghị định',
          '25/11/2026',
          'Lan',
          '',
        ],
        ['56/UBND-KT', '18/11/2026', 'UBND tỉnh Đắk Lắk', 'Quy hoạch giao thông', '31/11/2026', 'Bình', ''],
        ['7/STC-NS', '10/11/2026', 'Sở Tài chính', 'Dự toán 2027', '12/11/2026', 'Cường', '11/11/2026'],
      ]),
    );
    const read = await invoke(ctx, 'registerImport.read', {
      source: { kind: 'path', path },
      target: 'opinion-requests',
    });
    expect(read).toMatchObject({ headerRowNumber: 2, rowCount: 3 });
    expect(read.suggested).toEqual({
      requester: 2,
      requesterKind: null,
      theirNumber: 0,
      theirDate: 1,
      subject: 3,
      received: 4,
      due: 6,
      assignee: 5,
    });
    const preview = await invoke(ctx, 'registerImport.preview', {
      readId: read.readId,
      mapping: read.suggested,
    });
    expect(preview.summary).toEqual({ rows: 3, valid: 1, withErrors: 2 });
    const [first, second, third] = preview.rows;
    expect(first).toMatchObject({ rowNumber: 3, due: '2026-12-02', errors: [] });
    expect(second?.cells).toContainEqual({ field: 'received', text: '31/11/2026' });
    expect(second?.errors[0]?.vi).toContain('"31/11/2026" không phải ngày');
    expect(third?.errors[0]?.code).toBe('opinionRequest.dueBeforeReceipt');

    const refused = await dispatch(ctx, 'registerImport.commit', {
      readId: read.readId,
      mapping: read.suggested,
    });
    expect(refused.ok ? null : refused.error.code).toBe('registerImport.rowsWithErrors');
    expect((await invoke(ctx, 'opinionRequests.list', {})).requests).toHaveLength(0);
    closeAppContext(ctx);
  });

  it('writes every row of a clean file at once, with the kind of sender guessed from its name', async () => {
    const { ctx, dir } = await setUp();
    const path = join(dir, 'sach.xlsx');
    writeFileSync(
      path,
      await anExport([
        ['1234/BTP-VĐCXDPL', '20/11/2026', 'Bộ Tư pháp', 'Dự thảo Nghị định', '25/11/2026', 'Lan', ''],
        [
          '56/UBND-KT',
          '18/11/2026',
          'UBND tỉnh Đắk Lắk',
          'Quy hoạch giao thông',
          '24/11/2026',
          'Bình',
          '30/11/2026',
        ],
      ]),
    );
    const read = await invoke(ctx, 'registerImport.read', {
      source: { kind: 'path', path },
      target: 'opinion-requests',
    });
    expect(
      await invoke(ctx, 'registerImport.commit', { readId: read.readId, mapping: read.suggested }),
    ).toEqual({ inserted: 2 });
    const list = (await invoke(ctx, 'opinionRequests.list', {})).requests;
    expect(list.map((r) => [r.requester, r.requesterKind, r.due, r.dueWorkingDays])).toEqual([
      ['UBND tỉnh Đắk Lắk', 'province', '2026-11-30', null],
      ['Bộ Tư pháp', 'ministry', '2026-12-02', 5],
    ]);
    const again = await dispatch(ctx, 'registerImport.commit', {
      readId: read.readId,
      mapping: read.suggested,
    });
    expect(again.ok ? null : again.error.code).toBe('registerImport.expired');
    closeAppContext(ctx);
  });

  it('imports assigned tasks through its own column mapping', async () => {
    const { ctx, dir } = await setUp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['STT', 'Văn bản giao', 'Nội dung nhiệm vụ', 'Thời hạn', 'Lãnh đạo phụ trách']);
    ws.addRow([1, 'Thông báo 12/TB-UBND', 'Rà soát quy định', '15/12/2026', 'Phó Giám đốc']);
    const path = join(dir, 'nhiem-vu.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const read = await invoke(ctx, 'registerImport.read', {
      source: { kind: 'path', path },
      target: 'tasks',
    });
    expect(read.suggested).toEqual({ sourceDocument: 1, content: 2, deadline: 3, leader: 4 });
    const unmapped = await dispatch(ctx, 'registerImport.commit', {
      readId: read.readId,
      mapping: { ...read.suggested, deadline: null },
    });
    expect(unmapped.ok ? null : unmapped.error.code).toBe('registerImport.badMapping');
    expect(
      await invoke(ctx, 'registerImport.commit', { readId: read.readId, mapping: read.suggested }),
    ).toEqual({ inserted: 1 });
    expect((await invoke(ctx, 'tasks.list', {})).map((t) => [t.content, t.deadline])).toEqual([
      ['Rà soát quy định', '2026-12-15'],
    ]);
    closeAppContext(ctx);
  });

  it('refuses merged header cells with a bilingual message, before anything is shown', async () => {
    const bytes = await anExport([['1', '20/11/2026', 'Bộ Tư pháp', 'Dự thảo', '25/11/2026', 'Lan', '']], {
      mergeHeader: true,
    });
    await expect(readSheetTable(bytes, 'gop-o.xlsx')).rejects.toMatchObject({
      code: 'registerImport.mergedHeader',
      vi: expect.stringContaining('có ô gộp (A2, B2)'),
      en: expect.stringContaining('has merged cells (A2, B2)'),
    });
  });

  it('refuses a sheet of 20,001 rows with a bilingual message and writes nothing', async () => {
    const { ctx, dir } = await setUp();
    const rows = Array.from({ length: 20_001 - 2 }, (_, i) => [
      `${i + 1}/BTP`,
      '',
      'Bộ Tư pháp',
      `Dự thảo ${i + 1}`,
      '25/11/2026',
      '',
      '',
    ]);
    const path = join(dir, 'lon.xlsx');
    writeFileSync(path, await anExport(rows));
    const result = await dispatch(ctx, 'registerImport.read', {
      source: { kind: 'path', path },
      target: 'opinion-requests',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      // 20,001 rows of this export's 8 columns pass the guard's 100,000-cell limit (issue 16) before the
      // 20,000-row one: either refusal names the file, in both languages, before anything is parsed.
      expect(['registerImport.tooManyRows', 'workProgram.import.tooLarge']).toContain(result.error.code);
      expect(result.error.vi).toContain('"lon.xlsx"');
      expect(result.error.vi).toContain('Không có');
      expect(result.error.en).toContain('"lon.xlsx"');
    }
    expect((await invoke(ctx, 'opinionRequests.list', {})).requests).toHaveLength(0);
    closeAppContext(ctx);
  }, 60_000);
});
