import type { Database } from 'better-sqlite3';
import type { CoordinationAnswer } from '../../../shared/contract/coordination';

export interface CoordinationRecord {
  id: number;
  itemId: number;
  agency: string;
  person: string;
  askedOn: string;
  dueOn: string;
  answer: CoordinationAnswer | null;
  answerText: string;
  answeredOn: string | null;
  file: { sha256: string; name: string; size: number; mime: string } | null;
  createdAt: string;
  updatedAt: string;
}

interface CoordinationRow {
  id: number;
  agenda_item_id: number;
  agency: string;
  person: string;
  asked_on: string;
  due_on: string;
  answer: string | null;
  answer_text: string;
  answered_on: string | null;
  blob_sha256: string | null;
  blob_name: string | null;
  size: number | null;
  mime: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT c.id, c.agenda_item_id, c.agency, c.person, c.asked_on, c.due_on, c.answer, c.answer_text,
  c.answered_on, c.blob_sha256, c.blob_name, b.size, b.mime, c.created_at, c.updated_at
  FROM coordination_request c LEFT JOIN blob b ON b.sha256 = c.blob_sha256`;

export interface RequestFields {
  agency: string;
  person: string;
  askedOn: string;
  dueOn: string;
}

export function insertRequest(db: Database, itemId: number, f: RequestFields, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO coordination_request (agenda_item_id, agency, person, asked_on, due_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(itemId, f.agency, f.person, f.askedOn, f.dueOn, at, at);
  return Number(info.lastInsertRowid);
}

export function updateRequest(db: Database, id: number, f: RequestFields, at: string): void {
  db.prepare(
    'UPDATE coordination_request SET agency = ?, person = ?, asked_on = ?, due_on = ?, updated_at = ? WHERE id = ?',
  ).run(f.agency, f.person, f.askedOn, f.dueOn, at, id);
}

export function setAnswer(
  db: Database,
  id: number,
  answer: {
    answer: CoordinationAnswer;
    answerText: string;
    answeredOn: string;
    file: { sha256: string; name: string } | null;
  },
  at: string,
): void {
  db.prepare(
    `UPDATE coordination_request SET answer = @answer, answer_text = @answerText, answered_on = @answeredOn,
       blob_sha256 = @sha256, blob_name = @name, updated_at = @at WHERE id = @id`,
  ).run({
    id,
    at,
    answer: answer.answer,
    answerText: answer.answerText,
    answeredOn: answer.answeredOn,
    sha256: answer.file?.sha256 ?? null,
    name: answer.file?.name ?? null,
  });
}

export function clearAnswer(db: Database, id: number, at: string): void {
  db.prepare(
    `UPDATE coordination_request SET answer = NULL, answer_text = '', answered_on = NULL, blob_sha256 = NULL,
       blob_name = NULL, updated_at = ? WHERE id = ?`,
  ).run(at, id);
}

export function deleteRequest(db: Database, id: number): void {
  db.prepare('DELETE FROM coordination_request WHERE id = ?').run(id);
}

export function getRequest(db: Database, id: number): CoordinationRecord | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CoordinationRow | undefined;
  return row ? toRecord(row) : null;
}

export function listRequests(db: Database, itemId: number): CoordinationRecord[] {
  const rows = db
    .prepare(`${SELECT} WHERE c.agenda_item_id = ? ORDER BY c.due_on, c.id`)
    .all(itemId) as CoordinationRow[];
  return rows.map(toRecord);
}

function toRecord(row: CoordinationRow): CoordinationRecord {
  return {
    id: row.id,
    itemId: row.agenda_item_id,
    agency: row.agency,
    person: row.person,
    askedOn: row.asked_on,
    dueOn: row.due_on,
    answer: row.answer as CoordinationAnswer | null,
    answerText: row.answer_text,
    answeredOn: row.answered_on,
    file:
      row.blob_sha256 !== null && row.blob_name !== null
        ? { sha256: row.blob_sha256, name: row.blob_name, size: row.size ?? 0, mime: row.mime ?? '' }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
