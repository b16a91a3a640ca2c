// `npm test`: every check the project has, in the order that fails fastest, then one closing line that
// sums all suites ("Total: N passed, N failed, N skipped").
//   1. lint + format (biome) and types (tsc, strict)
//   2. unit + integration tests (vitest) under a zone far from Vietnam's, and the date-related ones again
//      under Asia/Ho_Chi_Minh: nothing may depend on the machine's zone
//   3. build (renderer, main, preload, browser mode, CLI)
//   4. end-to-end tests in Debian Chromium through the loopback bridge (Playwright)
//   5. Electron smoke test: only where an Electron binary exists; says so when skipped
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sqliteMismatch } from './nativeAbi.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp/test');
mkdirSync(tmp, { recursive: true });
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** Names of the failed tests, printed again at the end: CI shows the tail of the log. */
const failedTests = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  if (!ok) failures.push(label);
  return ok;
}

function addVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults ?? []) {
    const where = suite.name.startsWith(root) ? suite.name.slice(root.length + 1) : suite.name;
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed)
      failedTests.push(`${where} › ${t.fullName ?? t.title}: ${firstLine(t.failureMessages)}`);
    // A suite that failed to load has no failed test of its own but says why.
    if (suite.status === 'failed' && failed.length === 0)
      failedTests.push(`${where}: ${firstLine([suite.message])}`);
  }
}

function firstLine(messages) {
  const text = (messages ?? []).find(Boolean) ?? '';
  return text
    .split('\n')[0]
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') // colour codes
    .slice(0, 300);
}

function addPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

function playwrightFailures(file) {
  if (!existsSync(file)) return;
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failedTests.push(
          `${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}: ${firstLine([error])}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.title ? [...path, suite.title] : path);
  };
  for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite, []);
}

// After `npx electron-builder install-app-deps` (or `npm run dist`) better-sqlite3 is built for Electron:
// every database test would fail on it. Rebuild it for this Node first (what `npm start` then asks to undo
// for the desktop app), and stop with the message if that does not help.
if (sqliteMismatch(root, Number(process.versions.modules), 'node')) {
  console.log(sqliteMismatch(root, Number(process.versions.modules), 'node'));
  run('rebuild better-sqlite3 for this Node', process.platform === 'win32' ? 'npm.cmd' : 'npm', [
    'rebuild',
    'better-sqlite3',
  ]);
  const still = sqliteMismatch(root, Number(process.versions.modules), 'node');
  if (still) {
    console.error(still);
    process.exit(2);
  }
}

run('lint (biome)', bin('biome'), ['check', '.']);
run('types (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);

// Every test runs in a zone far from Vietnam's (a date computed with the machine's zone shows there); the
// tests of code that computes, judges or prints civil dates run again in Vietnam's own zone. The second pass
// leaves out the suites that never read a civil date (packaging, hostile inputs, workers, reliability,
// store, signing), which keeps the whole of `npm test` well within CI's budget.
const DATE_SUITES = [
  'test/unit',
  'test/integration/agenda',
  'test/integration/app',
  'test/integration/cli',
  'test/integration/dossiers',
  'test/integration/opinionRequests',
  'test/integration/packages',
  'test/integration/reports',
  'test/integration/workProgram',
  'test/integration/workProgramXlsx',
];
for (const [zone, suites] of [
  ['America/Los_Angeles', []],
  ['Asia/Ho_Chi_Minh', DATE_SUITES],
]) {
  const out = resolve(tmp, `vitest-${zone.replace('/', '-')}.json`);
  run(
    `${suites.length ? 'date-related' : 'all'} unit + integration tests, TZ=${zone}`,
    bin('vitest'),
    ['run', ...suites, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    {
      TZ: zone,
    },
  );
  addVitest(out);
}

if (run('build', process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'])) {
  const out = resolve(tmp, 'playwright.json');
  run('end-to-end tests (Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  addPlaywright(out);
  playwrightFailures(out);
  run('Electron smoke test', process.execPath, [resolve(root, 'test/smoke/electronSmoke.mjs')]);
}

console.log('');
if (failedTests.length) console.log(`Failed tests:\n${failedTests.map((t) => `  ✘ ${t}`).join('\n')}`);
if (failures.length) console.log(`Failed steps: ${failures.join('; ')}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
