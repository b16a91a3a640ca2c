import type { Database } from 'better-sqlite3';
import { SEARCH_TABLE } from './dossierQueries';

/** What each kind's search table holds (migration 0010's triggers keep it in step): one text column. */
const SEARCH_SOURCES = [
  { table: 'meeting', column: 'title', index: SEARCH_TABLE.meeting },
  { table: 'agenda_item', column: 'title', index: SEARCH_TABLE.item },
  { table: 'attachment', column: 'original_name', index: SEARCH_TABLE.attachment },
] as const;

/** The indexed form of a text column: đ/Đ mapped as the triggers do (shared/dossiers/searchText). */
function folded(column: string): string {
  return `replace(replace(${column}, 'đ', 'd'), 'Đ', 'D')`;
}

export function countSearchRows(db: Database): number {
  let n = 0;
  for (const s of SEARCH_SOURCES) {
    n += (db.prepare(`SELECT count(*) AS n FROM ${s.index}`).get() as { n: number }).n;
  }
  return n;
}

/** What differs between the search index and the titles and names it should hold (empty when in step). */
export function searchIndexProblems(db: Database): string[] {
  const problems: string[] = [];
  let expected = 0;
  for (const s of SEARCH_SOURCES) {
    const row = db
      .prepare(
        `SELECT count(*) AS total,
           sum(x.body IS NULL OR x.body <> ${folded(`t.${s.column}`)}) AS bad
         FROM ${s.table} t LEFT JOIN ${s.index} x ON x.rowid = t.id`,
      )
      .get() as { total: number; bad: number | null };
    expected += row.total;
    if (row.bad) problems.push(`${s.table}: ${row.bad}`);
  }
  const actual = countSearchRows(db);
  if (actual !== expected) problems.push(`${actual} / ${expected}`);
  problems.push(...opinionSearchProblems(db));
  for (const s of SEARCH_SOURCES) {
    try {
      db.prepare(`INSERT INTO ${s.index} (${s.index}, rank) VALUES ('integrity-check', 0)`).run();
    } catch (error) {
      problems.push(`${s.index}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** Refills the index from the tables, in one transaction. */
export function rebuildSearchIndex(db: Database): void {
  db.transaction(() => {
    for (const s of SEARCH_SOURCES) {
      db.prepare(`DELETE FROM ${s.index}`).run();
      db.prepare(`INSERT INTO ${s.index} (rowid, body) SELECT id, ${folded(s.column)} FROM ${s.table}`).run();
    }
    db.prepare('DELETE FROM opinion_request_search').run();
    db.prepare(
      `INSERT INTO opinion_request_search (rowid, body) SELECT id, ${OPINION_BODY} FROM opinion_request`,
    ).run();
  })();
}

/**
 * The register of opinion requests has its own index (migration 0008): sender, numbers, subject and
 * assignee in one column, folded as its triggers fold them.
 */
const OPINION_BODY = folded(
  "requester || ' ' || their_number || ' ' || subject || ' ' || assignee || ' ' || answer_number",
);

function opinionSearchProblems(db: Database): string[] {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM opinion_request) AS total,
         (SELECT count(*) FROM opinion_request_search) AS indexed,
         (SELECT count(*) FROM opinion_request o LEFT JOIN opinion_request_search x ON x.rowid = o.id
           WHERE x.body IS NULL OR x.body <> ${folded("o.requester || ' ' || o.their_number || ' ' || o.subject || ' ' || o.assignee || ' ' || o.answer_number")}) AS bad`,
    )
    .get() as { total: number; indexed: number; bad: number };
  const problems: string[] = [];
  if (row.bad > 0) problems.push(`opinion_request: ${row.bad}`);
  if (row.indexed !== row.total) problems.push(`opinion_request_search ${row.indexed} / ${row.total}`);
  return problems;
}
