import type { Database } from 'better-sqlite3';
import type { AdjustmentRequestView } from '../../../shared/contract/workProgram';
import type { AdjustmentGround, AdjustmentKind } from '../../../shared/workProgram/adjustmentGrounds';
import type { ToWhom } from '../../../shared/workProgram/types';

export interface AdjustmentEntryRecord {
  kind: AdjustmentKind;
  itemId: number | null;
  number: string;
  title: string;
  currentMonth: string | null;
  proposedMonth: string | null;
  toWhom: ToWhom | null;
}

export interface AdjustmentRequestFields {
  number: string;
  symbol: string;
  date: string;
  subject: string;
  ground: AdjustmentGround;
  reason: string;
  necessity: string;
  impact: string;
}

interface RequestRow {
  id: number;
  number: string;
  symbol: string;
  date: string;
  subject: string;
  ground: string;
  reason: string;
  necessity: string;
  impact: string;
  outcome: string;
  outcome_on: string | null;
  outcome_note: string;
  created_at: string;
}

interface EntryRow {
  id: number;
  request_id: number;
  kind: string;
  item_id: number | null;
  number: string;
  title: string;
  current_month: string | null;
  proposed_month: string | null;
  to_whom: string | null;
  created_item_id: number | null;
}

const REQUEST_COLUMNS =
  'id, number, symbol, date, subject, ground, reason, necessity, impact, outcome, outcome_on, outcome_note, created_at';

export const LIST_REQUESTS_SQL = `SELECT ${REQUEST_COLUMNS} FROM adjustment_request ORDER BY date DESC, id DESC`;

export function insertRequest(
  db: Database,
  fields: AdjustmentRequestFields,
  entries: readonly AdjustmentEntryRecord[],
  at: string,
): number {
  const info = db
    .prepare(
      `INSERT INTO adjustment_request (number, symbol, date, subject, ground, reason, necessity, impact, created_at, updated_at)
       VALUES (@number, @symbol, @date, @subject, @ground, @reason, @necessity, @impact, @at, @at)`,
    )
    .run({ ...fields, at });
  const id = Number(info.lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO adjustment_entry (request_id, position, kind, item_id, number, title, current_month, proposed_month,
       to_whom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  entries.forEach((e, i) => {
    insert.run(id, i + 1, e.kind, e.itemId, e.number, e.title, e.currentMonth, e.proposedMonth, e.toWhom);
  });
  return id;
}

export function setOutcome(
  db: Database,
  id: number,
  outcome: 'approved' | 'rejected',
  on: string,
  note: string,
  at: string,
): void {
  db.prepare(
    'UPDATE adjustment_request SET outcome = ?, outcome_on = ?, outcome_note = ?, updated_at = ? WHERE id = ?',
  ).run(outcome, on, note, at, id);
}

export function setEntryCreatedItem(db: Database, requestId: number, position: number, itemId: number): void {
  db.prepare('UPDATE adjustment_entry SET created_item_id = ? WHERE request_id = ? AND position = ?').run(
    itemId,
    requestId,
    position,
  );
}

export function getRequest(db: Database, id: number): AdjustmentRequestView | null {
  const row = db.prepare(`SELECT ${REQUEST_COLUMNS} FROM adjustment_request WHERE id = ?`).get(id) as
    | RequestRow
    | undefined;
  if (!row) return null;
  const entries = db
    .prepare('SELECT * FROM adjustment_entry WHERE request_id = ? ORDER BY position')
    .all(id) as EntryRow[];
  return toView(row, entries);
}

export function listRequests(db: Database): AdjustmentRequestView[] {
  const rows = db.prepare(LIST_REQUESTS_SQL).all() as RequestRow[];
  const entries = db
    .prepare('SELECT * FROM adjustment_entry ORDER BY request_id, position')
    .all() as EntryRow[];
  const byRequest = new Map<number, EntryRow[]>();
  for (const e of entries) {
    const list = byRequest.get(e.request_id) ?? [];
    list.push(e);
    byRequest.set(e.request_id, list);
  }
  return rows.map((r) => toView(r, byRequest.get(r.id) ?? []));
}

function toView(row: RequestRow, entries: readonly EntryRow[]): AdjustmentRequestView {
  return {
    id: row.id,
    number: row.number,
    symbol: row.symbol,
    date: row.date,
    subject: row.subject,
    ground: row.ground as AdjustmentGround,
    reason: row.reason,
    necessity: row.necessity,
    impact: row.impact,
    outcome: row.outcome as AdjustmentRequestView['outcome'],
    outcomeOn: row.outcome_on,
    outcomeNote: row.outcome_note,
    createdAt: row.created_at,
    entries: entries.map((e) => ({
      kind: e.kind as AdjustmentKind,
      itemId: e.item_id,
      number: e.number,
      title: e.title,
      currentMonth: e.current_month,
      proposedMonth: e.proposed_month,
      toWhom: e.to_whom as ToWhom | null,
      createdItemId: e.created_item_id,
    })),
  };
}
