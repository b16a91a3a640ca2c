import type { Migration } from './migration';

/**
 * Ten years of data, fast (issue 16): search and the dashboard read only what they show.
 *
 * Search: migration 0003's one `search_index` kept the three kinds apart by rowid range (kind × 2^40 + id).
 * On ten years of data each query paid for the other kinds: FTS5 walks a term's doclist across the whole
 * table before it reaches the range, and it expands a prefix ("trình"* typed as "trinh") into one merged
 * list of every matching row of every kind, three times per keystroke (26 ms p95). Now each kind has its
 * own FTS5 table (rowid = the row's id, read newest first), and prefix indexes for 1 to 7 letters (every
 * Vietnamese syllable), so an unfinished last word is read like a whole one instead of being expanded.
 * Same tokenizer and the same đ/Đ folding as before, so every query finds exactly what it found.
 *
 * Dashboard: `agenda_item_duty_open` holds the items that still owe a duty (signed documents not yet
 * submitted, or the leaders' opinion not yet sought and not past it), so the dashboard's "open duties
 * only" read skips the history of items long done (45,000 of 50,000 items of ten years have no opinion
 * day recorded but were submitted long ago: the index must say "not past it" too to leave them out). The query must repeat the index's WHERE terms word for word
 * (electron/db/repositories/agendaQueries.ts, ITEMS_WITH_OPEN_DUTY_SQL).
 *
 * Cost, once: re-indexing ten years of titles and names (5,000 meetings, 50,000 items, 200,000 file names)
 * takes about 3 s of CPU at the first start after the upgrade; no 'optimize' step (it would add a quarter
 * for no measurable gain at query time).
 *
 * Written out in full, not imported: a migration must produce the same schema forever.
 */
const KINDS = [
  { table: 'meeting', column: 'title' },
  { table: 'agenda_item', column: 'title' },
  { table: 'attachment', column: 'original_name' },
] as const;

function kindIndex(table: string, column: string): string {
  const folded = (ref: string) => `replace(replace(${ref}, 'đ', 'd'), 'Đ', 'D')`;
  return `
      DROP TRIGGER ${table}_search_insert;
      DROP TRIGGER ${table}_search_update;
      DROP TRIGGER ${table}_search_delete;
      CREATE VIRTUAL TABLE ${table}_search USING fts5 (
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4 5 6 7'
      );
      INSERT INTO ${table}_search (rowid, body) SELECT id, ${folded(column)} FROM ${table};
      CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO ${table}_search (rowid, body) VALUES (new.id, ${folded(`new.${column}`)});
      END;
      CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${column} ON ${table} BEGIN
        UPDATE ${table}_search SET body = ${folded(`new.${column}`)} WHERE rowid = new.id;
      END;
      CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
        DELETE FROM ${table}_search WHERE rowid = old.id;
      END;`;
}

export const migration0010: Migration = {
  version: 10,
  name: 'search index per kind with prefix indexes, index of items that still owe a duty',
  up(db) {
    db.exec(`
      ${KINDS.map((k) => kindIndex(k.table, k.column)).join('\n')}
      DROP TABLE search_index;

      CREATE INDEX agenda_item_duty_open ON agenda_item (meeting_id, position)
        WHERE status NOT IN ('withdrawn','struck')
          AND (submitted_on IS NULL OR (opinion_sought_on IS NULL AND status NOT IN ('awaiting-signature','signed','submitted')));
    `);
  },
};
