import type { BackupEntry } from '../../shared/contract/backup';
import type { AppContext } from '../app/context';
import { backupIfDue } from './backupService';
import { readBackupSettings } from './backupSettings';

/** Runs `run` every `ms` milliseconds; returns the function that stops it. Tests pass a fake. */
export type Repeat = (run: () => void, ms: number) => () => void;

export interface SchedulerOptions {
  /** How often to look whether a day has passed; hourly survives sleep and clock changes. */
  checkEveryMs?: number;
  repeat?: Repeat;
  onBackup?(entry: BackupEntry): void;
  onError?(error: unknown): void;
}

const nodeRepeat: Repeat = (run, ms) => {
  // unref: a pending check never keeps the process alive at quit.
  const handle = setInterval(run, ms).unref();
  return () => clearInterval(handle);
};

/**
 * The automatic daily backup: checks once at start (so an office PC switched on each morning gets its
 * backup then) and then every hour, making a backup whenever the last one is a day old. A failed
 * backup is reported and retried at the next check; it never stops the app.
 */
export function startBackupScheduler(
  ctx: AppContext,
  options: SchedulerOptions = {},
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = () => {
    if (running || stopped) return;
    running = backupIfDue(ctx, readBackupSettings(ctx.dataDir).keep)
      .then((entry) => {
        if (entry) options.onBackup?.(entry);
      })
      // A backup cut short by quitting (the connection closed under it) is no failure to report: its temp
      // file is removed, and the next start makes the day's backup. Any other failure is reported.
      .catch((error: unknown) => (stopped && !ctx.db?.open ? undefined : options.onError?.(error)))
      .finally(() => {
        running = null;
      });
  };
  check();
  const cancel = (options.repeat ?? nodeRepeat)(check, options.checkEveryMs ?? 3600_000);
  return {
    /** Stops the checks; resolves once a backup under way has finished (await it before closing the database). */
    stop() {
      stopped = true;
      cancel();
      return running ?? Promise.resolve();
    },
  };
}
