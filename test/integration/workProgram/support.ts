import type { AppContext } from '../../../electron/app/context';
import type { Args } from '../../../shared/contract';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';

/** A context with the agency set up, on a fresh data folder, today pinned (default 2026-11-25). */
export async function aProgramContext(dataDir: string, today = '2026-11-25'): Promise<AppContext> {
  const ctx = aContext(dataDir, today);
  await invoke(ctx, 'agency.setup', anAgency);
  return ctx;
}

export function anItem(overrides: Partial<Args<'workProgram.create'>> = {}): Args<'workProgram.create'> {
  return {
    number: '1',
    title: 'Quyết định quy định chức năng, nhiệm vụ của Sở Tư pháp',
    leadAgency: 'Sở Tư pháp',
    coordinatingAgencies: ['Sở Nội vụ'],
    targetMonth: '2026-10',
    toWhom: 'ppc',
    ...overrides,
  };
}

export function aTask(overrides: Partial<Args<'tasks.create'>> = {}): Args<'tasks.create'> {
  return {
    sourceDocument: 'Thông báo số 45/TB-UBND ngày 02/10/2026',
    content: 'Rà soát, báo cáo tình hình thi hành pháp luật về xử lý vi phạm hành chính',
    deadline: '2026-10-20',
    leader: 'Phó Giám đốc Trần Văn B',
    ...overrides,
  };
}

/**
 * An agenda item (dossier) on a meeting, written directly: these tests are about the work program's side
 * of the link, not about the dossier services.
 */
export async function anAgendaItem(
  ctx: AppContext,
  title: string,
  meetingDate = '2026-12-17',
): Promise<number> {
  const meeting = await invoke(ctx, 'meetings.create', aMeeting({ date: meetingDate }));
  const db = ctx.db;
  if (!db) throw new Error('no database');
  const info = db
    .prepare(
      `INSERT INTO agenda_item (meeting_id, position, title, content_kind, status, created_at, updated_at)
       VALUES (?, 1, ?, 'legal-normative', 'drafting', 'x', 'x')`,
    )
    .run(meeting.id, title);
  return Number(info.lastInsertRowid);
}

export function count(ctx: AppContext, table: string): number {
  const db = ctx.db;
  if (!db) throw new Error('no database');
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** The error code a failing call answers with (the test fails if the call succeeds). */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).split(':')[0] ?? '';
  }
  throw new Error('expected the call to fail');
}
