import type { Database } from 'better-sqlite3';
import type { LinkedAgendaItem } from '../../../shared/contract/workProgram';
import type {
  Milestone,
  ToWhom,
  WorkProgramItem,
  WorkProgramStatus,
} from '../../../shared/workProgram/types';

/** A work_program_item row as the services use it (milestones and links are read separately). */
export interface WorkProgramItemRecord {
  id: number;
  position: number;
  number: string;
  title: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  targetMonth: string;
  toWhom: ToWhom;
  status: WorkProgramStatus;
  submittedOn: string | null;
  promulgatedOn: string | null;
  notes: string;
  lateCause: string;
  remedy: string;
  newSchedule: string | null;
  createdAt: string;
  updatedAt: string;
}

export type WorkProgramItemFields = Pick<
  WorkProgramItemRecord,
  | 'number'
  | 'title'
  | 'leadAgency'
  | 'coordinatingAgencies'
  | 'targetMonth'
  | 'toWhom'
  | 'notes'
  | 'lateCause'
  | 'remedy'
  | 'newSchedule'
>;

export interface MilestoneRecord {
  title: string;
  due: string;
  doneOn: string | null;
}

interface ItemRow {
  id: number;
  position: number;
  number: string;
  title: string;
  lead_agency: string;
  coordinating_agencies: string;
  target_month: string;
  to_whom: string;
  status: string;
  submitted_on: string | null;
  promulgated_on: string | null;
  notes: string;
  late_cause: string;
  remedy: string;
  new_schedule: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, position, number, title, lead_agency, coordinating_agencies, target_month, to_whom, status,
  submitted_on, promulgated_on, notes, late_cause, remedy, new_schedule, created_at, updated_at`;

export interface ItemFilter {
  fromMonth: string | null;
  toMonth: string | null;
}

/** SQL of the list query, exported so the EXPLAIN QUERY PLAN test checks the one the app runs. */
export const LIST_ITEMS_SQL = `SELECT ${COLUMNS} FROM work_program_item
  WHERE (@fromMonth IS NULL OR target_month >= @fromMonth) AND (@toMonth IS NULL OR target_month <= @toMonth)
  ORDER BY position, id`;

export const ITEMS_IN_MONTHS_SQL = `SELECT ${COLUMNS} FROM work_program_item
  WHERE target_month BETWEEN @fromMonth AND @toMonth ORDER BY target_month, position`;

export function listItems(db: Database, filter: ItemFilter): WorkProgramItemRecord[] {
  return (db.prepare(LIST_ITEMS_SQL).all(filter) as ItemRow[]).map(toRecord);
}

/** Items due up to `toMonth` (inclusive), for evaluations that need carried-over late items too. */
export function listItemsUpTo(db: Database, toMonth: string): WorkProgramItemRecord[] {
  return listItems(db, { fromMonth: null, toMonth });
}

export function getItem(db: Database, id: number): WorkProgramItemRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM work_program_item WHERE id = ?`).get(id) as
    | ItemRow
    | undefined;
  return row ? toRecord(row) : null;
}

export function insertItem(
  db: Database,
  fields: WorkProgramItemFields & { status: WorkProgramStatus },
  at: string,
): number {
  const next = db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM work_program_item').get() as {
    p: number;
  };
  const info = db
    .prepare(
      `INSERT INTO work_program_item (position, number, title, lead_agency, coordinating_agencies, target_month,
         to_whom, status, notes, late_cause, remedy, new_schedule, created_at, updated_at)
       VALUES (@position, @number, @title, @leadAgency, @coordinatingAgencies, @targetMonth, @toWhom, @status,
         @notes, @lateCause, @remedy, @newSchedule, @at, @at)`,
    )
    .run({
      ...fields,
      coordinatingAgencies: JSON.stringify(fields.coordinatingAgencies),
      position: next.p,
      at,
    });
  return Number(info.lastInsertRowid);
}

export function updateItem(db: Database, id: number, fields: WorkProgramItemFields, at: string): boolean {
  const info = db
    .prepare(
      `UPDATE work_program_item SET number = @number, title = @title, lead_agency = @leadAgency,
         coordinating_agencies = @coordinatingAgencies, target_month = @targetMonth, to_whom = @toWhom,
         notes = @notes, late_cause = @lateCause, remedy = @remedy, new_schedule = @newSchedule, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...fields, coordinatingAgencies: JSON.stringify(fields.coordinatingAgencies), id, at });
  return info.changes > 0;
}

export function setItemStatus(
  db: Database,
  id: number,
  status: WorkProgramStatus,
  submittedOn: string | null,
  promulgatedOn: string | null,
  at: string,
): void {
  db.prepare(
    `UPDATE work_program_item SET status = ?, submitted_on = ?, promulgated_on = ?, updated_at = ? WHERE id = ?`,
  ).run(status, submittedOn, promulgatedOn, at, id);
}

export function setItemTargetMonth(db: Database, id: number, month: string, at: string): void {
  db.prepare('UPDATE work_program_item SET target_month = ?, updated_at = ? WHERE id = ?').run(month, at, id);
}

export function setItemTitle(db: Database, id: number, title: string, at: string): void {
  db.prepare('UPDATE work_program_item SET title = ?, updated_at = ? WHERE id = ?').run(title, at, id);
}

/** Deletes the item and clears the agenda items' links to it (no foreign key does that). */
export function deleteItem(db: Database, id: number): boolean {
  db.prepare('UPDATE agenda_item SET work_program_item_id = NULL WHERE work_program_item_id = ?').run(id);
  return db.prepare('DELETE FROM work_program_item WHERE id = ?').run(id).changes > 0;
}

export function replaceMilestones(
  db: Database,
  itemId: number,
  milestones: readonly MilestoneRecord[],
): void {
  db.prepare('DELETE FROM work_program_milestone WHERE item_id = ?').run(itemId);
  const insert = db.prepare(
    'INSERT INTO work_program_milestone (item_id, position, title, due, done_on) VALUES (?, ?, ?, ?, ?)',
  );
  milestones.forEach((m, i) => {
    insert.run(itemId, i + 1, m.title, m.due, m.doneOn);
  });
}

/** Milestones of every item, grouped by item id. */
export function milestonesByItem(db: Database): Map<number, MilestoneRecord[]> {
  const rows = db
    .prepare('SELECT item_id, title, due, done_on FROM work_program_milestone ORDER BY item_id, position')
    .all() as Array<{ item_id: number; title: string; due: string; done_on: string | null }>;
  const map = new Map<number, MilestoneRecord[]>();
  for (const r of rows) {
    const list = map.get(r.item_id) ?? [];
    list.push({ title: r.title, due: r.due, doneOn: r.done_on });
    map.set(r.item_id, list);
  }
  return map;
}

export const LINKED_AGENDA_ITEMS_SQL = `SELECT a.id, a.title, a.status, a.work_program_item_id, m.id AS meeting_id,
    m.date AS meeting_date, m.title AS meeting_title
  FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
  WHERE a.work_program_item_id IS NOT NULL ORDER BY m.date, a.position`;

interface LinkedRow {
  id: number;
  title: string;
  status: string;
  work_program_item_id: number;
  meeting_id: number;
  meeting_date: string;
  meeting_title: string;
}

function toLinked(r: Omit<LinkedRow, 'work_program_item_id'>): LinkedAgendaItem {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date,
    meetingTitle: r.meeting_title,
  };
}

/** Agenda items linked to program items, grouped by program item id. */
export function linkedAgendaItems(db: Database): Map<number, LinkedAgendaItem[]> {
  const map = new Map<number, LinkedAgendaItem[]>();
  for (const r of db.prepare(LINKED_AGENDA_ITEMS_SQL).all() as LinkedRow[]) {
    const list = map.get(r.work_program_item_id) ?? [];
    list.push(toLinked(r));
    map.set(r.work_program_item_id, list);
  }
  return map;
}

/** Agenda items that could fulfil a program item: the latest meetings first, at most `limit`. */
export function recentAgendaItems(db: Database, limit: number): LinkedAgendaItem[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.status, m.id AS meeting_id, m.date AS meeting_date, m.title AS meeting_title
       FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
       ORDER BY m.date DESC, a.position LIMIT ?`,
    )
    .all(limit) as Array<Omit<LinkedRow, 'work_program_item_id'>>;
  return rows.map(toLinked);
}

export function agendaItemExists(db: Database, id: number): boolean {
  return db.prepare('SELECT 1 FROM agenda_item WHERE id = ?').get(id) !== undefined;
}

export function setAgendaItemLink(
  db: Database,
  agendaItemId: number,
  itemId: number | null,
  at: string,
): void {
  db.prepare('UPDATE agenda_item SET work_program_item_id = ?, updated_at = ? WHERE id = ?').run(
    itemId,
    at,
    agendaItemId,
  );
}

/** Pending adjustment requests per item id. */
export function pendingAdjustmentCounts(db: Database): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT e.item_id AS item_id, count(*) AS n FROM adjustment_entry e
       JOIN adjustment_request r ON r.id = e.request_id
       WHERE e.item_id IS NOT NULL AND r.outcome = 'pending' GROUP BY e.item_id`,
    )
    .all() as Array<{ item_id: number; n: number }>;
  return new Map(rows.map((r) => [r.item_id, r.n]));
}

function toRecord(row: ItemRow): WorkProgramItemRecord {
  return {
    id: row.id,
    position: row.position,
    number: row.number,
    title: row.title,
    leadAgency: row.lead_agency,
    coordinatingAgencies: JSON.parse(row.coordinating_agencies) as string[],
    targetMonth: row.target_month,
    toWhom: row.to_whom as ToWhom,
    status: row.status as WorkProgramStatus,
    submittedOn: row.submitted_on,
    promulgatedOn: row.promulgated_on,
    notes: row.notes,
    lateCause: row.late_cause,
    remedy: row.remedy,
    newSchedule: row.new_schedule,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The shared core's view of a record (string ids, optional dates), for evaluateMonth and the reports. */
export function toDomainItem(
  record: WorkProgramItemRecord,
  milestones: readonly Milestone[] = [],
): WorkProgramItem {
  return {
    id: String(record.id),
    number: record.number,
    title: record.title,
    leadAgency: record.leadAgency,
    coordinatingAgencies: record.coordinatingAgencies,
    targetMonth: record.targetMonth,
    toWhom: record.toWhom,
    status: record.status,
    ...(record.submittedOn !== null && { submittedOn: record.submittedOn }),
    ...(record.promulgatedOn !== null && { promulgatedOn: record.promulgatedOn }),
    milestones: [...milestones],
    notes: record.notes,
    ...(record.lateCause !== '' && { lateCause: record.lateCause }),
    ...(record.remedy !== '' && { remedy: record.remedy }),
    ...(record.newSchedule !== null && { newSchedule: record.newSchedule }),
  };
}
