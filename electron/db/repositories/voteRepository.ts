import type { Database } from 'better-sqlite3';
import type { CommentResponseKind, VoteStance } from '../../../shared/votes/tally';

/** Thành viên UBND tỉnh, in list order. */
export interface MemberRecord {
  id: number;
  name: string;
  active: boolean;
}

export interface VoteRecord {
  id: number;
  agendaItemId: number;
  memberId: number;
  stance: VoteStance;
  castOn: string;
  comment: string;
  response: { kind: CommentResponseKind; text: string; respondedOn: string } | null;
}

interface VoteRow {
  id: number;
  agenda_item_id: number;
  member_id: number;
  stance: string;
  cast_on: string;
  comment: string;
  response_kind: string | null;
  response_text: string | null;
  responded_on: string | null;
}

export function listMembers(db: Database): MemberRecord[] {
  const rows = db.prepare('SELECT id, name, active FROM ppc_member ORDER BY position, id').all() as Array<{
    id: number;
    name: string;
    active: number;
  }>;
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
}

export function memberHasVotes(db: Database, memberId: number): boolean {
  return db.prepare('SELECT 1 FROM vote WHERE member_id = ? LIMIT 1').get(memberId) !== undefined;
}

export function insertMember(db: Database, name: string, position: number): number {
  return Number(
    db.prepare('INSERT INTO ppc_member (position, name, active) VALUES (?, ?, 1)').run(position, name)
      .lastInsertRowid,
  );
}

export function updateMember(
  db: Database,
  id: number,
  name: string,
  position: number,
  active: boolean,
): void {
  db.prepare('UPDATE ppc_member SET name = ?, position = ?, active = ? WHERE id = ?').run(
    name,
    position,
    active ? 1 : 0,
    id,
  );
}

export function deleteMember(db: Database, id: number): void {
  db.prepare('DELETE FROM ppc_member WHERE id = ?').run(id);
}

export const VOTES_FOR_ITEM_SQL = `SELECT id, agenda_item_id, member_id, stance, cast_on, comment, response_kind,
  response_text, responded_on FROM vote WHERE agenda_item_id = ? ORDER BY cast_on, id`;

export function listVotes(db: Database, agendaItemId: number): VoteRecord[] {
  return (db.prepare(VOTES_FOR_ITEM_SQL).all(agendaItemId) as VoteRow[]).map(toRecord);
}

export function getVote(db: Database, id: number): VoteRecord | null {
  const row = db
    .prepare(
      'SELECT id, agenda_item_id, member_id, stance, cast_on, comment, response_kind, response_text, responded_on FROM vote WHERE id = ?',
    )
    .get(id) as VoteRow | undefined;
  return row ? toRecord(row) : null;
}

export function insertVote(
  db: Database,
  v: { agendaItemId: number; memberId: number; stance: VoteStance; castOn: string; comment: string },
  at: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO vote (agenda_item_id, member_id, stance, cast_on, comment, created_at)
         VALUES (@agendaItemId, @memberId, @stance, @castOn, @comment, @at)`,
      )
      .run({ ...v, at }).lastInsertRowid,
  );
}

export function setResponse(
  db: Database,
  id: number,
  kind: CommentResponseKind,
  text: string,
  respondedOn: string,
): void {
  db.prepare('UPDATE vote SET response_kind = ?, response_text = ?, responded_on = ? WHERE id = ?').run(
    kind,
    text,
    respondedOn,
    id,
  );
}

/** Agenda items members may vote on, newest meetings first; items already voted on are always included. */
export function listDrafts(
  db: Database,
  limit: number,
): Array<{ agendaItemId: number; title: string; meetingDate: string; meetingTitle: string }> {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, m.date AS meeting_date, m.title AS meeting_title
       FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
       WHERE a.status NOT IN ('withdrawn', 'struck') OR EXISTS (SELECT 1 FROM vote v WHERE v.agenda_item_id = a.id)
       ORDER BY m.date DESC, a.position LIMIT ?`,
    )
    .all(limit) as Array<{ id: number; title: string; meeting_date: string; meeting_title: string }>;
  return rows.map((r) => ({
    agendaItemId: r.id,
    title: r.title,
    meetingDate: r.meeting_date,
    meetingTitle: r.meeting_title,
  }));
}

export function agendaItemTitle(db: Database, id: number): string | null {
  const row = db.prepare('SELECT title FROM agenda_item WHERE id = ?').get(id) as
    | { title: string }
    | undefined;
  return row?.title ?? null;
}

function toRecord(row: VoteRow): VoteRecord {
  return {
    id: row.id,
    agendaItemId: row.agenda_item_id,
    memberId: row.member_id,
    stance: row.stance as VoteStance,
    castOn: row.cast_on,
    comment: row.comment,
    response:
      row.response_kind !== null && row.response_text !== null && row.responded_on !== null
        ? {
            kind: row.response_kind as CommentResponseKind,
            text: row.response_text,
            respondedOn: row.responded_on,
          }
        : null,
  };
}
