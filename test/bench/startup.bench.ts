/**
 * Start-up of whole processes (issue 10, fast start): the built `dossier-desk` bin running `deadline`,
 * `calendar`, `lunar` and `list meetings`, against `node -e 0` measured in the same run, interleaved so
 * that machine load hits both alike. Reports the median wall time, peak memory (RSS) and the ratio; the
 * goal is ≤ 2.5× bare Node. Needs the build (npm run build). Run: npm run bench startup (BENCH_RUNS=N to change the 15 runs)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/bench.mjs runs every benchmark from the project folder.
const root = process.cwd();
const bin = join(root, 'bin', 'dossier-desk.cjs');
if (!existsSync(join(root, 'dist', 'electron', 'cli.cjs'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const GOAL = 2.5;

const data = mkdtempSync(join(tmpdir(), 'dossier-bench-startup-'));
// `list meetings` reads a database: a real one, made (and migrated) once before timing.
spawnSync(process.execPath, [bin, 'demo', '--data-dir', data, '--json'], { encoding: 'utf8' });

const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  deadline: [bin, 'deadline', '--meeting', '2026-12-17', '--kind', 'chairman', '--json'],
  calendar: [bin, 'calendar', '--year', '2026', '--json'],
  lunar: [bin, 'lunar', '2026-02-17', '--json'],
  'list meetings': [bin, 'list', 'meetings', '--data-dir', data, '--json'],
};

/** Wall time (ms) of one whole process, spawn to exit. */
function measure(args: string[]): { ms: number; status: number | null } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: run.status };
}

/** Peak RSS (MB) of one process, in a separate pass: a preloaded hook writes it at exit. */
function peakMb(args: string[]): number {
  const out = join(data, 'rss.txt');
  const hook = join(data, 'rss.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));`,
  );
  spawnSync(process.execPath, ['-r', hook, ...args], { stdio: 'ignore' });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const { ms, status } = measure(args);
    if (status !== 0 && status !== 1) {
      console.error(`${name} exited with ${status}`);
      process.exit(2);
    }
    times[name]?.push(ms);
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const base = median(times['node -e 0'] ?? []);
let failed = 0;
console.log(`${RUNS} runs each, interleaved; median wall time, peak RSS; goal ≤ ${GOAL}× node -e 0`);
for (const name of Object.keys(commands)) {
  const ms = median(times[name] ?? []);
  const ratio = ms / base;
  const verdict = name === 'node -e 0' ? '' : ratio <= GOAL ? 'ok' : 'OVER GOAL';
  if (verdict === 'OVER GOAL') failed++;
  console.log(
    `${name.padEnd(14)} ${ms.toFixed(0).padStart(5)} ms  ×${ratio.toFixed(2)}  ${peakMb(commands[name] ?? [])
      .toFixed(0)
      .padStart(4)} MB  ${verdict}`.trimEnd(),
  );
}
rmSync(data, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
