import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { startBackupScheduler } from '../../../electron/backup/backupScheduler';
import {
  backupIfDue,
  backupsFolder,
  createBackup,
  listBackups,
  pruneAutomaticBackups,
  restoreBackup,
  restoreFromFile,
} from '../../../electron/backup/backupService';
import { APPLICATION_ID } from '../../../electron/db/applicationId';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { fingerprint, integrityOf } from '../../reliability/support/dbFingerprint';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/** A context whose clock can be moved, on a fresh data folder with the agency set up. */
async function aReadyContext(at = '2026-11-25T09:00:00+07:00') {
  const ctx = aContext(tempDir());
  let now = new Date(at);
  ctx.now = () => now;
  await invoke(ctx, 'agency.setup', anAgency);
  return {
    ctx,
    moveTo(instant: string) {
      now = new Date(instant);
    },
  };
}

async function meetingTitles(ctx: AppContext): Promise<string[]> {
  return (await invoke(ctx, 'meetings.list', { includePast: true })).map((m) => m.title).sort();
}

function folderFiles(ctx: AppContext): string[] {
  return existsSync(backupsFolder(ctx)) ? readdirSync(backupsFolder(ctx)).sort() : [];
}

describe('backups', () => {
  it('writes a self-contained copy named in Vietnam time that passes integrity_check and holds every commit', async () => {
    // 02:30 UTC on the 25th is 09:30 in Hà Nội: the name uses the time the users read.
    const { ctx } = await aReadyContext('2026-11-25T02:30:05Z');
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Họp chuyên đề A' }));
    const entry = await createBackup(ctx, 'manual');
    expect(entry).toMatchObject({
      name: 'dossier-desk-2026-11-25-093005-manual.db',
      kind: 'manual',
      createdAt: '2026-11-25T09:30:05+07:00',
    });
    const file = join(backupsFolder(ctx), entry.name);
    expect(folderFiles(ctx)).toEqual([entry.name]);
    expect(entry.size).toBe(readFileSync(file).length);
    expect(integrityOf(file)).toBe('ok');
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.prepare('SELECT title FROM meeting').pluck().all()).toEqual(['Họp chuyên đề A']);
    copy.close();
  });

  it('gives a second backup in the same second its own name instead of overwriting the first', async () => {
    const { ctx } = await aReadyContext();
    const [a, b] = await Promise.all([createBackup(ctx, 'auto'), createBackup(ctx, 'auto')]);
    expect([a.name, b.name]).toEqual([
      'dossier-desk-2026-11-25-090000.db',
      'dossier-desk-2026-11-25-090000-2.db',
    ]);
    expect(listBackups(ctx).map((x) => x.name)).toEqual([b.name, a.name]);
  });

  it('makes the daily backup when none exists or the last is a day old, and not before', async () => {
    const { ctx, moveTo } = await aReadyContext('2026-11-25T09:00:00+07:00');
    expect((await backupIfDue(ctx, 14))?.name).toBe('dossier-desk-2026-11-25-090000.db');
    moveTo('2026-11-26T08:59:59+07:00');
    expect(await backupIfDue(ctx, 14)).toBeNull();
    moveTo('2026-11-26T09:00:00+07:00');
    expect((await backupIfDue(ctx, 14))?.name).toBe('dossier-desk-2026-11-26-090000.db');
  });

  it('counts a manual backup as the day’s backup', async () => {
    const { ctx, moveTo } = await aReadyContext();
    await createBackup(ctx, 'manual');
    moveTo('2026-11-25T17:00:00+07:00');
    expect(await backupIfDue(ctx, 14)).toBeNull();
  });

  it('keeps only the newest N automatic backups and never prunes manual or pre-restore copies', async () => {
    const { ctx, moveTo } = await aReadyContext();
    const manual = await createBackup(ctx, 'manual');
    for (const day of ['26', '27', '28', '29']) {
      moveTo(`2026-11-${day}T09:00:00+07:00`);
      await backupIfDue(ctx, 3);
    }
    expect(listBackups(ctx).map((b) => b.name)).toEqual([
      'dossier-desk-2026-11-29-090000.db',
      'dossier-desk-2026-11-28-090000.db',
      'dossier-desk-2026-11-27-090000.db',
      manual.name,
    ]);
    expect(pruneAutomaticBackups(ctx, 1)).toEqual([
      'dossier-desk-2026-11-28-090000.db',
      'dossier-desk-2026-11-27-090000.db',
    ]);
  });

  it('runs the scheduler at start and at each check, and reports a failure without stopping', async () => {
    const { ctx, moveTo } = await aReadyContext();
    let tick: () => void = () => {};
    const made: string[] = [];
    const errors: unknown[] = [];
    const scheduler = startBackupScheduler(ctx, {
      repeat: (run) => {
        tick = run;
        return () => {};
      },
      onBackup: (entry) => made.push(entry.name),
      onError: (error) => errors.push(error),
    });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    moveTo('2026-11-26T10:00:00+07:00');
    tick();
    await vi.waitFor(() => expect(made).toHaveLength(2));
    expect(made).toEqual(['dossier-desk-2026-11-25-090000.db', 'dossier-desk-2026-11-26-100000.db']);
    expect(errors).toEqual([]);
    await scheduler.stop();
  });

  it('lets a backup under way finish when stopped, and reports no error when the app closes under one', async () => {
    const { ctx } = await aReadyContext();
    const made: string[] = [];
    const errors: unknown[] = [];
    const noRepeat = { repeat: () => () => {}, onBackup: (e: { name: string }) => made.push(e.name) };
    await startBackupScheduler(ctx, { ...noRepeat, onError: (e) => errors.push(e) }).stop();
    expect(made).toEqual(['dossier-desk-2026-11-25-090000.db']);

    // Quitting closes the database while the next day's backup runs: it is dropped quietly, leaving no temp.
    const later = await aReadyContext('2026-11-26T09:00:00+07:00');
    const stopping = startBackupScheduler(later.ctx, { ...noRepeat, onError: (e) => errors.push(e) }).stop();
    closeAppContext(later.ctx);
    await stopping;
    expect(errors).toEqual([]);
    const folder = backupsFolder(later.ctx);
    expect(existsSync(folder) ? readdirSync(folder).filter((f) => !f.endsWith('.db')) : []).toEqual([]);
  });
});

describe('restore', () => {
  it('brings back the backed-up data, keeps the replaced database aside, and serves calls on the new connection', async () => {
    const { ctx, moveTo } = await aReadyContext();
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Trước sao lưu' }));
    const backup = await createBackup(ctx, 'manual');
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Sau sao lưu', date: '2026-12-18' }));
    moveTo('2026-11-25T10:00:00+07:00');

    const outcome = await restoreBackup(ctx, backup.name);

    expect(outcome).toEqual({
      restored: backup.name,
      setAside: 'pre-restore-2026-11-25-100000.db',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(await meetingTitles(ctx)).toEqual(['Trước sao lưu']);
    const aside = new BetterSqlite3(join(backupsFolder(ctx), 'pre-restore-2026-11-25-100000.db'), {
      readonly: true,
    });
    expect(aside.prepare('SELECT title FROM meeting ORDER BY id').pluck().all()).toEqual([
      'Trước sao lưu',
      'Sau sao lưu',
    ]);
    aside.close();
    await invoke(ctx, 'meetings.create', { ...aMeeting({ title: 'Sau khôi phục' }), confirmDuplicate: true });
    expect(await meetingTitles(ctx)).toEqual(['Sau khôi phục', 'Trước sao lưu']);
    expect(readdirSync(ctx.dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('undoes a restore by restoring the pre-restore copy', async () => {
    const { ctx } = await aReadyContext();
    const backup = await createBackup(ctx, 'manual');
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Giữ lại' }));
    const { setAside } = await restoreBackup(ctx, backup.name);
    expect(await meetingTitles(ctx)).toEqual([]);
    await restoreBackup(ctx, setAside ?? '');
    expect(await meetingTitles(ctx)).toEqual(['Giữ lại']);
  });

  it('recovers a data folder whose database was refused at start, keeping the refused file aside', async () => {
    const { ctx } = await aReadyContext();
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Đã sao lưu' }));
    const backup = await createBackup(ctx, 'manual');
    ctx.db?.close();
    writeFileSync(ctx.databasePath, 'not a database at all, overwritten by some other program');
    const refusedCtx = aContext(ctx.dataDir);
    expect((await invoke(refusedCtx, 'app.status', {})).state).toBe('error');

    const outcome = await restoreBackup(refusedCtx, backup.name);

    expect((await invoke(refusedCtx, 'app.status', {})).state).toBe('ready');
    expect(await meetingTitles(refusedCtx)).toEqual(['Đã sao lưu']);
    expect(readFileSync(join(backupsFolder(ctx), outcome.setAside ?? ''), 'utf8')).toContain(
      'not a database',
    );
  });

  describe('refuses, leaving the current data and folder untouched,', () => {
    const candidates: Array<[string, string, (dir: string) => string]> = [
      ['a file that is not SQLite', 'db-not-sqlite', (dir) => write(dir, 'notes.db', 'hello')],
      [
        'a SQLite file of another application',
        'db-foreign',
        (dir) => sqliteFile(dir, 'other.db', 0x12345678, 1),
      ],
      [
        'a database from a newer version',
        'db-newer-version',
        (dir) => sqliteFile(dir, 'newer.db', APPLICATION_ID, LATEST_SCHEMA_VERSION + 1),
      ],
      ['an empty SQLite file', 'db-empty', (dir) => sqliteFile(dir, 'empty.db', 0, 0)],
      ['a damaged backup', 'db-corrupt', (dir) => damagedCopyOfABackup(dir)],
      ['a truncated backup', 'db-corrupt', (dir) => truncatedCopyOfABackup(dir)],
    ];
    it.each(candidates)('%s', async (_label, reason, make) => {
      const { ctx } = await aReadyContext();
      await invoke(ctx, 'meetings.create', aMeeting({ title: 'Dữ liệu hiện tại' }));
      const source = make(tempDir());
      const db = ctx.db;
      const before = db ? fingerprint(db) : '';
      const filesBefore = readdirSync(ctx.dataDir).sort();

      const error = await restoreFromFile(ctx, source).then(
        () => null,
        (e: unknown) => e,
      );

      expect(error).toMatchObject({ code: 'restore-refused', detail: { reason } });
      expect(ctx.db).toBe(db);
      expect(ctx.db ? fingerprint(ctx.db) : '').toBe(before);
      expect(readdirSync(ctx.dataDir).sort()).toEqual(filesBefore);
    });
  });

  it('keeps the commits a source holds only in its -wal: copied beside the private copy and checkpointed', async () => {
    const { ctx } = await aReadyContext();
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Dữ liệu hiện tại' }));
    // Another agency folder, still open, whose last commits have not been checkpointed into its file.
    const other = await aReadyContext();
    other.ctx.db?.pragma('wal_checkpoint(TRUNCATE)');
    other.ctx.db?.pragma('wal_autocheckpoint = 0');
    await invoke(other.ctx, 'meetings.create', aMeeting({ title: 'Chỉ có trong -wal' }));
    const source = other.ctx.databasePath;
    expect(readFileSync(`${source}-wal`).length).toBeGreaterThan(0);
    // Hand-checked premise: the main file alone does not hold that meeting.
    const mainOnly = join(tempDir(), 'main-only.db');
    copyFileSync(source, mainOnly);
    const alone = new BetterSqlite3(mainOnly, { readonly: true });
    expect(alone.prepare('SELECT count(*) FROM meeting').pluck().get()).toBe(0);
    alone.close();

    await restoreFromFile(ctx, source);

    expect(await meetingTitles(ctx)).toEqual(['Chỉ có trong -wal']);
    expect(integrityOf(ctx.databasePath)).toBe('ok');
    // The private copy and its sidecars are gone; the source and its -wal are as they were.
    expect(readdirSync(ctx.dataDir).filter((n) => /\.tmp/.test(n))).toEqual([]);
    expect(existsSync(`${source}-wal`)).toBe(true);
    expect(await meetingTitles(other.ctx)).toEqual(['Chỉ có trong -wal']);
    other.ctx.db?.close();
  });

  it('refuses a backup name that is not in the folder, and a path in place of a name', async () => {
    const { ctx } = await aReadyContext();
    await expect(restoreBackup(ctx, 'dossier-desk-2020-01-01-000000.db')).rejects.toMatchObject({
      code: 'backup-not-found',
    });
    const result = await dispatch(ctx, 'backup.restore', { name: '../dossier-desk.db' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('backup channels', () => {
  it('list, create and configure through the handler map', async () => {
    const { ctx } = await aReadyContext();
    const made = await invoke(ctx, 'backup.create', {});
    expect(made.kind).toBe('manual');
    expect(await invoke(ctx, 'backup.configure', { keep: 7 })).toMatchObject({
      folder: backupsFolder(ctx),
      keep: 7,
      backups: [made],
    });
    expect((await invoke(ctx, 'backup.list', {})).keep).toBe(7);
    expect(await dispatch(ctx, 'backup.configure', { keep: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('restores from the file the desktop dialog returns, and answers a cancelled dialog plainly', async () => {
    const { ctx } = await aReadyContext();
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Trong tệp' }));
    const backup = await createBackup(ctx, 'manual');
    const elsewhere = join(tempDir(), 'copy-from-usb.db');
    writeFileSync(elsewhere, readFileSync(join(backupsFolder(ctx), backup.name)));
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Sau đó', date: '2026-12-18' }));
    const answers: Array<string | null> = [null, elsewhere];
    ctx.desktop = aFakeDesktop(() => answers.shift() ?? null);

    expect(await invoke(ctx, 'backup.restoreFromFile', {})).toEqual({ cancelled: true });
    expect(await invoke(ctx, 'backup.restoreFromFile', {})).toMatchObject({ restored: 'copy-from-usb.db' });
    expect(await meetingTitles(ctx)).toEqual(['Trong tệp']);
  });

  it('says restore from a file is desktop only in the browser mode', async () => {
    const { ctx } = await aReadyContext();
    expect(await dispatch(ctx, 'backup.restoreFromFile', {})).toMatchObject({
      ok: false,
      error: { code: 'desktop-only' },
    });
  });
});

function aFakeDesktop(choose: () => string | null): NonNullable<AppContext['desktop']> {
  return {
    chooseFile: async () => choose(),
    showInFolder: () => {},
    openPath: async () => '',
    chosenFolders: () => [],
    setLanguage: () => {},
  };
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function sqliteFile(dir: string, name: string, applicationId: number, userVersion: number): string {
  const path = join(dir, name);
  const db = new BetterSqlite3(path);
  if (userVersion > 0) db.exec('CREATE TABLE t (x)');
  db.pragma(`application_id = ${applicationId}`);
  db.pragma(`user_version = ${userVersion}`);
  db.close();
  return path;
}

/** A real backup of a database with enough rows to span many pages, written by another context. */
function aBackupFile(dir: string): string {
  const path = join(dir, 'source.db');
  const db = new BetterSqlite3(path);
  db.exec('CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT)');
  db.exec('CREATE INDEX meeting_title ON meeting (title)');
  const insert = db.prepare('INSERT INTO meeting (title) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++)
      insert.run(`Cuộc họp số ${i} — nội dung dài để lấp đầy trang ${'x'.repeat(40)}`);
  })();
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  db.close();
  return path;
}

/** Flips bytes in the middle of the index pages: the header and schema still read, integrity_check fails. */
function damagedCopyOfABackup(dir: string): string {
  const path = aBackupFile(dir);
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let page = Math.floor(pages / 2); page < pages - 1; page += 3) {
    bytes.fill(0xa5, page * pageSize + 100, page * pageSize + 400);
  }
  writeFileSync(path, bytes);
  return path;
}

function truncatedCopyOfABackup(dir: string): string {
  const path = aBackupFile(dir);
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return path;
}
