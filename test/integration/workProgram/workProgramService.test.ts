import { describe, expect, it } from 'vitest';
import { LIST_REQUESTS_SQL } from '../../../electron/db/repositories/adjustmentRepository';
import { LIST_TASKS_SQL } from '../../../electron/db/repositories/taskRepository';
import { VOTES_FOR_ITEM_SQL } from '../../../electron/db/repositories/voteRepository';
import {
  ITEMS_IN_MONTHS_SQL,
  LINKED_AGENDA_ITEMS_SQL,
  LIST_ITEMS_SQL,
} from '../../../electron/db/repositories/workProgramRepository';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { anAgendaItem, anItem, aProgramContext, count, errorCode } from './support';

const tempDir = tempDirsPerTest();

describe('work program items through dispatch', () => {
  it('creates an item with its milestones, lists it in program order and updates it', async () => {
    const ctx = await aProgramContext(tempDir());
    const a = await invoke(ctx, 'workProgram.create', anItem({ number: '2', title: 'Nội dung thứ hai' }));
    const b = await invoke(
      ctx,
      'workProgram.create',
      anItem({
        number: '1.10',
        title: 'Kế hoạch  cải cách hành chính ',
        milestones: [{ title: 'Hoàn thành dự thảo', due: '2026-09-15' }],
      }),
    );
    expect(b.title).toBe('Kế hoạch  cải cách hành chính'.normalize('NFC'));
    expect(b.status).toBe('not-started');
    expect(b.milestones).toEqual([{ title: 'Hoàn thành dự thảo', due: '2026-09-15', doneOn: null }]);
    const list = await invoke(ctx, 'workProgram.list', {});
    expect(list.map((i) => i.id)).toEqual([a.id, b.id]);

    const updated = await invoke(ctx, 'workProgram.update', {
      ...anItem({ title: 'Nội dung đã sửa', targetMonth: '2026-12' }),
      id: a.id,
    });
    expect(updated.targetMonth).toBe('2026-12');
    expect(updated.milestones).toEqual([]);
  });

  it('filters by month range, status, to-whom, words without accents, and lateness', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    await invoke(
      ctx,
      'workProgram.create',
      anItem({ title: 'Đề án phát triển đô thị', targetMonth: '2026-09' }),
    );
    const late = await invoke(
      ctx,
      'workProgram.create',
      anItem({ title: 'Quyết định về bảng giá đất', targetMonth: '2026-10', toWhom: 'chairman' }),
    );
    await invoke(ctx, 'workProgram.create', anItem({ title: 'Kế hoạch năm 2027', targetMonth: '2026-12' }));
    const titles = async (args: Parameters<typeof invoke<'workProgram.list'>>[2]) =>
      (await invoke(ctx, 'workProgram.list', args)).map((i) => i.title);
    expect(await titles({ fromMonth: '2026-10', toMonth: '2026-12' })).toEqual([
      'Quyết định về bảng giá đất',
      'Kế hoạch năm 2027',
    ]);
    expect(await titles({ toWhom: 'chairman' })).toEqual(['Quyết định về bảng giá đất']);
    expect(await titles({ text: 'bang gia DAT' })).toEqual(['Quyết định về bảng giá đất']);
    expect(await titles({ text: 'đô thị' })).toEqual(['Đề án phát triển đô thị']);
    // Today is in November: September and October items not submitted are late (2 and 1 months).
    const lateOnes = await invoke(ctx, 'workProgram.list', { lateOnly: true });
    expect(lateOnes.map((i) => [i.title, i.monthsLate])).toEqual([
      ['Đề án phát triển đô thị', 2],
      ['Quyết định về bảng giá đất', 1],
    ]);
    await invoke(ctx, 'workProgram.setStatus', {
      id: late.id,
      status: 'submitted',
      submittedOn: '2026-11-02',
    });
    expect(await titles({ statuses: ['submitted'] })).toEqual(['Quyết định về bảng giá đất']);
    expect(await titles({ lateOnly: true })).toEqual(['Đề án phát triển đô thị']);
  });

  it('deletes an item with its milestones and clears the agenda items linked to it', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(
      ctx,
      'workProgram.create',
      anItem({ milestones: [{ title: 'Trình', due: '2026-10-30' }] }),
    );
    const agendaItemId = await anAgendaItem(ctx, 'Dự thảo Quyết định quy định chức năng, nhiệm vụ');
    const linked = await invoke(ctx, 'workProgram.linkAgendaItem', {
      id: item.id,
      agendaItemId,
      linked: true,
    });
    expect(linked.linkedAgendaItems.map((a) => a.id)).toEqual([agendaItemId]);
    expect(linked.linkedAgendaItems[0]?.meetingDate).toBe('2026-12-17');
    await invoke(ctx, 'workProgram.delete', { id: item.id });
    expect(count(ctx, 'work_program_item')).toBe(0);
    expect(count(ctx, 'work_program_milestone')).toBe(0);
    expect(ctx.db?.prepare('SELECT work_program_item_id AS w FROM agenda_item').get()).toEqual({ w: null });
    expect(await errorCode(invoke(ctx, 'workProgram.delete', { id: item.id }))).toBe(
      'workProgram.itemNotFound',
    );
  });

  it('unlinks an agenda item and refuses a link to one that does not exist', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(ctx, 'workProgram.create', anItem());
    const agendaItemId = await anAgendaItem(ctx, 'Dự thảo');
    await invoke(ctx, 'workProgram.linkAgendaItem', { id: item.id, agendaItemId, linked: true });
    const unlinked = await invoke(ctx, 'workProgram.linkAgendaItem', {
      id: item.id,
      agendaItemId,
      linked: false,
    });
    expect(unlinked.linkedAgendaItems).toEqual([]);
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.linkAgendaItem', { id: item.id, agendaItemId: 999, linked: true }),
      ),
    ).toBe('agenda-item-not-found');
  });
});

describe('status rules', () => {
  it('needs the submission date to mark an item submitted, and stores it', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(ctx, 'workProgram.create', anItem());
    expect(await errorCode(invoke(ctx, 'workProgram.setStatus', { id: item.id, status: 'submitted' }))).toBe(
      'workProgram.submittedOnRequired',
    );
    const done = await invoke(ctx, 'workProgram.setStatus', {
      id: item.id,
      status: 'submitted',
      submittedOn: '2026-10-20',
    });
    expect([done.status, done.submittedOn, done.promulgatedOn]).toEqual(['submitted', '2026-10-20', null]);
  });

  it('needs both dates for promulgated, submission first, and neither after today', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const item = await invoke(ctx, 'workProgram.create', anItem());
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.setStatus', {
          id: item.id,
          status: 'promulgated',
          promulgatedOn: '2026-11-01',
        }),
      ),
    ).toBe('workProgram.submittedOnRequired');
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.setStatus', {
          id: item.id,
          status: 'promulgated',
          submittedOn: '2026-11-10',
          promulgatedOn: '2026-11-09',
        }),
      ),
    ).toBe('workProgram.promulgatedBeforeSubmitted');
    expect(
      await errorCode(
        invoke(ctx, 'workProgram.setStatus', { id: item.id, status: 'submitted', submittedOn: '2026-11-26' }),
      ),
    ).toBe('workProgram.dateInFuture');
    await invoke(ctx, 'workProgram.setStatus', {
      id: item.id,
      status: 'submitted',
      submittedOn: '2026-10-20',
    });
    // The stored submission date serves when only the promulgation date is given.
    const promulgated = await invoke(ctx, 'workProgram.setStatus', {
      id: item.id,
      status: 'promulgated',
      promulgatedOn: '2026-11-05',
    });
    expect([promulgated.submittedOn, promulgated.promulgatedOn]).toEqual(['2026-10-20', '2026-11-05']);
  });

  it('clears the dates when an item goes back to in progress, and keeps them when it is postponed', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(ctx, 'workProgram.create', anItem());
    await invoke(ctx, 'workProgram.setStatus', {
      id: item.id,
      status: 'submitted',
      submittedOn: '2026-10-20',
    });
    const postponed = await invoke(ctx, 'workProgram.setStatus', { id: item.id, status: 'postponed' });
    expect(postponed.submittedOn).toBe('2026-10-20');
    const back = await invoke(ctx, 'workProgram.setStatus', { id: item.id, status: 'in-progress' });
    expect([back.submittedOn, back.promulgatedOn]).toEqual([null, null]);
  });

  it('refuses an item before the agency is set up, writing nothing', async () => {
    const { aContext } = await import('../../support/appContext');
    const ctx = aContext(tempDir());
    expect(await errorCode(invoke(ctx, 'workProgram.create', anItem()))).toBe('agency-not-set-up');
    expect(count(ctx, 'work_program_item')).toBe(0);
  });
});

describe('query plans of the list queries', () => {
  function plan(
    ctx: Awaited<ReturnType<typeof aProgramContext>>,
    sql: string,
    params: unknown[] | object,
  ): string {
    const db = ctx.db;
    if (!db) throw new Error('no db');
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>;
    return rows.map((r) => r.detail).join(' | ');
  }

  it('reads the program in order from its index, without a sort', async () => {
    const ctx = await aProgramContext(tempDir());
    const p = plan(ctx, LIST_ITEMS_SQL, { fromMonth: null, toMonth: null });
    expect(p).toContain('work_program_item_by_position');
    expect(p).not.toContain('TEMP B-TREE');
  });

  it('reads a range of months from the month index', async () => {
    const ctx = await aProgramContext(tempDir());
    expect(plan(ctx, ITEMS_IN_MONTHS_SQL, { fromMonth: '2026-01', toMonth: '2026-12' })).toContain(
      'work_program_item_by_month',
    );
  });

  it('finds linked agenda items through the partial link index', async () => {
    const ctx = await aProgramContext(tempDir());
    expect(plan(ctx, LINKED_AGENDA_ITEMS_SQL, [])).toContain('agenda_item_by_work_program');
  });

  it('lists tasks by deadline, requests by date and a draft’s votes from their indexes', async () => {
    const ctx = await aProgramContext(tempDir());
    const tasks = plan(ctx, LIST_TASKS_SQL, { fromDate: '2026-10-01', toDate: '2026-10-31' });
    expect(tasks).toContain('task_by_deadline');
    expect(tasks).not.toContain('TEMP B-TREE');
    expect(plan(ctx, LIST_REQUESTS_SQL, [])).toContain('adjustment_request_by_date');
    expect(plan(ctx, VOTES_FOR_ITEM_SQL, [1])).toContain('vote_by_item');
  });
});
