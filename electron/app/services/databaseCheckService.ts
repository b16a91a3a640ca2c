/**
 * The database's quick check, off the critical path: the app opens the data file without it (ten years of
 * data took 1.7–4.2 s before the first dashboard, almost all of it quick_check), then runs it in the
 * guarded worker, and the result is part of `app.status` for the window to show.
 */
import type { DatabaseCheck } from '../../../shared/contract/app';
import { isAppError } from '../../../shared/errors/appError';
import { runInWorker } from '../../workers/guardedWorker';
import type { AppContext } from '../context';

const checks = new WeakMap<AppContext, DatabaseCheck>();

/** What is known of the check: not started (CLI, tests), running, or its outcome. */
export function databaseCheckOf(ctx: AppContext): DatabaseCheck {
  return checks.get(ctx) ?? { state: 'not-run', checkedAt: null, findings: [], ms: null };
}

export async function runDatabaseCheck(
  ctx: AppContext,
  options: { workerScript?: string } = {},
): Promise<DatabaseCheck> {
  if (!ctx.db) return databaseCheckOf(ctx);
  checks.set(ctx, { state: 'running', checkedAt: null, findings: [], ms: null });
  let outcome: DatabaseCheck;
  try {
    const result = await runInWorker(
      'database-quick-check',
      { path: ctx.databasePath },
      // quick_check reads every page; its memory is SQLite's page cache, not the worker's heap.
      { fileName: 'dossier-desk.db', timeoutMs: 10 * 60_000, workerScript: options.workerScript },
    );
    outcome = {
      state: result.ok ? 'ok' : 'failed',
      checkedAt: ctx.now().toISOString(),
      findings: result.ok ? [] : result.findings.slice(0, 5),
      ms: Math.round(result.ms),
    };
  } catch (error) {
    outcome = {
      state: 'failed',
      checkedAt: ctx.now().toISOString(),
      findings: [isAppError(error) ? error.en : String(error)],
      ms: null,
    };
  }
  checks.set(ctx, outcome);
  return outcome;
}

/** Starts the check after `afterMs` (time for the first window to paint); never throws. */
export function startDatabaseCheck(ctx: AppContext, afterMs = 1500): { stop(): void } {
  const timer = setTimeout(() => {
    runDatabaseCheck(ctx).catch((error: unknown) => console.error('[database check]', error));
  }, afterMs);
  timer.unref();
  return { stop: () => clearTimeout(timer) };
}
