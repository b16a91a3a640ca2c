/**
 * The dossier search as it was before migration 0010, rebuilt beside the new tables for comparison (the
 * equivalence test and the dossiers benchmark): migration 0003's one FTS5 table over the three kinds
 * (prefix indexes for 2 and 3 letters only, rowid = kind × 2^40 + id) and its query per kind.
 */
import type { Database } from 'better-sqlite3';
import { SEARCH_KINDS, type SearchKind } from '../../electron/db/repositories/dossierQueries';
import { ftsMatchExpression } from '../../shared/dossiers/searchText';

const BASE: Record<SearchKind, number> = { meeting: 2 ** 40, item: 2 * 2 ** 40, attachment: 3 * 2 ** 40 };
const SOURCES = [
  ['meeting', 'meeting', 'title'],
  ['item', 'agenda_item', 'title'],
  ['attachment', 'attachment', 'original_name'],
] as const;

export function buildSingleSearchIndex(db: Database): void {
  db.exec(`CREATE VIRTUAL TABLE single_search_index USING fts5 (
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
  for (const [kind, table, column] of SOURCES) {
    db.exec(`INSERT INTO single_search_index (rowid, body)
      SELECT ${BASE[kind]} + id, replace(replace(${column}, 'đ', 'd'), 'Đ', 'D') FROM ${table}`);
  }
}

/** Hits as `kind:id`, meetings then items then attachments, newest first, `limit` per kind. */
export function singleIndexSearch(
  db: Database,
  text: string,
  limit: number,
): { hits: string[]; hasMore: boolean[] } {
  const match = ftsMatchExpression(text);
  if (!match) return { hits: [], hasMore: [false, false, false] };
  const stmt = db.prepare(`SELECT rowid - @base AS id FROM single_search_index
    WHERE single_search_index MATCH @match AND rowid > @base AND rowid < @base + 1099511627776
    ORDER BY rowid DESC LIMIT @limit`);
  const hits: string[] = [];
  const hasMore: boolean[] = [];
  for (const kind of SEARCH_KINDS) {
    const ids = (stmt.all({ base: BASE[kind], match, limit: limit + 1 }) as Array<{ id: number }>).map(
      (r) => r.id,
    );
    hasMore.push(ids.length > limit);
    hits.push(...ids.slice(0, limit).map((id) => `${kind}:${id}`));
  }
  return { hits, hasMore };
}
