/**
 * Dossier workspace at ten years' scale (issue 4): 5,000 meetings, 50,000 agenda items, 500,000 checklist
 * entries, 200,000 attachment records, seeded by the sample-data generator (`--scale 500`).
 * Reports seeding time, the time from opening the data folder to the first dashboard result, and
 * dashboard and search p50/p95 through dispatch, each against a baseline measured in the same run:
 * the dashboard with the same SQL forced off every index (NOT INDEXED), search as a LIKE scan over the
 * diacritics-folded titles and names. Targets: dashboard and search p95 < 30 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeAppContext, createAppContext } from '../../electron/app/createAppContext';
import { dispatch } from '../../electron/app/dispatch';
import {
  buildDashboard,
  DASHBOARD_SQL,
  type DashboardSql,
} from '../../electron/app/services/dashboardService';
import { deadlineContext } from '../../electron/app/services/dossierDeadlines';
import { generateDemo } from '../../electron/demo/generateDemo';
import { foldVietnamese, searchTokens } from '../../shared/dossiers/searchText';

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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function time(
  runs: number,
  fn: (i: number) => unknown,
): Promise<{ p50: number; p95: number; mean: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / runs,
  };
}

const fmt = (n: number) => n.toFixed(2).padStart(9);
function report(name: string, fast: { p50: number; p95: number }, base?: { p50: number; p95: number }) {
  const ratio = base
    ? `   baseline p50 ${fmt(base.p50)} ms  p95 ${fmt(base.p95)} ms   speed-up p95 ×${(base.p95 / fast.p95).toFixed(1)}`
    : '';
  console.log(`${name.padEnd(30)} p50 ${fmt(fast.p50)} ms  p95 ${fmt(fast.p95)} ms${ratio}`);
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
    const openStart = process.hrtime.bigint();
    const ctx = createAppContext({ dataDir: dir, transport: 'browser', now });
    const openedMs = Number(process.hrtime.bigint() - openStart) / 1e6;
    const first = await dispatch(ctx, 'dashboard.get', {});
    const openMs = Number(process.hrtime.bigint() - openStart) / 1e6;
    if (!first.ok) throw new Error(`dashboard failed: ${first.error.en}`);
    console.log(
      `open data folder → first dashboard result: ${openMs.toFixed(1)} ms (opening the database incl. ` +
        `quick_check: ${openedMs.toFixed(1)} ms; first dashboard, cold: ${(openMs - openedMs).toFixed(1)} ms)`,
    );
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
    const indexedDirect = await time(RUNS, () => buildDashboard(db, dc));
    const baseline = await time(Math.max(5, RUNS / 20), () => buildDashboard(db, dc, notIndexed));
    const value = first.value as { entries: unknown[]; atRisk: unknown[]; meetings: unknown[] };
    console.log(
      `dashboard: ${value.entries.length} entries, ${value.meetings.length} upcoming meetings, ${value.atRisk.length} at risk`,
    );
    report('dashboard.get (dispatch)', dashboard);
    report('dashboard build (service)', indexedDirect, baseline);

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
    const search = await time(RUNS, async (i) => {
      const r = await dispatch(ctx, 'search.query', { text: SEARCHES[i % SEARCHES.length] ?? '', limit: 30 });
      if (r.ok) hits += (r.value as { hits: unknown[] }).hits.length;
    });
    const searchBase = await time(SEARCHES.length * 2, (i) =>
      likeSearch(SEARCHES[i % SEARCHES.length] ?? ''),
    );
    report('search.query (FTS5, dispatch)', search, searchBase);
    console.log(`search: ${(hits / RUNS).toFixed(1)} hits per query on average (30 per kind at most)`);
    for (const q of SEARCHES.slice(0, 4)) {
      const r = await dispatch(ctx, 'search.query', { text: q, limit: 30 });
      if (r.ok) {
        const v = r.value as { hits: Array<{ kind: string }>; hasMore: Record<string, boolean> };
        console.log(`  "${q}": ${v.hits.length} hits, more: ${JSON.stringify(v.hasMore)}`);
      }
    }
    const verdict = dashboard.p95 < 30 && search.p95 < 30 ? 'MET' : 'NOT MET';
    console.log(`targets (dashboard and search p95 < 30 ms): ${verdict}`);
    closeAppContext(ctx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
