import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { appError, isAppError } from '../../shared/errors/appError';
import { APPLICATION_ID } from './applicationId';
import { migrate, newerVersionError, userVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (or creates) the agency database at `path` and migrates it. Refuses, without writing a byte,
 * a file that is not SQLite, a SQLite file of another application, or one from a newer app version.
 */
export interface OpenOptions {
  /**
   * 'now' (default) runs quick_check before anything else; 'later' leaves it to the caller, who runs it
   * off the critical path (the app: in a worker after the first dashboard, see databaseCheckService.ts),
   * since on ten years of data it takes seconds.
   */
  quickCheck?: 'now' | 'later';
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (existsSync(path) && statSync(path).size > 0) inspectDatabaseFile(path);
  const db = new BetterSqlite3(path);
  try {
    applyConnectionSettings(db);
    if (options.quickCheck !== 'later') assertHealthy(db);
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * WAL with synchronous=FULL: a signed record must survive a power cut (NORMAL may drop the last commits
 * in WAL mode). busy_timeout lets the backup and the app share the file without spurious SQLITE_BUSY.
 */
export function applyConnectionSettings(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Refuses, with a typed error and without writing to it, a file that is not a Dossier Desk database this
 * version can read: not SQLite, unreadable, another application's, or from a newer schema. Returns the
 * schema version found. Also used to vet a backup before it is restored.
 */
export function inspectDatabaseFile(path: string): { schemaVersion: number } {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw notSqliteError(path);

  // Read-only look first: migrating or switching to WAL would modify a file we may have to refuse.
  let probe: Database;
  try {
    probe = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw corruptError(path, cause);
  }
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = userVersion(probe);
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    };
    const foreign = appId !== APPLICATION_ID && !(appId === 0 && version === 0 && tables.n === 0);
    if (foreign) throw foreignError(path);
    if (version > LATEST_SCHEMA_VERSION) throw newerVersionError(version, LATEST_SCHEMA_VERSION);
    return { schemaVersion: version };
  } catch (error) {
    if (isAppError(error)) throw error;
    throw corruptError(path, error);
  } finally {
    probe.close();
  }
}

/**
 * `quick_check` at every start (fast), the full `integrity_check` (also verifies indexes against their
 * tables) where time allows: on every backup written and every file about to be restored.
 */
export function assertHealthy(db: Database, check: 'quick_check' | 'integrity_check' = 'quick_check'): void {
  const rows = db.pragma(check) as Array<Record<string, string>>;
  if (rows.length !== 1 || rows[0]?.[check] !== 'ok') {
    const [vi, en] =
      check === 'quick_check' ? ['kiểm tra nhanh', 'quick check'] : ['kiểm tra toàn vẹn', 'integrity check'];
    throw appError(
      'db-corrupt',
      `Cơ sở dữ liệu bị hỏng (${vi} không đạt). Hãy khôi phục từ bản sao lưu trong Cài đặt.`,
      `The database is damaged (${en} failed). Restore a backup from Settings.`,
      { findings: rows.slice(0, 5).map((r) => r[check] ?? '') },
    );
  }
}

function notSqliteError(path: string) {
  return appError(
    'db-not-sqlite',
    `Tệp dữ liệu "${path}" không phải cơ sở dữ liệu SQLite (có thể bị hỏng hoặc bị ghi đè). Ứng dụng không mở và không sửa tệp này.`,
    `The data file "${path}" is not a SQLite database (damaged or overwritten). The app will not open or change it.`,
    { path },
  );
}

function foreignError(path: string) {
  return appError(
    'db-foreign',
    `Tệp "${path}" là cơ sở dữ liệu của ứng dụng khác, không phải Dossier Desk. Ứng dụng không mở và không sửa tệp này.`,
    `"${path}" is a database of another application, not Dossier Desk. The app will not open or change it.`,
    { path },
  );
}

function corruptError(path: string, cause: unknown) {
  return appError(
    'db-corrupt',
    `Không đọc được cơ sở dữ liệu "${path}": tệp bị hỏng. Hãy khôi phục từ bản sao lưu.`,
    `Cannot read the database "${path}": the file is damaged. Restore a backup.`,
    { path, cause: cause instanceof Error ? cause.message : String(cause) },
  );
}
