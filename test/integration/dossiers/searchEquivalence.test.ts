import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { foldVietnamese } from '../../../shared/dossiers/searchText';
import { aContext, invoke } from '../../support/appContext';
import { buildSingleSearchIndex, singleIndexSearch } from '../../support/singleSearchIndex';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/**
 * The single index of migration 0003, rebuilt beside the per-kind tables (test/support/singleSearchIndex).
 * The sample generator runs first (10–15 s on a busy machine): hence the longer timeout.
 */
describe('the per-kind search tables (migration 0010) find exactly what the single index found', () => {
  it('returns the same hits, in the same order, for diacritic-less words, prefixes and several words on the sample data', async () => {
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25', scale: 2, seed: 3 });
    const ctx = aContext(dir);
    const db = ctx.db!;
    buildSingleSearchIndex(db);

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
        const before = singleIndexSearch(db, text, limit);
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
  }, 120_000);
});
