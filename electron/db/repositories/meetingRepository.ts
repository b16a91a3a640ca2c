import type { Database } from 'better-sqlite3';
import type { Meeting, MeetingStatus } from '../../../shared/contract/meetings';
import type { MeetingKind } from '../../../shared/meetings/kinds';

interface MeetingRow {
  id: number;
  kind: string;
  vice_chairman: string | null;
  date: string;
  time: string | null;
  place: string;
  chair: string;
  title: string;
  notes: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export type MeetingFields = Omit<Meeting, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

const COLUMNS =
  'id, kind, vice_chairman, date, time, place, chair, title, notes, status, created_at, updated_at';

export function insertMeeting(db: Database, fields: MeetingFields, at: string): Meeting {
  const info = db
    .prepare(
      `INSERT INTO meeting (kind, vice_chairman, date, time, place, chair, title, notes, status, created_at, updated_at)
       VALUES (@kind, @viceChairman, @date, @time, @place, @chair, @title, @notes, 'scheduled', @at, @at)`,
    )
    .run({ ...fields, at });
  return getMeetingOrThrow(db, Number(info.lastInsertRowid));
}

/** Meetings (not cancelled) of `kind` on `date`, other than `self`. */
export function countSameKindOnDay(db: Database, kind: string, date: string, self: number | null): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM meeting WHERE date = ? AND kind = ? AND status <> 'cancelled' AND id IS NOT ?`,
    )
    .get(date, kind, self) as { n: number };
  return row.n;
}

export function updateMeeting(db: Database, id: number, fields: MeetingFields, at: string): Meeting | null {
  const info = db
    .prepare(
      `UPDATE meeting SET kind = @kind, vice_chairman = @viceChairman, date = @date, time = @time,
         place = @place, chair = @chair, title = @title, notes = @notes, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...fields, id, at });
  return info.changes === 0 ? null : getMeetingOrThrow(db, id);
}

export function setMeetingStatus(
  db: Database,
  id: number,
  status: MeetingStatus,
  at: string,
): Meeting | null {
  const info = db.prepare('UPDATE meeting SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
  return info.changes === 0 ? null : getMeetingOrThrow(db, id);
}

export function getMeeting(db: Database, id: number): Meeting | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM meeting WHERE id = ?`).get(id) as MeetingRow | undefined;
  return row ? toMeeting(row) : null;
}

/**
 * Upcoming meetings first (soonest first), then past ones (most recent first): the order a secretary
 * reads a meeting list in.
 */
export function listMeetings(
  db: Database,
  options: { today: string; includeCancelled: boolean; includePast: boolean },
): Meeting[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM meeting
       WHERE (@includeCancelled OR status <> 'cancelled') AND (@includePast OR date >= @today)
       ORDER BY date < @today, CASE WHEN date >= @today THEN date END ASC,
                CASE WHEN date < @today THEN date END DESC, time ASC, id ASC`,
    )
    .all({
      today: options.today,
      includeCancelled: options.includeCancelled ? 1 : 0,
      includePast: options.includePast ? 1 : 0,
    }) as MeetingRow[];
  return rows.map(toMeeting);
}

function getMeetingOrThrow(db: Database, id: number): Meeting {
  const meeting = getMeeting(db, id);
  if (!meeting) throw new Error(`meeting ${id} vanished inside its own transaction`);
  return meeting;
}

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    kind: row.kind as MeetingKind,
    viceChairman: row.vice_chairman,
    date: row.date,
    time: row.time,
    place: row.place,
    chair: row.chair,
    title: row.title,
    notes: row.notes,
    status: row.status as MeetingStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
