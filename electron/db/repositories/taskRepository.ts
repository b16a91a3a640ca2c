import type { Database } from 'better-sqlite3';
import type { Task, TaskStatus } from '../../../shared/tasks/types';
import { cachedStatement } from './statementCache';

/** A task row; `toDomainTask` gives the shared core's view for `taskOutcome`. */
export interface TaskRecord {
  id: number;
  sourceDocument: string;
  content: string;
  deadline: string;
  leader: string;
  status: TaskStatus;
  completedOn: string | null;
  report: { submittedOn: string; reason: string; reasonLegitimate: boolean | null } | null;
  quality: 'adequate' | 'insufficient' | null;
  assessmentNote: string;
  /** Gia hạn: an extension granted moved `deadline`; the first deadline and the report stay here. */
  extension: {
    originalDeadline: string;
    grantedOn: string;
    reportOn: string | null;
    reason: string;
  } | null;
  createdAt: string;
  updatedAt: string;
}

export interface TaskFields {
  sourceDocument: string;
  content: string;
  deadline: string;
  leader: string;
}

interface TaskRow {
  id: number;
  source_document: string;
  content: string;
  deadline: string;
  leader: string;
  status: string;
  completed_on: string | null;
  report_submitted_on: string | null;
  report_reason: string | null;
  report_reason_legitimate: number | null;
  quality: string | null;
  assessment_note: string;
  original_deadline: string | null;
  extension_granted_on: string | null;
  extension_report_on: string | null;
  extension_reason: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, source_document, content, deadline, leader, status, completed_on, report_submitted_on,
  report_reason, report_reason_legitimate, quality, assessment_note, original_deadline, extension_granted_on,
  extension_report_on, extension_reason, created_at, updated_at`;

export const LIST_TASKS_SQL = `SELECT ${COLUMNS} FROM task
  WHERE (@fromDate IS NULL OR deadline >= @fromDate) AND (@toDate IS NULL OR deadline <= @toDate)
  ORDER BY deadline, id`;

export function listTasks(
  db: Database,
  range: { fromDate: string | null; toDate: string | null },
): TaskRecord[] {
  return (cachedStatement(db, LIST_TASKS_SQL).all(range) as TaskRow[]).map(toRecord);
}

export function getTask(db: Database, id: number): TaskRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM task WHERE id = ?`).get(id) as TaskRow | undefined;
  return row ? toRecord(row) : null;
}

export function insertTask(db: Database, fields: TaskFields, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO task (source_document, content, deadline, leader, created_at, updated_at)
       VALUES (@sourceDocument, @content, @deadline, @leader, @at, @at)`,
    )
    .run({ ...fields, at });
  return Number(info.lastInsertRowid);
}

/** Fields and status together; reopening a task also drops its quality judgement (the CHECK requires it). */
export function updateTask(
  db: Database,
  id: number,
  fields: TaskFields & { status: TaskStatus; completedOn: string | null },
  at: string,
): boolean {
  const info = db
    .prepare(
      `UPDATE task SET source_document = @sourceDocument, content = @content, deadline = @deadline,
         leader = @leader, status = @status, completed_on = @completedOn,
         quality = CASE WHEN @status = 'completed' THEN quality END, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...fields, id, at });
  return info.changes > 0;
}

/** A new report replaces the old one and its judgement: the judgement was about the old reason. */
export function setReport(db: Database, id: number, submittedOn: string, reason: string, at: string): void {
  db.prepare(
    `UPDATE task SET report_submitted_on = ?, report_reason = ?, report_reason_legitimate = NULL, updated_at = ?
     WHERE id = ?`,
  ).run(submittedOn, reason, at, id);
}

export function setAssessment(
  db: Database,
  id: number,
  reasonLegitimate: boolean | null,
  quality: 'adequate' | 'insufficient' | null,
  note: string,
  at: string,
): void {
  db.prepare(
    `UPDATE task SET report_reason_legitimate = ?, quality = ?, assessment_note = ?, updated_at = ? WHERE id = ?`,
  ).run(reasonLegitimate === null ? null : reasonLegitimate ? 1 : 0, quality, note, at, id);
}

/**
 * Gia hạn: the task's deadline becomes `newDeadline` (so its extension-report date follows from it); the
 * first deadline is kept, and the report that earned the extension moves to the extension record, leaving
 * the report slot free for the new deadline.
 */
export function grantExtension(
  db: Database,
  id: number,
  newDeadline: string,
  grantedOn: string,
  at: string,
): void {
  db.prepare(
    `UPDATE task SET original_deadline = coalesce(original_deadline, deadline), deadline = @newDeadline,
       extension_granted_on = @grantedOn,
       extension_report_on = coalesce(report_submitted_on, extension_report_on),
       extension_reason = coalesce(report_reason, extension_reason),
       report_submitted_on = NULL, report_reason = NULL, report_reason_legitimate = NULL, updated_at = @at
     WHERE id = @id`,
  ).run({ id, newDeadline, grantedOn, at });
}

export function deleteTask(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM task WHERE id = ?').run(id).changes > 0;
}

export function toDomainTask(record: TaskRecord): Task {
  return {
    id: String(record.id),
    sourceDocument: record.sourceDocument,
    content: record.content,
    deadline: record.deadline,
    leader: record.leader,
    status: record.status,
    ...(record.completedOn !== null && { completedOn: record.completedOn }),
    ...(record.report !== null && {
      report: {
        submittedOn: record.report.submittedOn,
        reason: record.report.reason,
        ...(record.report.reasonLegitimate !== null && { reasonLegitimate: record.report.reasonLegitimate }),
      },
    }),
    quality: record.quality,
  };
}

function toRecord(row: TaskRow): TaskRecord {
  return {
    id: row.id,
    sourceDocument: row.source_document,
    content: row.content,
    deadline: row.deadline,
    leader: row.leader,
    status: row.status as TaskStatus,
    completedOn: row.completed_on,
    report:
      row.report_submitted_on !== null && row.report_reason !== null
        ? {
            submittedOn: row.report_submitted_on,
            reason: row.report_reason,
            reasonLegitimate:
              row.report_reason_legitimate === null ? null : row.report_reason_legitimate === 1,
          }
        : null,
    quality: row.quality as TaskRecord['quality'],
    assessmentNote: row.assessment_note,
    extension:
      row.original_deadline !== null && row.extension_granted_on !== null
        ? {
            originalDeadline: row.original_deadline,
            grantedOn: row.extension_granted_on,
            reportOn: row.extension_report_on,
            reason: row.extension_reason,
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
