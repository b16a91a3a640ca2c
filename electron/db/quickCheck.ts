import BetterSqlite3 from 'better-sqlite3';

export interface QuickCheckResult {
  ok: boolean;
  /** What SQLite reported, first lines only ('ok' when healthy). */
  findings: string[];
  ms: number;
}

/**
 * `PRAGMA quick_check` on a database file through its own read-only connection (WAL lets it read while
 * the app writes). Run in the guarded worker: it reads every page, seconds on ten years of data.
 */
export function quickCheckFile(path: string): QuickCheckResult {
  const started = performance.now();
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const rows = db.pragma('quick_check(20)') as Array<{ quick_check: string }>;
    const findings = rows.map((r) => r.quick_check);
    return { ok: findings.length === 1 && findings[0] === 'ok', findings, ms: performance.now() - started };
  } finally {
    db.close();
  }
}
