import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { HEADER, writeSheet, writeZip } from '../workProgramXlsx/sheets';
import { aProgramContext, count, errorCode } from './support';

const tempDir = tempDirsPerTest();

/** Good rows, a wrong date, an unknown status, an empty row and a formula cell without a saved result. */
async function aMixedSheet(dir: string) {
  return writeSheet(dir, 'ctct-2026.xlsx', [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026'],
    [...HEADER, 'Cấp trình'],
    [
      '1',
      'Quyết định ban hành Quy chế phối hợp',
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Tháng 10/2026',
      '',
      'Đang thực hiện',
      'UBND tỉnh',
    ],
    ['2', 'Kế hoạch cải cách hành chính', 'Sở Tư pháp', '', '31/02/2026', '', '', 'Chủ tịch'],
    ['3', 'Đề án số hóa hồ sơ', 'Sở Tư pháp', '', 'Tháng 11/2026', '', 'Sắp xong', ''],
    [],
    ['4', { formula: 'CONCATENATE("Báo cáo ","quý")' }, 'Sở Tư pháp', '', 'Tháng 12/2026', '', '', ''],
    [
      '5',
      'Báo cáo công tác pháp chế',
      'Sở Tư pháp',
      'Sở Tài chính; Sở Nội vụ',
      'Tháng 12/2026',
      '',
      'Đã trình',
      '',
    ],
  ]);
}

describe('importing a work program from Excel', () => {
  it('previews per-row errors without writing anything, then commits only the good rows', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    const path = await aMixedSheet(dir);
    const preview = await invoke(ctx, 'workProgram.importPreview', { source: { kind: 'path', path } });
    expect(count(ctx, 'work_program_item')).toBe(0);
    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(3)?.errors).toEqual([]);
    expect(byRow.get(4)?.errors.map((e) => e.code)).toEqual(['bad-time']);
    expect(byRow.get(5)?.errors.map((e) => e.code)).toEqual(['unknown-status']);
    expect(byRow.get(7)?.errors.map((e) => e.code)).toEqual(['formula-without-result']);
    expect(preview.summary).toMatchObject({ validRows: 2, rowsWithErrors: 3, rowsWithoutToWhom: 1 });

    expect(await errorCode(invoke(ctx, 'workProgram.importCommit', { previewId: preview.previewId }))).toBe(
      'workProgram.import.toWhomRequired',
    );
    expect(count(ctx, 'work_program_item')).toBe(0);

    const result = await invoke(ctx, 'workProgram.importCommit', {
      previewId: preview.previewId,
      defaultToWhom: 'vice-chairman',
    });
    expect(result).toEqual({ inserted: 2, skippedRowsWithErrors: 3 });
    const items = await invoke(ctx, 'workProgram.list', {});
    expect(items.map((i) => [i.number, i.title, i.targetMonth, i.toWhom, i.status])).toEqual([
      ['1', 'Quyết định ban hành Quy chế phối hợp', '2026-10', 'ppc', 'in-progress'],
      ['5', 'Báo cáo công tác pháp chế', '2026-12', 'vice-chairman', 'submitted'],
    ]);
    expect(items[1]?.coordinatingAgencies).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
  });

  it('consumes a preview: the same sheet cannot be committed twice', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    const preview = await invoke(ctx, 'workProgram.importPreview', {
      source: { kind: 'path', path: await aMixedSheet(dir) },
    });
    await invoke(ctx, 'workProgram.importCommit', { previewId: preview.previewId, defaultToWhom: 'ppc' });
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.importCommit', { previewId: preview.previewId, defaultToWhom: 'ppc' }),
      ),
    ).toBe('workProgram.import.previewExpired');
    expect(count(ctx, 'work_program_item')).toBe(2);
  });

  it('writes nothing at all when one row fails inside the transaction', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    // A trigger stands in for any failure mid-way (a full disk, a constraint): the second insert fails.
    ctx.db?.exec(`CREATE TRIGGER fail_on_second AFTER INSERT ON work_program_item
      WHEN (SELECT count(*) FROM work_program_item) = 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const preview = await invoke(ctx, 'workProgram.importPreview', {
      source: { kind: 'path', path: await aMixedSheet(dir) },
    });
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.importCommit', { previewId: preview.previewId, defaultToWhom: 'ppc' }),
      ),
    ).toBe('internal');
    expect(count(ctx, 'work_program_item')).toBe(0);
  });

  it('commits rows given directly, refusing the whole batch when one is invalid', async () => {
    const ctx = await aProgramContext(tempDir());
    const row = { title: 'Kế hoạch năm 2027', targetMonth: '2027-01', toWhom: 'ppc' as const };
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.importCommit', { rows: [row, { ...row, targetMonth: '2027-13' }] }),
      ),
    ).toBe('invalid-argument');
    expect(count(ctx, 'work_program_item')).toBe(0);
    expect(await invoke(ctx, 'workProgram.importCommit', { rows: [row] })).toEqual({
      inserted: 1,
      skippedRowsWithErrors: 0,
    });
  });

  it('reads a browser upload once and removes it', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    const uploadId = 'ab'.repeat(16);
    mkdirSync(join(dir, 'uploads'), { recursive: true });
    copyFileSync(await aMixedSheet(dir), join(dir, 'uploads', uploadId));
    const preview = await invoke(ctx, 'workProgram.importPreview', {
      source: { kind: 'upload', uploadId, name: 'Chương trình 2026.xlsx' },
    });
    expect(preview.fileName).toBe('Chương trình 2026.xlsx');
    expect(existsSync(join(dir, 'uploads', uploadId))).toBe(false);
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.importPreview', { source: { kind: 'upload', uploadId, name: 'x.xlsx' } }),
      ),
    ).toBe('upload-not-found');
  });

  it('refuses a hostile file clearly and writes nothing', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    const bomb = await writeZip(dir, 'bomb.xlsx', [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(120 * 1024 * 1024, 0x20) },
    ]);
    const code = await errorCode(
      invoke(ctx, 'workProgram.importPreview', { source: { kind: 'path', path: bomb } }),
    );
    expect(code).toMatch(/^workProgram\.import\./);
    expect(count(ctx, 'work_program_item')).toBe(0);
  });
});
