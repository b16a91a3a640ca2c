/**
 * The SIGKILL crash trial and the backup-under-load trial as functions, so that the test (a few trials,
 * CI) and `npm run bench reliability` (hundreds) run the same code. Counts and seeds come from the
 * environment through `reliabilityKnobs`.
 */
import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { backupsFolder, createBackup } from '../../../electron/backup/backupService';
import { openDatabase } from '../../../electron/db/openDatabase';
import { startWriter } from './childWriter';
import { integrityOf } from './dbFingerprint';
import { mulberry32 } from './prng';
import { type ChangeRecord, WORKLOADS } from './workloads';

export interface ReliabilityKnobs {
  trials: number;
  seed: number;
}

/** DOSSIER_RELIABILITY_TRIALS and DOSSIER_RELIABILITY_SEED (decimal or 0x…), else the defaults given. */
export function reliabilityKnobs(defaults: ReliabilityKnobs): ReliabilityKnobs {
  const number = (text: string | undefined, fallback: number) => {
    if (text === undefined || text.trim() === '') return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a count or seed: ${text}`);
    return value;
  };
  return {
    trials: number(process.env.DOSSIER_RELIABILITY_TRIALS, defaults.trials),
    seed: number(process.env.DOSSIER_RELIABILITY_SEED, defaults.seed),
  };
}

export interface CrashTrialResult {
  trials: number;
  seed: number;
  /** Changes the writer reported committed before it was killed, over all trials. */
  committed: number;
  /** Of those, how many the database no longer holds (must be 0), with the first few reasons. */
  lost: number;
  lostExamples: string[];
  /** Trials after which the reopened database failed integrity_check (must be 0). */
  damaged: number;
  /** Trials killed after at least one commit: the kills that test something. */
  killedMidWrite: number;
  medianCommitsPerTrial: number;
}

/** Kills a writing child at a random moment `trials` times; after each, reopens as the app does and checks. */
export async function runCrashTrials(options: {
  writerScript: string;
  dataDir: string;
  knobs: ReliabilityKnobs;
  context: (dataDir: string) => AppContext;
}): Promise<CrashTrialResult> {
  const workload = WORKLOADS.meetings;
  if (!workload) throw new Error('no workload');
  const setup = options.context(options.dataDir);
  workload.prepare(setup);
  closeAppContext(setup);

  const random = mulberry32(options.knobs.seed);
  const all: ChangeRecord[] = [];
  const perTrial: number[] = [];
  let lostExamples: string[] = [];
  let lost = 0;
  let damaged = 0;
  for (let trial = 0; trial < options.knobs.trials; trial++) {
    const writer = startWriter(options.writerScript, options.dataDir);
    await writer.ready;
    // Anywhere from before the first commit to a few dozen commits in (fsync-bound: ~5–20 ms each).
    await new Promise((r) => setTimeout(r, Math.floor(random() * 250)));
    writer.child.kill('SIGKILL');
    await writer.exited;
    all.push(...writer.committed);
    perTrial.push(writer.committed.length);

    // What the app does at the next start: open (recovering the WAL), quick_check, migrate.
    const db = openDatabase(`${options.dataDir}/dossier-desk.db`);
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') damaged++;
      const problems = workload.check(db, all);
      lost = problems.length;
      if (problems.length > 0) lostExamples = problems.slice(0, 5).map((p) => `trial ${trial}: ${p}`);
    } finally {
      db.close();
    }
  }
  const sorted = [...perTrial].sort((a, b) => a - b);
  return {
    trials: options.knobs.trials,
    seed: options.knobs.seed,
    committed: all.length,
    lost,
    lostExamples,
    damaged,
    killedMidWrite: perTrial.filter((n) => n > 0).length,
    medianCommitsPerTrial: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

export interface BackupTrialResult {
  backups: number;
  /** Backups that hold every meeting committed before they began, with no gap (must be all). */
  consistent: number;
  /** Meetings committed before a backup began but absent from it, summed (must be 0). */
  lost: number;
  commitsDuringBackups: number;
}

/** Takes `knobs.trials` backups while a child process writes, and checks each is a consistent snapshot. */
export async function runBackupsUnderLoad(options: {
  writerScript: string;
  dataDir: string;
  knobs: ReliabilityKnobs;
  context: (dataDir: string) => AppContext;
}): Promise<BackupTrialResult> {
  const ctx = options.context(options.dataDir);
  WORKLOADS.meetings?.prepare(ctx);
  const random = mulberry32(options.knobs.seed);
  let writer = startWriter(options.writerScript, options.dataDir);
  await writer.ready;
  let consistent = 0;
  let lost = 0;
  let commits = 0;
  try {
    for (let i = 0; i < options.knobs.trials; i++) {
      // A fresh writer every 25 backups: its database grows, and a long run stays fast.
      if (i > 0 && i % 25 === 0) {
        writer.child.kill('SIGKILL');
        await writer.exited;
        commits += writer.committed.length;
        writer = startWriter(options.writerScript, options.dataDir);
        await writer.ready;
      }
      await new Promise((r) => setTimeout(r, 10 + Math.floor(random() * 50)));
      const committedBefore = Math.max(
        0,
        ...writer.committed.filter((c) => c.op === 'create').map((c) => c.id),
      );
      const { name } = await createBackup(ctx, 'manual');
      const file = `${backupsFolder(ctx)}/${name}`;
      const db = new BetterSqlite3(file, { readonly: true });
      let ids: number[];
      try {
        ids = db.prepare('SELECT id FROM meeting ORDER BY id').pluck().all() as number[];
      } finally {
        db.close();
      }
      const gapless = ids.every((id, k) => id === k + 1);
      const missing = Math.max(0, committedBefore - ids.length);
      if (gapless && missing === 0 && integrityOf(file) === 'ok') consistent++;
      lost += missing;
      // Checked: a long run would otherwise fill the disk with copies.
      rmSync(file, { force: true });
    }
  } finally {
    writer.child.kill('SIGKILL');
    await writer.exited;
    commits += writer.committed.length;
    closeAppContext(ctx);
  }
  return { backups: options.knobs.trials, consistent, lost, commitsDuringBackups: commits };
}
