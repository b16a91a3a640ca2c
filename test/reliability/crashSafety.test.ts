import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../electron/app/createAppContext';
import { openDatabase } from '../../electron/db/openDatabase';
import { aContext } from '../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../support/tempDir';
import { bundleWriter, startWriter } from './support/childWriter';
import { mulberry32 } from './support/prng';
import { type ChangeRecord, WORKLOADS } from './support/workloads';

const tempDir = tempDirsPerTest();
const TRIALS = 40;
let writerScript = '';

beforeAll(async () => {
  writerScript = await bundleWriter();
});
afterAll(() => rmSync(dirname(writerScript), { recursive: true, force: true }));

describe('crash safety', () => {
  it(`keeps every committed change and a healthy database through ${TRIALS} SIGKILLs at random moments`, async () => {
    const workload = WORKLOADS.meetings;
    if (!workload) throw new Error('no workload');
    const dataDir = tempDir();
    const setup = aContext(dataDir);
    workload.prepare(setup);
    closeAppContext(setup);

    const random = mulberry32(0x7e57);
    const allCommitted: ChangeRecord[] = [];
    const perTrial: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const writer = startWriter(writerScript, dataDir);
      await writer.ready;
      // Anywhere from before the first commit to a few dozen commits in (fsync-bound: ~5–20 ms each).
      await new Promise((r) => setTimeout(r, Math.floor(random() * 250)));
      writer.child.kill('SIGKILL');
      await writer.exited;
      allCommitted.push(...writer.committed);
      perTrial.push(writer.committed.length);

      // What the app does at the next start: open (recovering the WAL), quick_check, migrate.
      const db = openDatabase(`${dataDir}/dossier-desk.db`);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `trial ${trial}`).toBe('ok');
        // The settings that make a commit durable against a power cut too (which SIGKILL cannot simulate).
        expect([
          db.pragma('journal_mode', { simple: true }),
          db.pragma('synchronous', { simple: true }),
        ]).toEqual(['wal', 2]);
        expect(workload.check(db, allCommitted), `trial ${trial}`).toEqual([]);
      } finally {
        db.close();
      }
    }
    const killedMidWrite = perTrial.filter((n) => n > 0).length;
    console.log(
      `crash safety: ${TRIALS} SIGKILL trials, ${allCommitted.length} committed changes checked, ` +
        `${killedMidWrite} trials killed after ≥1 commit (median ${median(perTrial)} commits per trial)`,
    );
    // The test is only worth its name if most kills land while the child is writing.
    expect(killedMidWrite).toBeGreaterThan(TRIALS / 2);
    const finalDb = new BetterSqlite3(`${dataDir}/dossier-desk.db`, { readonly: true });
    expect(finalDb.pragma('integrity_check', { simple: true })).toBe('ok');
    finalDb.close();
  }, 120_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
