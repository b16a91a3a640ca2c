import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupEntry, RestoreOutcome } from '../../shared/contract/backup';
import { type AppError, appError, isAppError } from '../../shared/errors/appError';
import type { AppContext } from '../app/context';
import { recoverTrashedBlobs } from '../app/services/attachmentStore';
import { requireDb } from '../app/services/requireDb';
import { APPLICATION_ID } from '../db/applicationId';
import { assertHealthy, inspectDatabaseFile, openDatabase } from '../db/openDatabase';
import { runInWorker } from '../workers/guardedWorker';
import { type BackupKind, backupFileName, parseBackupName } from './backupNames';
import { fsyncFile, renameDurable, tempPathBeside } from './durableFs';

export const BACKUPS_FOLDER = 'backups';
const DAY_MS = 24 * 3600_000;

export function backupsFolder(ctx: Pick<AppContext, 'dataDir'>): string {
  return join(ctx.dataDir, BACKUPS_FOLDER);
}

/** Every backup in the folder, newest first. Other files there (the user's own notes) are ignored. */
export function listBackups(ctx: Pick<AppContext, 'dataDir'>): BackupEntry[] {
  const folder = backupsFolder(ctx);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map(parseBackupName)
    .filter((parsed) => parsed !== null)
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
    .map(({ name, kind, createdAt }) => ({ name, kind, createdAt, size: statSync(join(folder, name)).size }));
}

/**
 * Writes a verified copy of the open database into the backups folder with SQLite's online backup API
 * (consistent even while the app writes: never a file copy of a live WAL database). The copy is made
 * under a temp name, switched to a self-contained rollback-journal file, checked with the full
 * `integrity_check`, fsynced, and only then renamed to its final name: a listed backup is a good one.
 */
export function createBackup(
  ctx: AppContext,
  kind: Exclude<BackupKind, 'pre-restore'>,
): Promise<BackupEntry> {
  return exclusive(ctx, async () => {
    // Held across the await on purpose: restores take the same lock, so this connection cannot be swapped.
    const db = requireDb(ctx);
    const folder = backupsFolder(ctx);
    mkdirSync(folder, { recursive: true });
    removeLeftoverTemps(folder);
    const name = freeName(folder, kind, ctx.now());
    const temp = tempPathBeside(join(folder, name));
    try {
      // Large steps (8 MB at 4 KB pages): a write by another process restarts the copy, so fewer, bigger
      // steps finish sooner; writes through this connection are carried into the copy as it runs.
      await db.backup(temp, { progress: () => 2000 });
      settleCopy(temp);
      renameDurable(temp, join(folder, name));
    } catch (error) {
      removeWithSidecars(temp);
      throw backupFailed(error);
    }
    const entry = listBackups(ctx).find((b) => b.name === name);
    if (!entry) throw backupFailed(new Error(`${name} missing after rename`));
    return entry;
  });
}

/** Deletes the oldest automatic backups beyond `keep`. Manual and pre-restore copies are the user's to delete. */
export function pruneAutomaticBackups(ctx: Pick<AppContext, 'dataDir'>, keep: number): string[] {
  const autos = listBackups(ctx).filter((b) => b.kind === 'auto');
  const doomed = autos.slice(keep).map((b) => b.name);
  for (const name of doomed) rmSync(join(backupsFolder(ctx), name), { force: true });
  return doomed;
}

/** The newest automatic or manual backup's moment, or null when there is none. */
export function lastBackupAt(ctx: Pick<AppContext, 'dataDir'>): Date | null {
  const last = listBackups(ctx).find((b) => b.kind !== 'pre-restore');
  return last ? new Date(last.createdAt) : null;
}

/**
 * The daily backup: made when the database is open and the last backup is a day old or more (or there is
 * none), then the automatic ones are pruned to `keep`. Null when nothing was due.
 */
export async function backupIfDue(ctx: AppContext, keep: number): Promise<BackupEntry | null> {
  if (!ctx.db) return null;
  const last = lastBackupAt(ctx);
  if (last && ctx.now().getTime() - last.getTime() < DAY_MS) return null;
  const entry = await createBackup(ctx, 'auto');
  pruneAutomaticBackups(ctx, keep);
  return entry;
}

/** Restores a backup from the backups folder, by name (pre-restore copies included: that is the undo). */
export function restoreBackup(ctx: AppContext, name: string): Promise<RestoreOutcome> {
  if (!parseBackupName(name) || !existsSync(join(backupsFolder(ctx), name))) {
    return Promise.reject(
      appError(
        'backup-not-found',
        `Không có bản sao lưu "${name}" trong thư mục sao lưu.`,
        `There is no backup "${name}" in the backups folder.`,
        { name },
      ),
    );
  }
  return restoreFromFile(ctx, join(backupsFolder(ctx), name));
}

/**
 * Replaces the agency database with the file at `source`, which is vetted first on a private copy:
 * a SQLite file, of Dossier Desk, not from a newer version, passing `integrity_check`. Anything else is
 * refused and the current database stays exactly as it was. On success the database in use before is
 * kept in the backups folder as `pre-restore-…`, and the context's connection is swapped for the new one.
 */
export function restoreFromFile(ctx: AppContext, source: string): Promise<RestoreOutcome> {
  return exclusive(ctx, async () => {
    const label = basename(source);
    if (resolve(source) === resolve(ctx.databasePath)) {
      throw appError(
        'restore-same-file',
        'Tệp đã chọn chính là cơ sở dữ liệu đang dùng.',
        'The chosen file is the database in use.',
      );
    }
    const incoming = tempPathBeside(ctx.databasePath);
    let schemaVersion: number;
    try {
      // Copied off the main thread: a chosen file may be gigabytes.
      await copyFile(source, incoming);
      // A live database (or a pre-restore copy set aside with its -wal) may hold its last commits only in
      // the -wal: copied beside the private copy under the matching name, SQLite applies it on opening,
      // and settleCopy checkpoints it into the file before the integrity check.
      if (existsSync(`${source}-wal`)) await copyFile(`${source}-wal`, `${incoming}-wal`);
      // The user's file is parsed (and its full integrity check run) in the guarded worker.
      schemaVersion = await runInWorker(
        'vet-restore-candidate',
        { path: incoming, label },
        { fileName: label, timeoutMs: 30 * 60_000 },
      ).catch((error: unknown) => {
        if (isAppError(error) && !error.code.startsWith('worker.')) throw error;
        throw refused(label, 'unreadable', 'không đọc được tệp', 'the file cannot be read', error);
      });
    } catch (error) {
      removeWithSidecars(incoming);
      if (isAppError(error)) throw error;
      throw refused(label, 'unreadable', 'không đọc được tệp', 'the file cannot be read', error);
    }

    const folder = backupsFolder(ctx);
    mkdirSync(folder, { recursive: true });
    const setAside = setCurrentAside(ctx, folder);
    try {
      renameDurable(incoming, ctx.databasePath);
      ctx.db = openDatabase(ctx.databasePath);
      ctx.databaseError = null;
    } catch (error) {
      removeWithSidecars(incoming);
      putBack(ctx, folder, setAside);
      throw appError(
        'restore-failed',
        `Khôi phục không thành công; cơ sở dữ liệu trước đó đã được đặt lại. Chi tiết: ${message(error)}`,
        `The restore failed; the previous database was put back. Details: ${message(error)}`,
      );
    }
    bringBackTrashedFiles(ctx);
    return { restored: label, setAside, schemaVersion };
  });
}

/**
 * The restored database may record attachments removed since it was made: their files wait in the
 * store's trash and go back to their places. Best effort: the restore itself is done, and whatever
 * could not be moved back is what "check data" reports (and its repair retries).
 */
function bringBackTrashedFiles(ctx: AppContext): void {
  try {
    recoverTrashedBlobs(ctx);
  } catch {
    // See above: reported by the data check.
  }
}

/**
 * Checks a candidate with the same inspection as opening the database at startup, then with the full
 * integrity check, and turns it into a self-contained file (rollback journal, no -wal beside it).
 */
export function vetRestoreCandidate(path: string, label: string): number {
  let schemaVersion: number;
  try {
    ({ schemaVersion } = inspectDatabaseFile(path));
  } catch (error) {
    if (!isAppError(error)) throw error;
    const reason = REFUSAL_REASONS[error.code] ?? REFUSAL_REASONS['db-corrupt']!;
    throw refused(label, error.code, reason.vi, reason.en, error);
  }
  // An empty SQLite file passes the "not foreign" test at startup (a new database), but is no backup.
  if (schemaVersion < 1) {
    throw refused(
      label,
      'db-empty',
      'tệp không chứa dữ liệu Dossier Desk',
      'the file holds no Dossier Desk data',
    );
  }
  try {
    settleCopy(path);
  } catch (error) {
    throw refused(
      label,
      'db-corrupt',
      REFUSAL_REASONS['db-corrupt']!.vi,
      REFUSAL_REASONS['db-corrupt']!.en,
      error,
    );
  }
  return schemaVersion;
}

const REFUSAL_REASONS: Record<string, { vi: string; en: string }> = {
  'db-not-sqlite': { vi: 'tệp không phải cơ sở dữ liệu SQLite', en: 'the file is not a SQLite database' },
  'db-foreign': {
    vi: 'tệp là cơ sở dữ liệu của ứng dụng khác',
    en: 'the file is a database of another application',
  },
  'db-corrupt': {
    vi: 'tệp bị hỏng (kiểm tra toàn vẹn không đạt)',
    en: 'the file is damaged (integrity check failed)',
  },
  'db-newer-version': {
    vi: 'tệp được tạo bởi phiên bản mới hơn của ứng dụng',
    en: 'the file was written by a newer version of the app',
  },
};

function refused(label: string, reason: string, vi: string, en: string, cause?: unknown): AppError {
  const detail: Record<string, unknown> = { file: label, reason };
  if (isAppError(cause) && cause.detail) detail.inner = cause.detail;
  else if (cause !== undefined && !isAppError(cause)) detail.cause = message(cause);
  return appError(
    'restore-refused',
    `Không khôi phục từ "${label}": ${vi}. Dữ liệu hiện tại không bị thay đổi.`,
    `Not restored from "${label}": ${en}. The current data was not changed.`,
    detail,
  );
}

/**
 * Makes a freshly written copy durable and self-contained: any -wal beside it checkpointed into the file,
 * rollback-journal mode (the online backup keeps the source's WAL flag, which would leave -wal/-shm files
 * beside it), the full integrity check, our application id, then fsync.
 */
function settleCopy(path: string): void {
  const copy = new BetterSqlite3(path, { fileMustExist: true });
  try {
    // A -wal beside the file (a restore source's) is folded in first, all of it, or the copy is refused.
    const [checkpoint] = copy.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (checkpoint && checkpoint.busy !== 0) throw new Error('wal_checkpoint could not complete');
    copy.pragma('journal_mode = DELETE');
    assertHealthy(copy, 'integrity_check');
    const appId = copy.pragma('application_id', { simple: true });
    if (appId !== APPLICATION_ID) throw new Error(`application_id ${String(appId)} after copy`);
  } finally {
    copy.close();
  }
  fsyncFile(path);
}

/**
 * Closes the current connection (which checkpoints its WAL into the file) and copies the database, with
 * any -wal a refused database may still have, into the backups folder. The live file is then replaced by
 * one atomic rename, so a crash at any point leaves a complete database at the data path.
 */
function setCurrentAside(ctx: AppContext, folder: string): string | null {
  ctx.db?.close();
  ctx.db = null;
  if (!existsSync(ctx.databasePath)) return null;
  const name = freeName(folder, 'pre-restore', ctx.now());
  const target = join(folder, name);
  for (const suffix of ['', '-wal']) {
    const from = `${ctx.databasePath}${suffix}`;
    if (!existsSync(from)) continue;
    const temp = tempPathBeside(target);
    copyFileSync(from, temp);
    fsyncFile(temp);
    renameDurable(temp, `${target}${suffix}`);
  }
  // The old WAL must never be replayed into the restored file.
  rmSync(`${ctx.databasePath}-wal`, { force: true });
  rmSync(`${ctx.databasePath}-shm`, { force: true });
  return name;
}

/** Undo of a swap that could not be completed: the set-aside copy goes back to the data path. */
function putBack(ctx: AppContext, folder: string, setAside: string | null): void {
  ctx.db?.close();
  ctx.db = null;
  removeWithSidecars(ctx.databasePath);
  if (setAside) {
    const temp = tempPathBeside(ctx.databasePath);
    copyFileSync(join(folder, setAside), temp);
    if (existsSync(join(folder, `${setAside}-wal`)))
      copyFileSync(join(folder, `${setAside}-wal`), `${temp}-wal`);
    fsyncFile(temp);
    if (existsSync(`${temp}-wal`)) renameDurable(`${temp}-wal`, `${ctx.databasePath}-wal`);
    renameDurable(temp, ctx.databasePath);
  }
  try {
    ctx.db = openDatabase(ctx.databasePath);
    ctx.databaseError = null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    ctx.databaseError = error.toData();
  }
}

function freeName(folder: string, kind: BackupKind, now: Date): string {
  for (let sequence = 1; ; sequence++) {
    const name = backupFileName(kind, now, sequence);
    if (!existsSync(join(folder, name))) return name;
  }
}

/** Temp files (".xxxx.tmp") left in the backups folder by a crash during an earlier backup. */
function removeLeftoverTemps(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^\.[0-9a-f]{12}\.tmp(-wal|-shm|-journal)?$/.test(name)) rmSync(join(folder, name), { force: true });
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function backupFailed(cause: unknown): AppError {
  if (isAppError(cause)) return cause;
  return appError(
    'backup-failed',
    `Không tạo được bản sao lưu (đĩa đầy hoặc không ghi được thư mục sao lưu?). Chi tiết: ${message(cause)}`,
    `The backup could not be made (disk full or backups folder not writable?). Details: ${message(cause)}`,
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One backup or restore at a time per data folder: a restore swaps the connection a backup is reading,
 * and two backups in the same second would race for a name.
 */
const queues = new WeakMap<AppContext, Promise<unknown>>();

function exclusive<T>(ctx: AppContext, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(ctx) ?? Promise.resolve();
  const run = previous.then(task, task);
  queues.set(
    ctx,
    run.catch(() => undefined),
  );
  return run;
}
