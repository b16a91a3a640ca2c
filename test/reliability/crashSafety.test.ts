import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { aContext } from '../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../support/tempDir';
import { bundleWriter } from './support/childWriter';
import { reliabilityKnobs, runCrashTrials } from './support/crashTrials';

const tempDir = tempDirsPerTest();
// A few trials here (CI); `npm run bench reliability` runs hundreds. DOSSIER_RELIABILITY_TRIALS / _SEED override.
const knobs = reliabilityKnobs({ trials: 20, seed: 0x7e57 });
let writerScript = '';

beforeAll(async () => {
  writerScript = await bundleWriter();
});
afterAll(() => rmSync(dirname(writerScript), { recursive: true, force: true }));

describe('crash safety', () => {
  it(`keeps every committed change and a healthy database through ${knobs.trials} SIGKILLs at random moments (seed ${knobs.seed})`, async () => {
    const dataDir = tempDir();
    const result = await runCrashTrials({ writerScript, dataDir, knobs, context: (dir) => aContext(dir) });
    console.log(
      `crash safety: ${result.trials} SIGKILL trials (seed ${result.seed}), ${result.committed} committed changes checked, ` +
        `${result.lost} lost, ${result.killedMidWrite} trials killed after ≥1 commit (median ${result.medianCommitsPerTrial} per trial)`,
    );
    expect(result.lostExamples).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.damaged).toBe(0);
    // The test is only worth its name if most kills land while the child is writing.
    expect(result.killedMidWrite).toBeGreaterThan(result.trials / 2);
    // The settings that make a commit durable against a power cut too (which SIGKILL cannot simulate).
    const db = openDatabase(`${dataDir}/dossier-desk.db`);
    expect([db.pragma('journal_mode', { simple: true }), db.pragma('synchronous', { simple: true })]).toEqual(
      ['wal', 2],
    );
    db.close();
    const finalDb = new BetterSqlite3(`${dataDir}/dossier-desk.db`, { readonly: true });
    expect(finalDb.pragma('integrity_check', { simple: true })).toBe('ok');
    finalDb.close();
  }, 300_000);
});
