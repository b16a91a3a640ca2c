import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AppErrorData, isAppError } from '../../shared/errors/appError';
import { openDatabase } from '../db/openDatabase';
import type { AppContext } from './context';
import { DATABASE_FILE } from './dataDir';
import { APP_VERSION } from './version';

export interface ContextOptions {
  dataDir: string;
  transport: AppContext['transport'];
  now?: () => Date;
  /** Defaults to every transport but the browser bridge (see AppContext.readsLocalPaths). */
  readsLocalPaths?: boolean;
  /**
   * 'later': open without quick_check; the shell starts it in a worker once the window shows
   * (startDatabaseCheck), so ten years of data open in well under a second. Default 'now'.
   */
  quickCheck?: 'now' | 'later';
}

/**
 * Opens the agency's data folder. A database that cannot be opened is not an exception here: the app
 * still starts and shows why (and never overwrites the file), so the user can restore a backup.
 */
export function createAppContext(options: ContextOptions): AppContext {
  const databasePath = join(options.dataDir, DATABASE_FILE);
  let db: AppContext['db'] = null;
  let databaseError: AppErrorData | null = null;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    db = openDatabase(databasePath, { quickCheck: options.quickCheck ?? 'now' });
  } catch (error) {
    if (!isAppError(error)) throw error;
    databaseError = error.toData();
  }
  return {
    version: APP_VERSION,
    dataDir: options.dataDir,
    databasePath,
    transport: options.transport,
    readsLocalPaths: options.readsLocalPaths ?? options.transport !== 'browser',
    db,
    databaseError,
    now: options.now ?? (() => new Date()),
  };
}

export function closeAppContext(ctx: AppContext): void {
  ctx.db?.close();
}
