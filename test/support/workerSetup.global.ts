/**
 * Vitest global setup: bundles the guarded parser worker once, as the app ships it (esbuild, CommonJS),
 * for every test that reaches a parser through a service. Each test process points the worker module at
 * it in workerSetup.ts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const TEST_WORKER_BUNDLE = resolve('.tmp/test-worker/parserWorker.cjs');

export default async function setup(): Promise<void> {
  mkdirSync(resolve('.tmp/test-worker'), { recursive: true });
  await build({
    entryPoints: [resolve('electron/workers/parserWorker.ts')],
    outfile: TEST_WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'silent',
  });
}
