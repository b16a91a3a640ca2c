/**
 * The reads of the deadline agenda (Lịch hạn): one query per kind of duty, each by date range on an index
 * (meeting_by_date, coordination by due, task_by_deadline, work_program_milestone_by_due).
 */
import type { Database } from 'better-sqlite3';
import type { MeetingRef } from '../../../shared/contract/agendaItems';
import type { AgendaItemStatus } from '../../../shared/dossiers/itemStatus';
import { meetingRefOf } from './dossierQueries';
import { cachedStatement } from './statementCache';

export interface AgendaItemRow {
  id: number;
  title: string;
  status: AgendaItemStatus;
  leadOfficer: string;
  leaderInCharge: string;
  submittedOn: string | null;
  submittedTime: string | null;
  lateReason: string;
  opinionSoughtOn: string | null;
  opinionSoughtHow: string;
  meeting: MeetingRef;
}

interface FlatItem {
  id: number;
  title: string;
  status: string;
  lead_officer: string;
  leader_in_charge: string;
  submitted_on: string | null;
  submitted_time: string | null;
  late_reason: string;
  opinion_sought_on: string | null;
  opinion_sought_how: string;
  m_id: number;
  m_kind: string;
  m_date: string;
  m_time: string | null;
  m_title: string;
  m_status: string;
}

export const ITEMS_OF_MEETINGS_SQL = `SELECT i.id, i.title, i.status, i.lead_officer, i.leader_in_charge,
    i.submitted_on, i.submitted_time, i.late_reason, i.opinion_sought_on, i.opinion_sought_how,
    m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time, m.title AS m_title, m.status AS m_status
  FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
  WHERE m.date BETWEEN @from AND @to AND m.status <> 'cancelled' AND i.status <> 'withdrawn'
  ORDER BY m.date, m.id, i.position`;

/**
 * The dashboard's "open duties only" read: items that still owe the signed documents (not submitted, not
 * struck) or the leaders' opinion (not sought, not past it). The conditions on `i` repeat the WHERE of
 * the partial index agenda_item_duty_open word for word (migration 0010), or SQLite will not use it.
 */
export const ITEMS_WITH_OPEN_DUTY_SQL = `SELECT i.id, i.title, i.status, i.lead_officer, i.leader_in_charge,
    i.submitted_on, i.submitted_time, i.late_reason, i.opinion_sought_on, i.opinion_sought_how,
    m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time, m.title AS m_title, m.status AS m_status
  FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
  WHERE m.date BETWEEN @from AND @to AND m.status <> 'cancelled'
    AND i.status NOT IN ('withdrawn','struck')
    AND (i.submitted_on IS NULL OR (i.opinion_sought_on IS NULL AND i.status NOT IN ('awaiting-signature','signed','submitted')))
  ORDER BY m.date, m.id, i.position`;

/** Items (not withdrawn) of meetings held in [from, to], not cancelled; only those owing a duty if `openOnly`. */
export function itemsOfMeetingsBetween(
  db: Database,
  from: string,
  to: string,
  openOnly = false,
): AgendaItemRow[] {
  const sql = openOnly ? ITEMS_WITH_OPEN_DUTY_SQL : ITEMS_OF_MEETINGS_SQL;
  const rows = cachedStatement(db, sql).all({ from, to }) as FlatItem[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status as AgendaItemStatus,
    leadOfficer: r.lead_officer,
    leaderInCharge: r.leader_in_charge,
    submittedOn: r.submitted_on,
    submittedTime: r.submitted_time,
    lateReason: r.late_reason,
    opinionSoughtOn: r.opinion_sought_on,
    opinionSoughtHow: r.opinion_sought_how,
    meeting: meetingRefOf(r),
  }));
}

export interface CoordinationDueRow {
  id: number;
  agency: string;
  person: string;
  dueOn: string;
  answeredOn: string | null;
  itemId: number;
  itemTitle: string;
  meeting: MeetingRef;
}

const coordinationDueSql = (openOnly: boolean) => `SELECT c.id, c.agency, c.person, c.due_on, c.answered_on,
    i.id AS item_id, i.title AS item_title,
    m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time, m.title AS m_title, m.status AS m_status
  FROM coordination_request c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN meeting m ON m.id = i.meeting_id
  WHERE ${openOnly ? 'c.answer IS NULL AND ' : ''}c.due_on BETWEEN @from AND @to
    AND m.status <> 'cancelled' AND i.status NOT IN ('withdrawn', 'struck')
  ORDER BY c.due_on, c.id`;

export const COORDINATION_DUE_SQL = coordinationDueSql(false);
/** The same, unanswered only: read through the partial index coordination_open_by_due. */
export const OPEN_COORDINATION_DUE_SQL = coordinationDueSql(true);

/** Coordination requests due in [from, to] of items still on a meeting's program; unanswered if `openOnly`. */
export function coordinationDueBetween(
  db: Database,
  from: string,
  to: string,
  openOnly = false,
): CoordinationDueRow[] {
  const sql = openOnly ? OPEN_COORDINATION_DUE_SQL : COORDINATION_DUE_SQL;
  const rows = cachedStatement(db, sql).all({ from, to }) as Array<
    FlatItem & {
      agency: string;
      person: string;
      due_on: string;
      answered_on: string | null;
      item_id: number;
      item_title: string;
    }
  >;
  return rows.map((r) => ({
    id: r.id,
    agency: r.agency,
    person: r.person,
    dueOn: r.due_on,
    answeredOn: r.answered_on,
    itemId: r.item_id,
    itemTitle: r.item_title,
    meeting: meetingRefOf(r),
  }));
}

export interface PlanStepRow {
  id: number;
  title: string;
  due: string;
  doneOn: string | null;
  itemId: number;
  itemNumber: string;
  itemTitle: string;
  leadAgency: string;
}

const planStepsSql = (openOnly: boolean) => `SELECT s.id, s.title, s.due, s.done_on AS doneOn, w.id AS itemId,
    w.number AS itemNumber, w.title AS itemTitle, w.lead_agency AS leadAgency
  FROM work_program_milestone s JOIN work_program_item w ON w.id = s.item_id
  WHERE ${openOnly ? 's.done_on IS NULL AND ' : ''}s.due BETWEEN @from AND @to AND w.status <> 'withdrawn'
  ORDER BY s.due, s.id`;

export const PLAN_STEPS_SQL = planStepsSql(false);
export const OPEN_PLAN_STEPS_SQL = planStepsSql(true);

/** Detailed-plan steps due in [from, to] of program items not withdrawn; not done if `openOnly`. */
export function planStepsBetween(db: Database, from: string, to: string, openOnly = false): PlanStepRow[] {
  return cachedStatement(db, openOnly ? OPEN_PLAN_STEPS_SQL : PLAN_STEPS_SQL).all({
    from,
    to,
  }) as PlanStepRow[];
}

/** Months ('YYYY-MM') whose report was sent, with the day. */
export function monthlyReportsSent(db: Database, fromMonth: string, toMonth: string): Map<string, string> {
  const rows = cachedStatement(
    db,
    'SELECT month, sent_on AS sentOn FROM monthly_report_sent WHERE month BETWEEN ? AND ?',
  ).all(fromMonth, toMonth) as Array<{ month: string; sentOn: string }>;
  return new Map(rows.map((r) => [r.month, r.sentOn]));
}

export function setMonthlyReportSent(db: Database, month: string, sentOn: string | null, at: string): void {
  if (sentOn === null) db.prepare('DELETE FROM monthly_report_sent WHERE month = ?').run(month);
  else
    db.prepare(
      `INSERT INTO monthly_report_sent (month, sent_on, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (month) DO UPDATE SET sent_on = excluded.sent_on, updated_at = excluded.updated_at`,
    ).run(month, sentOn, at);
}
