import { createHash } from 'node:crypto';
import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * A digest of everything a database holds (every table's rows, the schema, user_version), to prove that
 * a refused operation wrote nothing. Rows are sorted so the digest does not depend on scan order.
 */
export function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  hash.update(`v${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const table of tables) {
    hash.update(`${table.sql}\n`);
    const rows = db
      .prepare(`SELECT * FROM "${table.name.replaceAll('"', '""')}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    for (const row of rows) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

/** Opens a file read-only, runs the full integrity check and returns its findings ('ok' when healthy). */
export function integrityOf(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export function fingerprintOfFile(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}
