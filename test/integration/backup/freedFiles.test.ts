/**
 * Backups hold only the database. A file whose last attachment is removed therefore waits in the store's
 * trash: restoring a backup made before the removal brings its rows back, and the file with them.
 * "Check data → repair" deletes a trashed file for good only once no kept backup can record it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { TRASH_DAYS_WITHOUT_BACKUP } from '../../../electron/app/services/dataCheckService';
import { createBackup, restoreBackup } from '../../../electron/backup/backupService';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, entryByCode, unsignedPdf } from '../dossiers/builders';

const tempDir = tempDirsPerTest();

/** An agency with one agenda item, on a fresh data folder, with a clock the test moves. */
async function aDesk(at = '2026-11-25T08:00:00+07:00') {
  const ctx = aContext(tempDir());
  let now = new Date(at);
  ctx.now = () => now;
  await invoke(ctx, 'agency.setup', anAgency);
  const meeting = await invoke(ctx, 'meetings.create', aMeeting());
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const draft = await entryByCode(ctx, item.id, 'draft');
  return {
    ctx,
    item,
    moveTo(instant: string) {
      now = new Date(instant);
    },
    async attach(name: string, bytes: Buffer | string) {
      const added = await invoke(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'path', path: aFile(ctx.dataDir, name, bytes) },
      });
      return added.attachment;
    },
  };
}

const storePath = (ctx: AppContext, sha256: string) =>
  join(ctx.dataDir, 'store', sha256.slice(0, 2), sha256.slice(2));
const trashPath = (ctx: AppContext, sha256: string) => join(ctx.dataDir, 'store', '.trash', sha256);
const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a removed attachment and the backups made before its removal', () => {
  it('moves the freed file to the trash, which the data check does not call an orphan', async () => {
    const { ctx, attach } = await aDesk();
    const file = await attach('Dự thảo.pdf', await unsignedPdf('Dự thảo'));
    await invoke(ctx, 'attachments.remove', { id: file.id });
    expect(existsSync(storePath(ctx, file.sha256))).toBe(false);
    expect(sha256Of(trashPath(ctx, file.sha256))).toBe(file.sha256);
    const report = await invoke(ctx, 'dataCheck.run', { deep: true });
    expect(report.findings).toEqual([]);
    expect(report.counts.blobFiles).toBe(0);
  });

  it('opens again after restoring a backup made before the removal: the path exists and the hash matches', async () => {
    const { ctx, attach, moveTo } = await aDesk();
    const file = await attach('Tờ trình.pdf', await unsignedPdf('Tờ trình số 12'));
    const backup = await createBackup(ctx, 'manual');
    moveTo('2026-11-26T10:00:00+07:00');
    await invoke(ctx, 'attachments.remove', { id: file.id });
    await expect(invoke(ctx, 'attachments.file', { id: file.id })).rejects.toThrow();

    moveTo('2026-11-27T09:00:00+07:00');
    await restoreBackup(ctx, backup.name);

    const opened = await invoke(ctx, 'attachments.file', { id: file.id });
    expect(opened.path).toBe(storePath(ctx, file.sha256));
    expect(existsSync(opened.path)).toBe(true);
    expect(sha256Of(opened.path)).toBe(file.sha256);
    expect(existsSync(trashPath(ctx, file.sha256))).toBe(false);
    expect((await invoke(ctx, 'dataCheck.run', { deep: true })).findings).toEqual([]);
  });

  it('brings the file of a deleted agenda item back with the item', async () => {
    const { ctx, item, attach, moveTo } = await aDesk();
    const file = await attach('Phụ lục.txt', 'Phụ lục kèm theo tờ trình\n');
    const backup = await createBackup(ctx, 'manual');
    moveTo('2026-11-25T11:00:00+07:00');
    await invoke(ctx, 'agendaItems.delete', { id: item.id });
    expect(existsSync(storePath(ctx, file.sha256))).toBe(false);
    await restoreBackup(ctx, backup.name);
    const opened = await invoke(ctx, 'attachments.file', { id: file.id });
    expect(readFileSync(opened.path, 'utf8')).toBe('Phụ lục kèm theo tờ trình\n');
  });

  it('lets repair move back a recorded file found only in the trash', async () => {
    const { ctx, attach } = await aDesk();
    const file = await attach('Báo cáo.txt', 'Báo cáo thẩm định\n');
    // As if the move back after a restore had been interrupted.
    mkdirSync(join(ctx.dataDir, 'store', '.trash'), { recursive: true });
    renameSync(storePath(ctx, file.sha256), trashPath(ctx, file.sha256));
    const report = await invoke(ctx, 'dataCheck.run', { deep: false });
    expect(report.findings.map((f) => [f.code, f.severity, f.repairable])).toEqual([
      ['blob-file-in-trash', 'warning', true],
    ]);
    expect(report.findings[0]?.vi).toContain('Báo cáo.txt');
    const repaired = await invoke(ctx, 'dataCheck.repair', {});
    expect(repaired.restoredFromTrash).toBe(1);
    expect(repaired.after.findings).toEqual([]);
    expect(sha256Of(storePath(ctx, file.sha256))).toBe(file.sha256);
  });
});

describe('emptying the trash (check data → repair)', () => {
  it('deletes only the files freed before the oldest kept backup', async () => {
    const { ctx, attach, moveTo } = await aDesk('2026-11-25T08:00:00+07:00');
    const early = await attach('Cũ.txt', 'gỡ trước bản sao lưu\n');
    await invoke(ctx, 'attachments.remove', { id: early.id });
    moveTo('2026-11-25T09:00:00+07:00');
    await createBackup(ctx, 'auto');
    moveTo('2026-11-25T10:00:00+07:00');
    const late = await attach('Mới.txt', 'gỡ sau bản sao lưu\n');
    await invoke(ctx, 'attachments.remove', { id: late.id });

    const report = await invoke(ctx, 'dataCheck.run', { deep: false });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['expired-trash-file', 'info']]);
    expect(report.findings[0]?.en).toMatch(/^1 removed file/);
    const repaired = await invoke(ctx, 'dataCheck.repair', {});
    expect(repaired.purgedTrashFiles).toBe(1);
    expect(existsSync(trashPath(ctx, early.sha256))).toBe(false);
    expect(existsSync(trashPath(ctx, late.sha256))).toBe(true);
    expect(repaired.after.findings).toEqual([]);
  });

  it(`keeps freed files ${TRASH_DAYS_WITHOUT_BACKUP} days when there is no backup, then deletes them`, async () => {
    const { ctx, attach, moveTo } = await aDesk('2026-11-25T08:00:00+07:00');
    const file = await attach('Nháp.txt', 'bản nháp\n');
    await invoke(ctx, 'attachments.remove', { id: file.id });
    // 30 days later to the minute is not yet "more than 30 days".
    moveTo('2026-12-25T08:00:00+07:00');
    expect((await invoke(ctx, 'dataCheck.repair', {})).purgedTrashFiles).toBe(0);
    expect(existsSync(trashPath(ctx, file.sha256))).toBe(true);
    moveTo('2026-12-25T08:01:00+07:00');
    expect((await invoke(ctx, 'dataCheck.repair', {})).purgedTrashFiles).toBe(1);
    expect(readdirSync(join(ctx.dataDir, 'store', '.trash'))).toEqual([]);
  });

  it('empties the trash without touching a file the database records again', async () => {
    const { ctx, attach, moveTo } = await aDesk('2026-11-25T08:00:00+07:00');
    const file = await attach('Quyết định.txt', 'quyết định\n');
    await invoke(ctx, 'attachments.remove', { id: file.id });
    // The same bytes attached again: the store gets a fresh copy; the trashed one is redundant but harmless.
    const again = await attach('Quyết định (lại).txt', 'quyết định\n');
    expect(again.sha256).toBe(file.sha256);
    moveTo('2027-02-01T08:00:00+07:00');
    const repaired = await invoke(ctx, 'dataCheck.repair', {});
    expect(repaired.after.findings).toEqual([]);
    expect(existsSync(storePath(ctx, file.sha256))).toBe(true);
    const opened = await invoke(ctx, 'attachments.file', { id: again.id });
    expect(sha256Of(opened.path)).toBe(file.sha256);
  });
});
