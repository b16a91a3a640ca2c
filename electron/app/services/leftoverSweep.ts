/**
 * Dọn tệp sót lại: what a crash or a kill leaves in the data folder, removed at start-up and once a day.
 * - `exports/*.partial-*`: a package export stopped before its rename (the download route never serves one);
 * - `received/.incoming-*`: an import stopped before its bag was moved into place;
 * - `received/.verify-*`: a verify's scratch copies (and `.verify-*` that older versions left in the
 *   system temp folder);
 * - `store/tmp/*`: an attach stopped while copying;
 * - uploads never attached, a day after they arrived (browser mode).
 * Each is only removed once it has not changed for `graceMs`, so a job still running is never touched.
 * What was removed is reported through `log` (console for now; the app's log file module replaces it).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STALE_UPLOAD_MS, staleUploads } from '../../store/uploads';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { exportsDir } from './exportFiles';
import { RECEIVED_FOLDER } from './packageService';

export type LeftoverKind = 'partial-export' | 'incoming-import' | 'verify-scratch' | 'store-temp' | 'upload';

export interface SweptFile {
  path: string;
  kind: LeftoverKind;
  bytes: number;
}

export interface SweepReport {
  at: string;
  removed: SweptFile[];
  bytes: number;
}

/** Where the sweep says what it did: the app's log (a console until the log module lands). */
export interface SweepLog {
  info(message: string, detail: Record<string, unknown>): void;
  warn(message: string, detail: Record<string, unknown>): void;
}

export const consoleSweepLog: SweepLog = {
  info: (message, detail) => console.log(`[sweep] ${message}`, JSON.stringify(detail)),
  warn: (message, detail) => console.warn(`[sweep] ${message}`, JSON.stringify(detail)),
};

/** A leftover this recent may belong to a job still running (its file is written to continuously). */
export const SWEEP_GRACE_MS = 10 * 60_000;
const DAY_MS = 24 * 3_600_000;

const PARTIAL_EXPORT = /\.partial-[0-9a-f]+$/;

/** Total bytes under `path` (a file, or a folder walked), 0 when it is gone. */
function sizeOf(path: string): number {
  try {
    const info = statSync(path);
    if (!info.isDirectory()) return info.size;
    return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
  } catch {
    return 0;
  }
}

/** Newest change under `path`: a folder whose files are still being written is not stale. */
function newestChangeMs(path: string): number {
  try {
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs;
    return readdirSync(path).reduce(
      (max, name) => Math.max(max, newestChangeMs(join(path, name))),
      info.mtimeMs,
    );
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function entriesOf(dir: string, match: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir)
      .filter(match)
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** What the sweep would remove now, without removing anything. */
export function findLeftovers(ctx: AppContext, graceMs = SWEEP_GRACE_MS): Array<Omit<SweptFile, 'bytes'>> {
  const nowMs = ctx.now().getTime();
  const stale = (path: string, age = graceMs) => nowMs - newestChangeMs(path) > age;
  const received = join(ctx.dataDir, RECEIVED_FOLDER);
  const found: Array<Omit<SweptFile, 'bytes'>> = [];
  const add = (kind: LeftoverKind, paths: string[], age = graceMs) => {
    for (const path of paths) if (stale(path, age)) found.push({ path, kind });
  };
  add(
    'partial-export',
    entriesOf(exportsDir(ctx.dataDir), (n) => PARTIAL_EXPORT.test(n)),
  );
  add(
    'incoming-import',
    entriesOf(received, (n) => n.startsWith('.incoming-')),
  );
  add(
    'verify-scratch',
    entriesOf(received, (n) => n.startsWith('.verify-')),
  );
  // Older versions verified into the system temp folder; only what is a day old, it may not be ours.
  add(
    'verify-scratch',
    entriesOf(tmpdir(), (n) => /^\.verify-[0-9a-f]{12}$/.test(n)),
    DAY_MS,
  );
  add('store-temp', storeFor(ctx).listTempFiles());
  for (const path of staleUploads(ctx.dataDir, nowMs)) found.push({ path, kind: 'upload' });
  return found;
}

/** Removes the leftovers and reports them; a file that cannot be removed is logged and left. */
export function sweepLeftovers(
  ctx: AppContext,
  options: { log?: SweepLog; graceMs?: number } = {},
): SweepReport {
  const log = options.log ?? consoleSweepLog;
  const removed: SweptFile[] = [];
  for (const { path, kind } of findLeftovers(ctx, options.graceMs)) {
    const bytes = sizeOf(path);
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push({ path, kind, bytes });
    } catch (error) {
      log.warn('could not remove a leftover', { path, kind, error: String(error) });
    }
  }
  const report = { at: ctx.now().toISOString(), removed, bytes: removed.reduce((s, f) => s + f.bytes, 0) };
  if (removed.length > 0) {
    log.info(`removed ${removed.length} leftover file(s), ${report.bytes} bytes`, {
      removed: removed.map((f) => ({ kind: f.kind, path: f.path, bytes: f.bytes })),
    });
  }
  return report;
}

/**
 * Sweeps soon after start (with a minute's grace: a crash just before left nothing running; deferred so
 * the first window is not kept waiting) and then once a day. Returns the function that stops it.
 */
export function startLeftoverSweep(
  ctx: AppContext,
  options: { log?: SweepLog; everyMs?: number; firstAfterMs?: number } = {},
): { stop(): void } {
  const log = options.log ?? consoleSweepLog;
  const run = (graceMs: number) => {
    try {
      sweepLeftovers(ctx, { log, graceMs });
    } catch (error) {
      log.warn('sweep failed', { error: String(error) });
    }
  };
  const first = setTimeout(() => run(60_000), options.firstAfterMs ?? 5_000).unref();
  const daily = setInterval(() => run(SWEEP_GRACE_MS), options.everyMs ?? DAY_MS).unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}

export { STALE_UPLOAD_MS };
