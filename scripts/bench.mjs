// Runs every benchmark in test/bench (or those whose file name contains an argument):
// each *.bench.ts is bundled with esbuild and run with plain Node, one process each, so one
// benchmark's heap does not disturb the next. Benchmarks print their own baseline ratios.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'test/bench');
const outDir = join(root, '.tmp/bench');
mkdirSync(outDir, { recursive: true });
const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('No benchmark matched.');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // esbuild too: the reliability bench bundles its child writer at run time.
    external: ['better-sqlite3', 'electron', 'esbuild'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
