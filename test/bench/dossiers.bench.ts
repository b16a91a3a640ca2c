/**
 * Dossier workspace at ten years' scale (issue 4): 5,000 meetings, 50,000 agenda items, 500,000 checklist
 * entries, 200,000 attachment records, seeded by the sample-data generator (`--scale 500`).
 * Reports seeding time, the time from opening the data folder to the first dashboard result, and
 * dashboard and search p50/p95 through dispatch, each against baselines measured in the same run:
 * - first dashboard: with quick_check run before it (as the app opened before issue 16);
 * - dashboard: the agenda reading every duty in its range, done or not (before the open-duties path), and
 *   the same SQL forced off every index (NOT INDEXED);
 * - search: migration 0003's single FTS5 index over the three kinds (before migration 0010), and a LIKE
 *   scan over the diacritics-folded titles and names.
 * Targets (issue 16): first dashboard < 300 ms, search p95 < 10 ms; dashboard p95 < 30 ms (aim < 10).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeAppContext, createAppContext } from '../../electron/app/createAppContext';
import { dispatch } from '../../electron/app/dispatch';
import type { DutySource } from '../../electron/app/services/agenda/duty';
import { AGENDA_SOURCES } from '../../electron/app/services/agenda/sources';
import {
  buildDashboard,
  DASHBOARD_SQL,
  type DashboardSql,
} from '../../electron/app/services/dashboardService';
import { runDatabaseCheck } from '../../electron/app/services/databaseCheckService';
import { deadlineContext } from '../../electron/app/services/dossierDeadlines';
import { generateDemo } from '../../electron/demo/generateDemo';
import { foldVietnamese, searchTokens } from '../../shared/dossiers/searchText';
import { buildSingleSearchIndex, singleIndexSearch } from '../support/singleSearchIndex';

const TODAY = '2026-11-25';
const SCALE = Number(process.env.DOSSIER_BENCH_SCALE ?? 500);
const RUNS = 200;
const SEARCHES = [
  'to trinh',
  'quyet dinh ban hanh',
  'dat dai',
  'giá đất',
  'thuy loi',
  'khoang san',
  'phu luc 3',
  'chuyen doi so',
  'nong thon moi',
  'Ke hoach',
  'BẢNG GIÁ',
  'tai nguyen nuoc',
];

/** The guarded worker as the app ships it, for the quick check after the first dashboard. */
async function bundleParserWorker(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(process.cwd(), '.tmp', 'bench', 'parserWorker.cjs');
  await build({
    entryPoints: ['electron/workers/parserWorker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'error',
  });
  return outfile;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Timing {
  p50: number;
  p95: number;
  mean: number;
  /** p95 of the CPU time the process spent per call: what the code costs, whatever else the machine runs. */
  cpuP95: number;
}

/**
 * A few untimed calls first (a tenth of the runs, 10 at most: the slow baselines need none): p95 is about
 * the steady state; the first dashboard after opening is timed on its own.
 */
const WARM_UP = 10;

async function time(runs: number, fn: (i: number, timed: boolean) => unknown): Promise<Timing> {
  for (let i = 0; i < Math.min(WARM_UP, Math.floor(runs / 10)); i++) await fn(i, false);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    await fn(i, true);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / runs,
    cpuP95: percentile(cpu, 95),
  };
}

const fmt = (n: number) => n.toFixed(2).padStart(9);
function report(name: string, fast: Timing, base?: Timing, baseName = '') {
  const ratio = base
    ? `   baseline${baseName ? ` (${baseName})` : ''} p50 ${fmt(base.p50)} ms  p95 ${fmt(base.p95)} ms ` +
      `(cpu p95 ${base.cpuP95.toFixed(2)} ms)   speed-up p95 ×${(base.p95 / fast.p95).toFixed(1)}`
    : '';
  console.log(
    `${name.padEnd(30)} p50 ${fmt(fast.p50)} ms  p95 ${fmt(fast.p95)} ms (cpu p95 ${fast.cpuP95.toFixed(2)} ms)${ratio}`,
  );
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const seedStart = Date.now();
    const summary = await generateDemo(dir, { today: TODAY, scale: SCALE, seed: 7 });
    const seedMs = Date.now() - seedStart;
    console.log(
      `seeded ${summary.meetings} meetings, ${summary.items} items, ${summary.entries} checklist entries, ` +
        `${summary.attachments} attachments (${summary.blobs} blobs), ${summary.coordination} coordination requests ` +
        `in ${(seedMs / 1000).toFixed(1)} s`,
    );

    const now = () => new Date(`${TODAY}T09:00:00+07:00`);
    // As the app opens now: quick_check later, in a worker (measured first, so the page cache favours the
    // baseline below, not this).
    const open = async (quickCheck: 'now' | 'later') => {
      const start = process.hrtime.bigint();
      const opened = createAppContext({ dataDir: dir, transport: 'browser', now, quickCheck });
      const openedMs = Number(process.hrtime.bigint() - start) / 1e6;
      const first = await dispatch(opened, 'dashboard.get', {});
      if (!first.ok) throw new Error(`dashboard failed: ${first.error.en}`);
      return { ctx: opened, first, openedMs, totalMs: Number(process.hrtime.bigint() - start) / 1e6 };
    };
    const fast = await open('later');
    closeAppContext(fast.ctx);
    const old = await open('now');
    closeAppContext(old.ctx);
    const { ctx, first } = await open('later');
    console.log(
      `open data folder → first dashboard: ${fast.totalMs.toFixed(1)} ms (database ${fast.openedMs.toFixed(1)} ms, ` +
        `dashboard ${(fast.totalMs - fast.openedMs).toFixed(1)} ms)   baseline with quick_check first: ` +
        `${old.totalMs.toFixed(1)} ms   speed-up ×${(old.totalMs / fast.totalMs).toFixed(1)}`,
    );
    const check = await runDatabaseCheck(ctx, { workerScript: await bundleParserWorker() });
    console.log(`quick_check after the first dashboard, in the worker: ${check.state} in ${check.ms} ms`);
    const db = ctx.db;
    if (!db) throw new Error('no database');

    const dashboard = await time(RUNS, () => dispatch(ctx, 'dashboard.get', {}));
    const notIndexed: DashboardSql = {
      openItems: DASHBOARD_SQL.openItems
        .replace('FROM agenda_item i', 'FROM agenda_item i NOT INDEXED')
        .replace('JOIN meeting m', 'JOIN meeting m NOT INDEXED'),
      upcomingMeetings: DASHBOARD_SQL.upcomingMeetings
        .replace('FROM meeting m\n', 'FROM meeting m NOT INDEXED\n')
        .replace('FROM agenda_item i', 'FROM agenda_item i NOT INDEXED'),
    };
    const dc = deadlineContext(ctx);
    // The agenda as the dashboard read it before the open-duties path: every duty of the range, then filtered.
    const everyDuty: DutySource[] = AGENDA_SOURCES.map(
      (source) => (input) => source({ ...input, openOnly: false }),
    );
    const indexedDirect = await time(RUNS, () => buildDashboard(db, dc));
    const everyDutyBase = await time(Math.max(10, RUNS / 4), () =>
      buildDashboard(db, dc, DASHBOARD_SQL, everyDuty),
    );
    const baseline = await time(Math.max(5, RUNS / 20), () => buildDashboard(db, dc, notIndexed));
    const value = first.value as {
      entries: unknown[];
      atRisk: unknown[];
      meetings: unknown[];
      agenda: unknown[];
    };
    console.log(
      `dashboard: ${value.entries.length} entries, ${value.agenda.length} open duties, ${value.meetings.length} upcoming meetings, ${value.atRisk.length} at risk`,
    );
    report('dashboard.get (dispatch)', dashboard);
    report('dashboard build (service)', indexedDirect, everyDutyBase, 'every duty read');
    report('dashboard build (service)', indexedDirect, baseline, 'NOT INDEXED');

    db.function('fold', { deterministic: true }, (text: unknown) => foldVietnamese(String(text)));
    const likeSearch = (text: string) => {
      const tokens = searchTokens(text);
      const where = (col: string) => tokens.map((_, i) => `fold(${col}) LIKE @t${i}`).join(' AND ');
      const params = Object.fromEntries(tokens.map((t, i) => [`t${i}`, `%${t}%`]));
      const out: unknown[] = [];
      for (const [table, col] of [
        ['meeting', 'title'],
        ['agenda_item', 'title'],
        ['attachment', 'original_name'],
      ] as const) {
        out.push(
          ...db.prepare(`SELECT id FROM ${table} WHERE ${where(col)} ORDER BY id DESC LIMIT 31`).all(params),
        );
      }
      return out;
    };
    let hits = 0;
    const search = await time(RUNS, async (i, timed) => {
      const r = await dispatch(ctx, 'search.query', { text: SEARCHES[i % SEARCHES.length] ?? '', limit: 30 });
      if (r.ok && timed) hits += (r.value as { hits: unknown[] }).hits.length;
    });
    const buildStart = Date.now();
    buildSingleSearchIndex(db);
    console.log(
      `(single FTS5 index of migration 0003 rebuilt for the baseline in ${Date.now() - buildStart} ms)`,
    );
    const singleBase = await time(RUNS, (i) =>
      singleIndexSearch(db, SEARCHES[i % SEARCHES.length] ?? '', 30),
    );
    const searchBase = await time(SEARCHES.length * 2, (i) =>
      likeSearch(SEARCHES[i % SEARCHES.length] ?? ''),
    );
    report('search.query (FTS5, dispatch)', search, singleBase, 'one FTS5 index');
    report('search.query (FTS5, dispatch)', search, searchBase, 'LIKE scan');
    console.log(`search: ${(hits / RUNS).toFixed(1)} hits per query on average (30 per kind at most)`);
    for (const q of SEARCHES.slice(0, 4)) {
      const r = await dispatch(ctx, 'search.query', { text: q, limit: 30 });
      if (r.ok) {
        const v = r.value as { hits: Array<{ kind: string }>; hasMore: Record<string, boolean> };
        console.log(`  "${q}": ${v.hits.length} hits, more: ${JSON.stringify(v.hasMore)}`);
      }
    }
    const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
    // Wall-clock p95 counts the time the process waited for a core; on a shared machine say how shared.
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores (wall-clock p95 includes waiting for a core)`,
    );
    console.log(
      `targets: first dashboard < 300 ms ${met(fast.totalMs < 300)}; search p95 < 10 ms ${met(search.p95 < 10)}; ` +
        `dashboard p95 < 30 ms ${met(dashboard.p95 < 30)} (aim < 10 ms: ${met(dashboard.p95 < 10)})`,
    );
    closeAppContext(ctx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
