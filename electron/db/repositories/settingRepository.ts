import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statementCache';

/** Reads a JSON setting; the caller validates its shape (settings outlive the code that wrote them). */
export function readSetting(db: Database, key: string): unknown {
  const row = cachedStatement(db, 'SELECT value FROM setting WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

export function writeSetting(db: Database, key: string, value: unknown, at: string): void {
  db.prepare(
    `INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at);
}
