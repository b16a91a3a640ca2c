/**
 * The hot read queries of the dossier workspace (dashboard and search). Each one is covered by an index
 * or the FTS table; test/integration/dossiers/queryPlans.test.ts asserts their plans so an index cannot
 * silently disappear, and test/bench/dossiers.bench.ts times them at ten years' scale.
 */
import type { Database } from 'better-sqlite3';
import type { MeetingRef } from '../../../shared/contract/agendaItems';
import type { ContentKind } from '../../../shared/dossiers/contentKinds';
import type { AgendaItemStatus } from '../../../shared/dossiers/itemStatus';
import { cachedStatement as statement } from './statementCache';

/** Must read exactly as in the partial index agenda_item_open, or SQLite will not use it. */
export const OPEN_ITEM_CONDITION =
  "i.status IN ('drafting','under-appraisal','awaiting-coordination','awaiting-signature','signed')";

export interface OpenItemRow {
  id: number;
  position: number;
  title: string;
  status: AgendaItemStatus;
  contentKind: ContentKind;
  meeting: MeetingRef;
}

interface FlatOpenItemRow {
  id: number;
  position: number;
  title: string;
  status: string;
  content_kind: string;
  m_id: number;
  m_kind: string;
  m_date: string;
  m_time: string | null;
  m_title: string;
  m_status: string;
}

const MEETING_COLUMNS =
  'm.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time, m.title AS m_title, m.status AS m_status';

export const OPEN_ITEMS_SQL = `SELECT i.id, i.position, i.title, i.status, i.content_kind, ${MEETING_COLUMNS}
  FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
  WHERE ${OPEN_ITEM_CONDITION} AND m.date >= @today AND m.status <> 'cancelled'
  ORDER BY m.date, m.time, m.id, i.position`;

/** Items still being prepared for meetings from today on. */
export function openItemsFrom(db: Database, today: string, sql = OPEN_ITEMS_SQL): OpenItemRow[] {
  const rows = statement(db, sql).all({ today }) as FlatOpenItemRow[];
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    title: r.title,
    status: r.status as AgendaItemStatus,
    contentKind: r.content_kind as ContentKind,
    meeting: meetingRefOf(r),
  }));
}

export const UPCOMING_MEETINGS_SQL = `SELECT m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time,
    m.title AS m_title, m.status AS m_status,
    (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS items
  FROM meeting m
  WHERE m.date >= @today AND m.status <> 'cancelled'
  ORDER BY m.date, m.time, m.id LIMIT @limit`;

export function upcomingMeetings(
  db: Database,
  today: string,
  limit: number,
  sql = UPCOMING_MEETINGS_SQL,
): Array<{ meeting: MeetingRef; items: number }> {
  const rows = statement(db, sql).all({ today, limit }) as Array<FlatMeeting & { items: number }>;
  return rows.map((r) => ({ meeting: meetingRefOf(r), items: r.items }));
}

export const OPEN_COORDINATION_SQL = `SELECT c.id, c.agency, c.person, c.due_on, c.agenda_item_id AS item_id
  FROM coordination_request c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN meeting m ON m.id = i.meeting_id
  WHERE c.answer IS NULL AND ${OPEN_ITEM_CONDITION} AND m.date >= @today AND m.status <> 'cancelled'
  ORDER BY c.due_on, c.id`;

export interface OpenCoordinationRow {
  id: number;
  agency: string;
  person: string;
  due_on: string;
  item_id: number;
}

/** Coordination answers still awaited for open items of upcoming meetings. */
export function openCoordination(
  db: Database,
  today: string,
  sql = OPEN_COORDINATION_SQL,
): OpenCoordinationRow[] {
  return statement(db, sql).all({ today }) as OpenCoordinationRow[];
}

// ---- search ------------------------------------------------------------------------------------------

export const SEARCH_KINDS = ['meeting', 'item', 'attachment'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One FTS5 table per kind, rowid = the row's id (migration 0010 says why): a kind's query never reads
 * another kind's rows.
 */
export const SEARCH_TABLE: Record<SearchKind, string> = {
  meeting: 'meeting_search',
  item: 'agenda_item_search',
  attachment: 'attachment_search',
};

export function searchSql(kind: SearchKind): string {
  const table = SEARCH_TABLE[kind];
  return `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH @match ORDER BY rowid DESC LIMIT @limit`;
}

/** Ids of one kind whose text matches, newest first. */
export function searchIds(db: Database, kind: SearchKind, match: string, limit: number): number[] {
  const rows = statement(db, searchSql(kind)).all({ match, limit }) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

interface FlatMeeting {
  m_id: number;
  m_kind: string;
  m_date: string;
  m_time: string | null;
  m_title: string;
  m_status: string;
}

export function meetingRefOf(r: FlatMeeting): MeetingRef {
  return {
    id: r.m_id,
    kind: r.m_kind as MeetingRef['kind'],
    date: r.m_date,
    time: r.m_time,
    title: r.m_title,
    status: r.m_status as MeetingRef['status'],
  };
}

export function meetingHits(db: Database, ids: readonly number[]): Map<number, MeetingRef> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time, m.title AS m_title,
         m.status AS m_status FROM meeting m WHERE m.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as FlatMeeting[];
  return new Map(rows.map((r) => [r.m_id, meetingRefOf(r)]));
}

export function itemHits(
  db: Database,
  ids: readonly number[],
): Map<number, { title: string; meeting: MeetingRef }> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT i.id, i.title, ${MEETING_COLUMNS} FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Array<FlatMeeting & { id: number; title: string }>;
  return new Map(rows.map((r) => [r.id, { title: r.title, meeting: meetingRefOf(r) }]));
}

export function attachmentHits(
  db: Database,
  ids: readonly number[],
): Map<
  number,
  {
    name: string;
    entry: { id: number; label: string };
    item: { id: number; title: string };
    meeting: MeetingRef;
  }
> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT a.id, a.original_name, e.id AS e_id, e.label AS e_label, i.id AS i_id, i.title AS i_title,
         ${MEETING_COLUMNS}
       FROM attachment a JOIN checklist_entry e ON e.id = a.checklist_entry_id
         JOIN agenda_item i ON i.id = e.agenda_item_id JOIN meeting m ON m.id = i.meeting_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Array<
    FlatMeeting & {
      id: number;
      original_name: string;
      e_id: number;
      e_label: string;
      i_id: number;
      i_title: string;
    }
  >;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: r.original_name,
        entry: { id: r.e_id, label: r.e_label },
        item: { id: r.i_id, title: r.i_title },
        meeting: meetingRefOf(r),
      },
    ]),
  );
}

export const MEETINGS_BETWEEN_SQL = `SELECT m.id AS m_id, m.kind AS m_kind, m.date AS m_date, m.time AS m_time,
    m.title AS m_title, m.status AS m_status
  FROM meeting m WHERE m.date BETWEEN @from AND @to AND m.status <> 'cancelled' ORDER BY m.date, m.time, m.id`;

/** Meetings on the days from `from` to `to` (the dashboard's week strip). */
export function meetingsBetween(db: Database, from: string, to: string): MeetingRef[] {
  const rows = statement(db, MEETINGS_BETWEEN_SQL).all({ from, to }) as FlatMeeting[];
  return rows.map(meetingRefOf);
}
