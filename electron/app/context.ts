import type { Database } from 'better-sqlite3';
import type { AppErrorData } from '../../shared/errors/appError';

/**
 * Everything a handler may touch. Built once by whichever shell runs (Electron, browser bridge, tests);
 * handlers never reach for globals, the clock or the file system on their own.
 */
export interface AppContext {
  version: string;
  dataDir: string;
  databasePath: string;
  transport: 'electron' | 'browser';
  /** The open database, or null when it was refused (see databaseError). */
  db: Database | null;
  databaseError: AppErrorData | null;
  /** The current instant; tests and the e2e clock move it. */
  now(): Date;
}
