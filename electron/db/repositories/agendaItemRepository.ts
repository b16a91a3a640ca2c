import type { Database } from 'better-sqlite3';
import type { AgendaItem } from '../../../shared/contract/agendaItems';
import type { ContentKind } from '../../../shared/dossiers/contentKinds';
import type { AgendaItemStatus } from '../../../shared/dossiers/itemStatus';

interface AgendaItemRow {
  id: number;
  meeting_id: number;
  position: number;
  title: string;
  content_kind: string;
  lead_officer: string;
  leader_in_charge: string;
  work_program_item_id: number | null;
  status: string;
  notes: string;
  submitted_on: string | null;
  submitted_time: string | null;
  late_reason: string;
  opinion_sought_on: string | null;
  opinion_sought_how: string;
  created_at: string;
  updated_at: string;
}

export type AgendaItemFields = Pick<
  AgendaItem,
  'title' | 'contentKind' | 'leadOfficer' | 'leaderInCharge' | 'workProgramItemId' | 'notes'
>;

const COLUMNS =
  'id, meeting_id, position, title, content_kind, lead_officer, leader_in_charge, work_program_item_id, status, notes, submitted_on, submitted_time, late_reason, opinion_sought_on, opinion_sought_how, created_at, updated_at';

export function insertAgendaItem(
  db: Database,
  meetingId: number,
  fields: AgendaItemFields,
  at: string,
): number {
  const next = db
    .prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM agenda_item WHERE meeting_id = ?')
    .get(meetingId) as { p: number };
  const info = db
    .prepare(
      `INSERT INTO agenda_item (meeting_id, position, title, content_kind, lead_officer, leader_in_charge,
         work_program_item_id, status, notes, created_at, updated_at)
       VALUES (@meetingId, @position, @title, @contentKind, @leadOfficer, @leaderInCharge,
         @workProgramItemId, 'drafting', @notes, @at, @at)`,
    )
    .run({ ...fields, meetingId, position: next.p, at });
  return Number(info.lastInsertRowid);
}

export function updateAgendaItem(db: Database, id: number, fields: AgendaItemFields, at: string): boolean {
  const info = db
    .prepare(
      `UPDATE agenda_item SET title = @title, content_kind = @contentKind, lead_officer = @leadOfficer,
         leader_in_charge = @leaderInCharge, work_program_item_id = @workProgramItemId, notes = @notes,
         updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...fields, id, at });
  return info.changes > 0;
}

/**
 * Sets the status. Becoming 'submitted' records the day the documents went to the Office (`day`, a civil
 * date) unless one is recorded already; going back to an open status (reopened) clears it.
 */
export function setAgendaItemStatus(
  db: Database,
  id: number,
  status: AgendaItemStatus,
  at: string,
  day: string,
  time: string | null = null,
): void {
  // The day and time are taken together: a recorded submission keeps both, a new one sets both.
  db.prepare(
    `UPDATE agenda_item SET status = @status, updated_at = @at,
       submitted_time = CASE
         WHEN @status = 'submitted' THEN CASE WHEN submitted_on IS NULL THEN @time ELSE submitted_time END
         WHEN @status IN ('withdrawn', 'struck') THEN submitted_time
         ELSE NULL END,
       submitted_on = CASE
         WHEN @status = 'submitted' THEN coalesce(submitted_on, @day)
         WHEN @status IN ('withdrawn', 'struck') THEN submitted_on
         ELSE NULL END
     WHERE id = @id`,
  ).run({ status, at, day, time, id });
}

/** Corrects when the signed documents reached the Office, and why they were late if they were. */
export function setSubmission(
  db: Database,
  id: number,
  fields: { submittedOn: string; submittedTime: string; lateReason: string },
  at: string,
): void {
  db.prepare(
    `UPDATE agenda_item SET submitted_on = @submittedOn, submitted_time = @submittedTime,
       late_reason = @lateReason, updated_at = @at WHERE id = @id`,
  ).run({ ...fields, at, id });
}

/** When and how the Chairman's / Vice-Chairmen's opinion was sought (§4a); null day clears it. */
export function setOpinionSought(
  db: Database,
  id: number,
  fields: { soughtOn: string | null; how: string },
  at: string,
): void {
  db.prepare(
    `UPDATE agenda_item SET opinion_sought_on = @soughtOn, opinion_sought_how = @how, updated_at = @at
     WHERE id = @id`,
  ).run({ ...fields, at, id });
}

export function setAgendaItemPositions(db: Database, orderedIds: readonly number[], at: string): void {
  const stmt = db.prepare('UPDATE agenda_item SET position = ?, updated_at = ? WHERE id = ?');
  orderedIds.forEach((id, i) => {
    stmt.run(i + 1, at, id);
  });
}

export function deleteAgendaItem(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM agenda_item WHERE id = ?').run(id).changes > 0;
}

export function getAgendaItem(db: Database, id: number): AgendaItem | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM agenda_item WHERE id = ?`).get(id) as
    | AgendaItemRow
    | undefined;
  return row ? toAgendaItem(row) : null;
}

export function listAgendaItems(db: Database, meetingId: number): AgendaItem[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM agenda_item WHERE meeting_id = ? ORDER BY position, id`)
    .all(meetingId) as AgendaItemRow[];
  return rows.map(toAgendaItem);
}

/** An item's checklist counts as SQL gives them (the documents still to sign come from the verdicts). */
export interface ChecklistTally {
  total: number;
  required: number;
  done: number;
  missingRequired: number;
  attachments: number;
}

const DONE = `(state = 'signed' OR (state = 'final' AND must_be_signed = 0))`;

/** Checklist counts per item of a meeting (one pass over the meeting's entries). */
export function checklistCountsForMeeting(db: Database, meetingId: number): Map<number, ChecklistTally> {
  const rows = db
    .prepare(
      `SELECT e.agenda_item_id AS itemId, count(*) AS total, sum(e.required) AS required,
         sum(${DONE}) AS done, sum(e.required AND NOT ${DONE}) AS missingRequired,
         sum((SELECT count(*) FROM attachment a WHERE a.checklist_entry_id = e.id)) AS attachments
       FROM agenda_item i JOIN checklist_entry e ON e.agenda_item_id = i.id
       WHERE i.meeting_id = ? GROUP BY e.agenda_item_id`,
    )
    .all(meetingId) as Array<ChecklistTally & { itemId: number }>;
  return new Map(rows.map(({ itemId, ...c }) => [itemId, c]));
}

export interface CoordinationCounts {
  total: number;
  answered: number;
  overdue: number;
  disagree: number;
}

export function coordinationCountsForMeeting(
  db: Database,
  meetingId: number,
  today: string,
): Map<number, CoordinationCounts> {
  const rows = db
    .prepare(
      `SELECT c.agenda_item_id AS itemId, count(*) AS total, sum(c.answer IS NOT NULL) AS answered,
         sum(c.answer IS NULL AND c.due_on < @today) AS overdue, sum(c.answer IS 'disagree') AS disagree
       FROM agenda_item i JOIN coordination_request c ON c.agenda_item_id = i.id
       WHERE i.meeting_id = @meetingId GROUP BY c.agenda_item_id`,
    )
    .all({ meetingId, today }) as Array<CoordinationCounts & { itemId: number }>;
  return new Map(rows.map(({ itemId, ...c }) => [itemId, c]));
}

function toAgendaItem(row: AgendaItemRow): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    title: row.title,
    contentKind: row.content_kind as ContentKind,
    leadOfficer: row.lead_officer,
    leaderInCharge: row.leader_in_charge,
    workProgramItemId: row.work_program_item_id,
    status: row.status as AgendaItemStatus,
    notes: row.notes,
    submittedOn: row.submitted_on,
    submittedTime: row.submitted_time,
    lateReason: row.late_reason,
    opinionSoughtOn: row.opinion_sought_on,
    opinionSoughtHow: row.opinion_sought_how,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface SubmissionDayRow {
  kind: string;
  date: string;
  submittedOn: string | null;
  submittedTime: string | null;
  lateReason: string;
}

/**
 * For the scorecard: every item of a meeting in [from, to] (cancelled meetings and withdrawn items left
 * out) with the day its documents went to the Office, or null when they have not gone.
 */
export function listSubmissionDays(db: Database, from: string, to: string): SubmissionDayRow[] {
  return db
    .prepare(
      `SELECT m.kind, m.date, a.submitted_on AS submittedOn, a.submitted_time AS submittedTime,
         a.late_reason AS lateReason
       FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
       WHERE m.date BETWEEN ? AND ? AND m.status <> 'cancelled' AND a.status <> 'withdrawn'`,
    )
    .all(from, to) as SubmissionDayRow[];
}
