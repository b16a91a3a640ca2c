import type { Database } from 'better-sqlite3';

/** Khó khăn, vướng mắc and kiến nghị, đề xuất of one month's report: the only parts a person writes. */
export interface MonthlyReportNote {
  difficulties: string;
  recommendations: string;
}

export function readNote(db: Database, month: string): MonthlyReportNote {
  const row = db
    .prepare('SELECT difficulties, recommendations FROM monthly_report_note WHERE month = ?')
    .get(month) as MonthlyReportNote | undefined;
  return row ?? { difficulties: '', recommendations: '' };
}

export function writeNote(db: Database, month: string, note: MonthlyReportNote, at: string): void {
  db.prepare(
    `INSERT INTO monthly_report_note (month, difficulties, recommendations, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (month) DO UPDATE SET difficulties = excluded.difficulties,
       recommendations = excluded.recommendations, updated_at = excluded.updated_at`,
  ).run(month, note.difficulties, note.recommendations, at);
}
