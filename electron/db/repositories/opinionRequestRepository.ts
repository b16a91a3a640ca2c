import type { Database } from 'better-sqlite3';
import type { OpinionStance, RequesterKind, StoredState } from '../../../shared/opinionRequests/register';
import { cachedStatement } from './statementCache';

/** A row of the register as stored (the service adds the due explanation and today's state). */
export interface OpinionRequestRecord {
  id: number;
  requesterKind: RequesterKind;
  requester: string;
  theirNumber: string;
  theirDate: string | null;
  subject: string;
  received: string;
  due: string;
  dueWorkingDays: number | null;
  assignee: string;
  storedState: StoredState;
  answerNumber: string;
  answeredOn: string | null;
  stance: OpinionStance | null;
  answerSummary: string;
  blobSha256: string | null;
  blobName: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface OpinionRequestFields {
  requesterKind: RequesterKind;
  requester: string;
  theirNumber: string;
  theirDate: string | null;
  subject: string;
  received: string;
  due: string;
  dueWorkingDays: number | null;
  assignee: string;
  notes: string;
}

interface Row {
  id: number;
  requester_kind: RequesterKind;
  requester: string;
  their_number: string;
  their_date: string | null;
  subject: string;
  received_on: string;
  due_on: string;
  due_working_days: number | null;
  assignee: string;
  state: StoredState;
  answer_number: string;
  answered_on: string | null;
  stance: OpinionStance | null;
  answer_summary: string;
  blob_sha256: string | null;
  blob_name: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `r.id, r.requester_kind, r.requester, r.their_number, r.their_date, r.subject, r.received_on,
  r.due_on, r.due_working_days, r.assignee, r.state, r.answer_number, r.answered_on, r.stance,
  r.answer_summary, r.blob_sha256, r.blob_name, r.notes, r.created_at, r.updated_at`;

export interface RegisterFilter {
  /** An FTS5 MATCH expression (shared/dossiers/searchText), or null for no text filter. */
  match: string | null;
  requesterKind: RequesterKind | null;
  fromDate: string | null;
  toDate: string | null;
}

/**
 * The register by due day. The text filter goes through opinion_request_search (migration 0008), the
 * same folding as the dossier search; the other filters are plain columns.
 */
export function listRequests(db: Database, filter: RegisterFilter): OpinionRequestRecord[] {
  const where = [
    '(@kind IS NULL OR r.requester_kind = @kind)',
    '(@fromDate IS NULL OR r.due_on >= @fromDate)',
    '(@toDate IS NULL OR r.due_on <= @toDate)',
  ];
  if (filter.match !== null) {
    where.push(
      'r.id IN (SELECT rowid FROM opinion_request_search WHERE opinion_request_search MATCH @match)',
    );
  }
  // One of two fixed texts (with or without the text filter): prepared once per connection.
  const rows = cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM opinion_request r WHERE ${where.join(' AND ')} ORDER BY r.due_on, r.id`,
  ).all({
    kind: filter.requesterKind,
    fromDate: filter.fromDate,
    toDate: filter.toDate,
    ...(filter.match !== null ? { match: filter.match } : {}),
  }) as Row[];
  return rows.map(toRecord);
}

/** Open requests due on or before `to` (overdue ones included): the agenda's and dashboard's read. */
export const OPEN_DUE_SQL = `SELECT ${COLUMNS} FROM opinion_request r
  WHERE r.state <> 'answered' AND r.due_on <= @to ORDER BY r.due_on, r.id`;

export function listOpenDueBy(db: Database, to: string): OpinionRequestRecord[] {
  return (db.prepare(OPEN_DUE_SQL).all({ to }) as Row[]).map(toRecord);
}

export function getRequest(db: Database, id: number): OpinionRequestRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM opinion_request r WHERE r.id = ?`).get(id) as
    | Row
    | undefined;
  return row ? toRecord(row) : null;
}

export function insertRequest(db: Database, fields: OpinionRequestFields, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO opinion_request (requester_kind, requester, their_number, their_date, subject, received_on,
         due_on, due_working_days, assignee, notes, created_at, updated_at)
       VALUES (@requesterKind, @requester, @theirNumber, @theirDate, @subject, @received, @due,
         @dueWorkingDays, @assignee, @notes, @at, @at)`,
    )
    .run({ ...fields, at });
  return Number(info.lastInsertRowid);
}

export function updateRequest(
  db: Database,
  id: number,
  fields: OpinionRequestFields & { storedState: 'received' | 'drafting' | 'answered' },
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE opinion_request SET requester_kind = @requesterKind, requester = @requester,
           their_number = @theirNumber, their_date = @theirDate, subject = @subject, received_on = @received,
           due_on = @due, due_working_days = @dueWorkingDays, assignee = @assignee, notes = @notes,
           state = @storedState, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...fields, id, at }).changes > 0
  );
}

export function setAnswer(
  db: Database,
  id: number,
  answer: {
    number: string;
    answeredOn: string;
    stance: OpinionStance;
    summary: string;
    file: { sha256: string; name: string } | null;
  },
  at: string,
): void {
  db.prepare(
    `UPDATE opinion_request SET state = 'answered', answer_number = @number, answered_on = @answeredOn,
       stance = @stance, answer_summary = @summary,
       blob_sha256 = CASE WHEN @sha IS NULL THEN blob_sha256 ELSE @sha END,
       blob_name = CASE WHEN @sha IS NULL THEN blob_name ELSE @name END, updated_at = @at
     WHERE id = @id`,
  ).run({
    id,
    number: answer.number,
    answeredOn: answer.answeredOn,
    stance: answer.stance,
    summary: answer.summary,
    sha: answer.file?.sha256 ?? null,
    name: answer.file?.name ?? null,
    at,
  });
}

export function clearAnswer(db: Database, id: number, at: string): void {
  db.prepare(
    `UPDATE opinion_request SET state = 'drafting', answered_on = NULL, stance = NULL, updated_at = ? WHERE id = ?`,
  ).run(at, id);
}

export function deleteRequest(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM opinion_request WHERE id = ?').run(id).changes > 0;
}

export function countRequests(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM opinion_request').get() as { n: number }).n;
}

function toRecord(row: Row): OpinionRequestRecord {
  return {
    id: row.id,
    requesterKind: row.requester_kind,
    requester: row.requester,
    theirNumber: row.their_number,
    theirDate: row.their_date,
    subject: row.subject,
    received: row.received_on,
    due: row.due_on,
    dueWorkingDays: row.due_working_days,
    assignee: row.assignee,
    storedState: row.state,
    answerNumber: row.answer_number,
    answeredOn: row.answered_on,
    stance: row.stance,
    answerSummary: row.answer_summary,
    blobSha256: row.blob_sha256,
    blobName: row.blob_name,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
