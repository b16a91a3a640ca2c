import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupsFolder,
  createBackup,
  restoreBackup,
  restoreFromFile,
} from '../../electron/backup/backupService';
import { aContext } from '../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../support/tempDir';
import { bundleWriter, startWriter } from './support/childWriter';
import { fingerprint, fingerprintOfFile, integrityOf } from './support/dbFingerprint';
import { WORKLOADS } from './support/workloads';

const tempDir = tempDirsPerTest();
let writerScript = '';

beforeAll(async () => {
  writerScript = await bundleWriter();
});
afterAll(() => rmSync(dirname(writerScript), { recursive: true, force: true }));

function meetingIds(path: string): number[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare('SELECT id FROM meeting ORDER BY id').pluck().all() as number[];
  } finally {
    db.close();
  }
}

describe('backup and restore under concurrent writes', () => {
  it('takes consistent backups while another process writes, restores one exactly, and refuses bad files untouched', async () => {
    const dataDir = tempDir();
    const ctx = aContext(dataDir);
    WORKLOADS.meetings?.prepare(ctx);

    const writer = startWriter(writerScript, dataDir);
    await writer.ready;
    const backups: Array<{ name: string; committedBefore: number }> = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 60));
      const committedBefore = Math.max(
        0,
        ...writer.committed.filter((c) => c.op === 'create').map((c) => c.id),
      );
      backups.push({ name: (await createBackup(ctx, 'manual')).name, committedBefore });
    }
    writer.child.kill('SIGKILL');
    await writer.exited;
    expect(writer.committed.length).toBeGreaterThan(20);

    for (const { name, committedBefore } of backups) {
      const file = join(backupsFolder(ctx), name);
      expect(integrityOf(file), name).toBe('ok');
      const ids = meetingIds(file);
      // A consistent snapshot: every meeting reported before the backup began, and no gap (ids are
      // assigned in commit order, so a torn copy would show holes).
      expect(ids.length, name).toBeGreaterThanOrEqual(committedBefore);
      expect(ids, name).toEqual(Array.from({ length: ids.length }, (_, k) => k + 1));
    }

    const chosen = backups[2];
    if (!chosen) throw new Error('no backup');
    const expected = fingerprintOfFile(join(backupsFolder(ctx), chosen.name));
    await restoreBackup(ctx, chosen.name);
    expect(ctx.db ? fingerprint(ctx.db) : '').toBe(expected);

    const restored = ctx.db ? fingerprint(ctx.db) : '';
    const folderBefore = readdirSync(backupsFolder(ctx)).sort();
    const corrupt = join(tempDir(), 'corrupt.db');
    const bytes = readFileSync(join(backupsFolder(ctx), chosen.name));
    bytes.fill(0x5a, 4096, bytes.length - 1024);
    writeFileSync(corrupt, bytes);
    const foreign = join(tempDir(), 'foreign.db');
    const other = new BetterSqlite3(foreign);
    other.exec(
      'CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO meeting (title) VALUES (1)',
    );
    other.close();
    for (const bad of [corrupt, foreign]) {
      await expect(restoreFromFile(ctx, bad)).rejects.toMatchObject({ code: 'restore-refused' });
      expect(ctx.db ? fingerprint(ctx.db) : '').toBe(restored);
      expect(readdirSync(backupsFolder(ctx)).sort()).toEqual(folderBefore);
    }
    ctx.db?.close();
  }, 60_000);
});
