import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { SEARCH_KINDS, type SearchKind } from '../../../electron/db/repositories/dossierQueries';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { foldVietnamese, ftsMatchExpression } from '../../../shared/dossiers/searchText';
import { aContext, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/**
 * The search as it was before migration 0010, rebuilt beside the new tables: migration 0003's one FTS5
 * table (prefix indexes for 2 and 3 letters only, rowid = kind × 2^40 + id) and its query per kind.
 */
const OLD_BASE: Record<SearchKind, number> = { meeting: 2 ** 40, item: 2 * 2 ** 40, attachment: 3 * 2 ** 40 };
const OLD_SOURCES = [
  ['meeting', 'meeting', 'title'],
  ['item', 'agenda_item', 'title'],
  ['attachment', 'attachment', 'original_name'],
] as const;

function buildOldIndex(db: Database): void {
  db.exec(`CREATE VIRTUAL TABLE old_search_index USING fts5 (
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
  for (const [kind, table, column] of OLD_SOURCES) {
    db.exec(`INSERT INTO old_search_index (rowid, body)
      SELECT ${OLD_BASE[kind]} + id, replace(replace(${column}, 'đ', 'd'), 'Đ', 'D') FROM ${table}`);
  }
}

function oldSearch(db: Database, text: string, limit: number): { hits: string[]; hasMore: boolean[] } {
  const match = ftsMatchExpression(text);
  if (!match) return { hits: [], hasMore: [false, false, false] };
  const stmt = db.prepare(`SELECT rowid - @base AS id FROM old_search_index
    WHERE old_search_index MATCH @match AND rowid > @base AND rowid < @base + 1099511627776
    ORDER BY rowid DESC LIMIT @limit`);
  const hits: string[] = [];
  const hasMore: boolean[] = [];
  for (const kind of SEARCH_KINDS) {
    const ids = (stmt.all({ base: OLD_BASE[kind], match, limit: limit + 1 }) as Array<{ id: number }>).map(
      (r) => r.id,
    );
    hasMore.push(ids.length > limit);
    hits.push(...ids.slice(0, limit).map((id) => `${kind}:${id}`));
  }
  return { hits, hasMore };
}

describe('the per-kind search tables (migration 0010) find exactly what the single index found', () => {
  it('returns the same hits, in the same order, for diacritic-less words, prefixes and several words on the sample data', async () => {
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25', scale: 2, seed: 3 });
    const ctx = aContext(dir);
    const db = ctx.db!;
    buildOldIndex(db);

    const texts = db
      .prepare(
        `SELECT title AS t FROM meeting UNION ALL SELECT title FROM agenda_item
         UNION ALL SELECT original_name FROM attachment`,
      )
      .all() as Array<{ t: string }>;
    const words = [...new Set(texts.flatMap((r) => foldVietnamese(r.t).split(/[^\p{L}\p{N}]+/u)))]
      .filter((w) => w.length > 0)
      .sort();
    const queries = [
      'to trinh',
      'TỜ TRÌNH',
      'quyet dinh ban hanh',
      'dat dai',
      'giá đất',
      'thuy loi',
      'phu luc 3',
      'nong thon m',
      'ke hoach',
      'Bảng giá',
      'tai nguyen nuoc',
      'to trinh duong',
      'k',
      'đ',
      '2',
      'nghi quyet q',
      'de an phat trien',
      // Every word of the sample, whole and as each unfinished prefix (1 to 9 letters, past the prefix
      // indexes' 7), alone and after "to".
      ...words.flatMap((w) => [
        w,
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].filter((n) => n < w.length).map((n) => w.slice(0, n)),
      ]),
      ...words.map((w) => `to ${w}`),
    ];
    expect(words.length).toBeGreaterThan(100);

    let compared = 0;
    let withHits = 0;
    for (const text of queries) {
      for (const limit of [3, 30]) {
        const now = await invoke(ctx, 'search.query', { text, limit });
        const before = oldSearch(db, text, limit);
        expect({ text, limit, hits: now.hits.map((h) => `${h.kind}:${h.id}`) }).toEqual({
          text,
          limit,
          hits: before.hits,
        });
        expect([now.hasMore.meeting, now.hasMore.item, now.hasMore.attachment]).toEqual(before.hasMore);
        compared++;
        if (before.hits.length > 0) withHits++;
      }
    }
    // The comparison is not vacuous: most queries find something.
    expect(withHits).toBeGreaterThan(compared / 2);
    closeAppContext(ctx);
  });
});
