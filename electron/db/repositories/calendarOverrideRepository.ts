import type { Database } from 'better-sqlite3';
import type { AgencyOverride } from '../../../shared/calendar/workingCalendar';

interface OverrideRow {
  date: string;
  working: number;
  name: string;
  source: string;
}

export function listOverrides(db: Database): AgencyOverride[] {
  const rows = db
    .prepare('SELECT date, working, name, source FROM calendar_override ORDER BY date')
    .all() as OverrideRow[];
  return rows.map((r) => ({ date: r.date, working: r.working === 1, name: r.name, source: r.source }));
}

/** One override per date: saving a date again replaces what the agency said of it before. */
export function upsertOverride(db: Database, o: AgencyOverride, at: string): void {
  db.prepare(
    `INSERT INTO calendar_override (date, working, name, source, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (date) DO UPDATE SET working = excluded.working, name = excluded.name, source = excluded.source`,
  ).run(o.date, o.working ? 1 : 0, o.name, o.source, at);
}

export function deleteOverride(db: Database, date: string): boolean {
  return db.prepare('DELETE FROM calendar_override WHERE date = ?').run(date).changes > 0;
}
