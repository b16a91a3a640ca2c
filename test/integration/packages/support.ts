import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { AppContext } from '../../../electron/app/context';
import { configurePackages } from '../../../electron/app/services/packageService';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { aContext } from '../../support/appContext';

/** The demo's pinned day: every date below was read off the sample built around it. */
export const DEMO_TODAY = '2026-11-25';

/** The verify worker as the app ships it: the entry file bundled by esbuild to CommonJS. */
export async function buildVerifyWorker(dir: string): Promise<string> {
  const out = join(dir, 'parserWorker.cjs');
  await build({
    entryPoints: [resolve('electron/workers/parserWorker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
  return out;
}

/** A sample agency's data folder (dossier-desk demo), made once and copied per test that changes it. */
export async function aDemoDataDir(root: string): Promise<string> {
  const dir = join(root, 'demo');
  await generateDemo(dir, { today: DEMO_TODAY });
  return dir;
}

export function copyOf(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'dossier-pkg-'));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

export function aPackagesContext(dataDir: string, workerScript: string, today = DEMO_TODAY): AppContext {
  const ctx = aContext(dataDir, today);
  configurePackages(ctx, { workerScript });
  return ctx;
}
