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
export function startBackupScheduler(ctx: AppContext, options: SchedulerOptions = {}): { stop(): void } {
  let running = false;
  const check = () => {
    if (running) return;
    running = true;
    backupIfDue(ctx, readBackupSettings(ctx.dataDir).keep)
      .then((entry) => {
        if (entry) options.onBackup?.(entry);
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = false;
      });
  };
  check();
  const stop = (options.repeat ?? nodeRepeat)(check, options.checkEveryMs ?? 3600_000);
  return { stop };
}
