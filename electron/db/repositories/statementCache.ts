import type { Database, Statement } from 'better-sqlite3';

/**
 * Statements prepared once per connection. The dashboard and search run a dozen reads per call; compiling
 * them each time was a measurable part of their p95 on ten years of data. Keyed by the SQL text, so a
 * caller that builds SQL from user input must not use this (none does: parameters carry the input).
 */
const statements = new WeakMap<Database, Map<string, Statement>>();

export function cachedStatement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
