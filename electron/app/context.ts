import type { Database } from 'better-sqlite3';
import type { AppErrorData } from '../../shared/errors/appError';
import type { DesktopPort } from './desktopPort';

/**
 * Everything a handler may touch. Built once by whichever shell runs (Electron, browser bridge, tests);
 * handlers never reach for globals, the clock or the file system on their own.
 */
export interface AppContext {
  version: string;
  dataDir: string;
  databasePath: string;
  transport: 'electron' | 'browser' | 'cli';
  /**
   * Whether a caller may name a file on this computer by its path (a file source of kind 'path'): yes for
   * the desktop app's own renderer and the CLI; no over the browser-mode bridge, where a caller proves only
   * that it holds the token and must send the bytes themselves.
   */
  readsLocalPaths: boolean;
  /**
   * The open database, or null when it was refused (see databaseError). Mutable on purpose: a restore
   * swaps in a new connection, so services read it per call (requireDb) and never keep it across an await.
   */
  db: Database | null;
  databaseError: AppErrorData | null;
  /** The current instant; tests and the e2e clock move it. */
  now(): Date;
  /** Native dialogs, file manager, menus: present only under the Electron shell. */
  desktop?: DesktopPort;
}
