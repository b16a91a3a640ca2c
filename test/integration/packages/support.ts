import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { AppContext } from '../../../electron/app/context';
import { configurePackages } from '../../../electron/app/services/packageService';
import { type RunCliOptions, runCli } from '../../../electron/cli/main';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { aContext } from '../../support/appContext';

/** The demo's pinned day: every date below was read off the sample built around it. */
export const DEMO_TODAY = '2026-11-25';

/** A worker as the app ships it: its entry file bundled by esbuild to CommonJS, written at `out`. */
async function bundleWorker(entry: string, out: string): Promise<string> {
  await build({
    entryPoints: [resolve(entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
  return out;
}

/** The verify worker as the app ships it, in `dir`. */
export function buildVerifyWorker(dir: string): Promise<string> {
  return bundleWorker('electron/workers/parserWorker.ts', join(dir, 'parserWorker.cjs'));
}

/** The session book worker as the app ships it, in `dir`. */
export function buildBookWorker(dir: string): Promise<string> {
  return bundleWorker('electron/book/bookWorker.ts', join(dir, 'bookWorker.cjs'));
}

/** `dossier-desk` run in-process with `options` (the clock, the workers), its output captured. */
export function cliWith(options: RunCliOptions) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, options);
    return { code, stdout, stderr };
  };
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
