import { mkdirSync, readdirSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, entryByCode, unsignedPdf } from './builders';

const tempDir = tempDirsPerTest();

async function twoAttachments(dir: string) {
  const { ctx, meeting } = await aWorkspace(dir);
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const draft = await entryByCode(ctx, item.id, 'draft');
  const a = await invoke(ctx, 'attachments.add', {
    entryId: draft.id,
    source: { kind: 'path', path: aFile(dir, 'Dự thảo.pdf', await unsignedPdf('A')) },
  });
  const b = await invoke(ctx, 'attachments.add', {
    entryId: draft.id,
    source: { kind: 'path', path: aFile(dir, 'Phụ lục.txt', 'Phụ lục kèm theo dự thảo\n') },
  });
  return { ctx, item, a: a.attachment, b: b.attachment };
}

describe('check data', () => {
  it('finds nothing wrong in a consistent folder, even re-hashing every file', async () => {
    const dir = tempDir();
    const { ctx } = await twoAttachments(dir);
    const report = await invoke(ctx, 'dataCheck.run', { deep: true });
    expect(report.findings).toEqual([]);
    expect([report.ok, report.counts.blobs, report.counts.blobFiles, report.counts.attachments]).toEqual([
      true,
      2,
      2,
      2,
    ]);
    closeAppContext(ctx);
  });

  it('reports planted inconsistencies: a missing file, a damaged one, an orphan, a leftover temp file, a stale index', async () => {
    const dir = tempDir();
    const { ctx, a, b } = await twoAttachments(dir);
    const store = join(dir, 'store');
    unlinkSync(join(store, a.sha256.slice(0, 2), a.sha256.slice(2)));
    writeFileSync(
      join(store, b.sha256.slice(0, 2), b.sha256.slice(2)),
      'Phụ lục bị sửa ngoài ứng dụng!!\n'.slice(0, 29),
    );
    const orphan = 'ab'.padEnd(64, 'c');
    mkdirSync(join(store, 'ab'), { recursive: true });
    writeFileSync(join(store, 'ab', orphan.slice(2)), 'không thuộc hồ sơ nào');
    const temp = join(store, 'tmp', 'interrupted.part');
    writeFileSync(temp, 'half');
    utimesSync(temp, new Date('2026-11-24T00:00:00Z'), new Date('2026-11-24T00:00:00Z'));
    ctx
      .db!.prepare(
        "UPDATE attachment_search SET body = 'sai' WHERE rowid = (SELECT max(rowid) FROM attachment_search)",
      )
      .run();

    const report = await invoke(ctx, 'dataCheck.run', { deep: false });
    const codes = report.findings.map((f) => f.code).sort();
    expect(codes).toEqual([
      'blob-size-mismatch',
      'missing-blob-file',
      'orphan-blob-file',
      'search-index-out-of-sync',
      'stray-temp-file',
    ]);
    expect(report.ok).toBe(false);
    expect(report.findings.find((f) => f.code === 'missing-blob-file')?.vi).toContain('Dự thảo.pdf');

    const repaired = await invoke(ctx, 'dataCheck.repair', {});
    expect([repaired.removedOrphanFiles, repaired.removedTempFiles, repaired.rebuiltSearchIndex]).toEqual([
      1,
      1,
      true,
    ]);
    // What needs a person is still reported; the rest is gone.
    expect(repaired.after.findings.map((f) => f.code).sort()).toEqual([
      'blob-size-mismatch',
      'missing-blob-file',
    ]);
    expect(readdirSync(join(store, 'tmp'))).toEqual([]);
    closeAppContext(ctx);
  });

  it('finds a file whose bytes changed but kept their size, in deep mode only', async () => {
    const dir = tempDir();
    const { ctx, b } = await twoAttachments(dir);
    const path = join(dir, 'store', b.sha256.slice(0, 2), b.sha256.slice(2));
    writeFileSync(path, Buffer.alloc(b.size, 0x41));
    expect((await invoke(ctx, 'dataCheck.run', { deep: false })).findings).toEqual([]);
    const deep = await invoke(ctx, 'dataCheck.run', { deep: true });
    expect(deep.findings.map((f) => [f.code, f.subject])).toEqual([['blob-hash-mismatch', b.sha256]]);
    closeAppContext(ctx);
  });

  it('reports and cleans a blob no dossier uses any more', async () => {
    const dir = tempDir();
    const { ctx, a } = await twoAttachments(dir);
    // A row left behind by an older version or a manual edit: the attachment is gone, the blob is not.
    ctx.db!.pragma('foreign_keys = OFF');
    ctx.db!.prepare('DELETE FROM attachment WHERE id = ?').run(a.id);
    ctx.db!.pragma('foreign_keys = ON');
    const report = await invoke(ctx, 'dataCheck.run', { deep: false });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['unreferenced-blob', 'info']]);
    expect(report.ok).toBe(true);
    const repaired = await invoke(ctx, 'dataCheck.repair', {});
    expect(repaired.removedUnreferencedBlobs).toBe(1);
    expect(repaired.after.findings).toEqual([]);
    expect(repaired.after.counts.blobFiles).toBe(1);
    closeAppContext(ctx);
  });
});
