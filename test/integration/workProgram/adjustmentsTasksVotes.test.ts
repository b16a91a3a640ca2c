import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { anAgendaItem, anItem, aProgramContext, aTask, count, errorCode } from './support';

const tempDir = tempDirsPerTest();

const aRequest = (itemId: number) => ({
  date: '2026-11-20',
  number: '152',
  ground: 'objective-cause' as const,
  reason: 'Bộ Tư pháp chưa ban hành văn bản hướng dẫn.',
  necessity: 'Bảo đảm quyết định phù hợp quy định của Trung ương.',
  impact: 'Không ảnh hưởng đến các nội dung khác của chương trình.',
  entries: [{ kind: 'reschedule' as const, itemId, proposedMonth: '2027-02' }],
});

describe('adjustment and addition requests', () => {
  it('records the request with the item’s current month and writes its letter under exports/', async () => {
    const dir = tempDir();
    const ctx = await aProgramContext(dir);
    const item = await invoke(ctx, 'workProgram.create', anItem({ number: '7', targetMonth: '2026-12' }));
    const { request, file } = await invoke(ctx, 'adjustments.create', aRequest(item.id));
    expect(request.outcome).toBe('pending');
    expect(request.symbol).toBe('STP-VP');
    expect(request.entries).toEqual([
      {
        kind: 'reschedule',
        itemId: item.id,
        number: '7',
        title: item.title,
        currentMonth: '2026-12',
        proposedMonth: '2027-02',
        toWhom: null,
        createdItemId: null,
      },
    ]);
    expect(file.path).toBe(join(dir, 'exports', file.name));
    expect(file.name).toMatch(/^de-nghi-dieu-chinh-CTCT-STP-2026-11-20-so-\d+\.docx$/);
    expect(statSync(file.path).size).toBe(file.size);
    // The item does not move until the PPC approves.
    expect((await invoke(ctx, 'workProgram.list', {}))[0]?.pendingAdjustments).toBe(1);
    expect((await invoke(ctx, 'workProgram.list', {}))[0]?.targetMonth).toBe('2026-12');
  });

  it('moves the target month on approval, once; a rejection changes nothing', async () => {
    const ctx = await aProgramContext(tempDir());
    const a = await invoke(ctx, 'workProgram.create', anItem({ targetMonth: '2026-12' }));
    const b = await invoke(ctx, 'workProgram.create', anItem({ title: 'Khác', targetMonth: '2026-12' }));
    const first = (await invoke(ctx, 'adjustments.create', aRequest(a.id))).request;
    const second = (await invoke(ctx, 'adjustments.create', aRequest(b.id))).request;
    expect(
      await errorCode(
        invoke(ctx, 'adjustments.setOutcome', { id: first.id, outcome: 'approved', outcomeOn: '2026-11-19' }),
      ),
    ).toBe('adjustment.outcomeBeforeRequest');
    const approved = await invoke(ctx, 'adjustments.setOutcome', {
      id: first.id,
      outcome: 'approved',
      outcomeOn: '2026-11-24',
      note: 'Văn bản số 99/UBND-TH',
    });
    expect([approved.outcome, approved.outcomeOn, approved.outcomeNote]).toEqual([
      'approved',
      '2026-11-24',
      'Văn bản số 99/UBND-TH',
    ]);
    await invoke(ctx, 'adjustments.setOutcome', {
      id: second.id,
      outcome: 'rejected',
      outcomeOn: '2026-11-24',
    });
    const months = (await invoke(ctx, 'workProgram.list', {})).map((i) => i.targetMonth);
    expect(months).toEqual(['2027-02', '2026-12']);
    expect(
      await errorCode(
        invoke(ctx, 'adjustments.setOutcome', { id: first.id, outcome: 'rejected', outcomeOn: '2026-11-25' }),
      ),
    ).toBe('adjustment.outcomeAlreadyRecorded');
  });

  it('creates the added item on approval and withdraws the withdrawn one', async () => {
    const ctx = await aProgramContext(tempDir());
    const old = await invoke(ctx, 'workProgram.create', anItem({ title: 'Nội dung không còn cần thiết' }));
    const { request } = await invoke(ctx, 'adjustments.create', {
      ...aRequest(old.id),
      ground: 'practical-needs',
      entries: [
        { kind: 'withdraw', itemId: old.id },
        { kind: 'add', title: 'Quyết định quy định về công chứng', proposedMonth: '2027-03', toWhom: 'ppc' },
      ],
    });
    expect(request.subject).toContain('điều chỉnh, bổ sung');
    await invoke(ctx, 'adjustments.setOutcome', {
      id: request.id,
      outcome: 'approved',
      outcomeOn: '2026-11-25',
    });
    const list = await invoke(ctx, 'workProgram.list', {});
    expect(list.map((i) => [i.title, i.status, i.targetMonth])).toEqual([
      ['Nội dung không còn cần thiết', 'withdrawn', '2026-10'],
      ['Quyết định quy định về công chứng', 'not-started', '2027-03'],
    ]);
    const [stored] = await invoke(ctx, 'adjustments.list', {});
    expect(stored?.entries[1]?.createdItemId).toBe(list[1]?.id);
  });

  it('refuses an entry without what its kind needs, recording nothing', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(ctx, 'workProgram.create', anItem({ targetMonth: '2026-12' }));
    const bad = async (entries: Parameters<typeof invoke<'adjustments.create'>>[2]['entries']) =>
      errorCode(invoke(ctx, 'adjustments.create', { ...aRequest(item.id), entries }));
    expect(await bad([{ kind: 'reschedule', itemId: item.id }])).toBe('adjustment.invalidEntry');
    expect(await bad([{ kind: 'reschedule', itemId: item.id, proposedMonth: '2026-12' }])).toBe(
      'adjustment.invalidEntry',
    );
    expect(await bad([{ kind: 'add', title: 'Mới', proposedMonth: '2027-01' }])).toBe(
      'adjustment.invalidEntry',
    );
    expect(await bad([{ kind: 'withdraw', itemId: 999 }])).toBe('workProgram.itemNotFound');
    expect(count(ctx, 'adjustment_request')).toBe(0);
    expect(count(ctx, 'adjustment_entry')).toBe(0);
  });

  it('writes the letter again on request', async () => {
    const ctx = await aProgramContext(tempDir());
    const item = await invoke(ctx, 'workProgram.create', anItem({ targetMonth: '2026-12' }));
    const { request, file } = await invoke(ctx, 'adjustments.create', aRequest(item.id));
    const again = await invoke(ctx, 'adjustments.letterDocx', { id: request.id });
    expect(again.name).toBe(file.name);
    expect(existsSync(again.path)).toBe(true);
  });
});

describe('assigned tasks', () => {
  it('gives the extension-report deadline from the engine: the working day before, over a holiday', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-04-20');
    // Deadline Mon 04/05/2026; 30/04–03/05 are days off (Reunification, Labour Day, weekend): Wed 29/04.
    const task = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-05-04' }));
    expect(task.extensionReport.due).toBe('2026-04-29');
    expect(task.extensionReport.skipped.map((s) => s.date)).toEqual([
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
    ]);
    expect(task.outcome.code).toBe('in-progress');
  });

  it('follows an agency’s own day off when computing the report deadline', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-12-01');
    await invoke(ctx, 'calendar.overrides.save', {
      date: '2026-12-11',
      working: false,
      name: 'Nghỉ địa phương',
    });
    // Deadline Mon 14/12: Fri 11/12 is now off, so the report is due Thu 10/12.
    const task = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-12-14' }));
    expect(task.extensionReport.due).toBe('2026-12-10');
  });

  it('is not completed when late without a report, and keeps the reason when it was not legitimate', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const late = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-10-20' }));
    expect(late.outcome.code).toBe('not-completed-late-without-report');
    // Deadline Tue 20/10 → report due Mon 19/10.
    const reported = await invoke(ctx, 'tasks.report', {
      id: late.id,
      submittedOn: '2026-10-19',
      reason: 'Chờ số liệu của các xã',
    });
    expect(reported.outcome.code).toBe('awaiting-reason-judgement');
    const judged = await invoke(ctx, 'tasks.assess', {
      id: late.id,
      reasonLegitimate: false,
      note: 'Không khách quan',
    });
    expect(judged.outcome.code).toBe('not-completed-reason-not-legitimate');
    expect(judged.report).toEqual({
      submittedOn: '2026-10-19',
      reason: 'Chờ số liệu của các xã',
      reasonLegitimate: false,
    });
    expect(judged.assessmentNote).toBe('Không khách quan');
    const notCompleted = await invoke(ctx, 'tasks.list', { filter: 'not-completed' });
    expect(notCompleted.map((t) => t.id)).toEqual([late.id]);
  });

  it('counts a report sent after its deadline as no timely report', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const task = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-10-20' }));
    const reported = await invoke(ctx, 'tasks.report', {
      id: task.id,
      submittedOn: '2026-10-20',
      reason: 'Ốm',
    });
    expect(reported.outcome.code).toBe('not-completed-report-too-late');
  });

  it('is not completed when done on time but of insufficient quality', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const task = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-11-20' }));
    const {
      id,
      outcome,
      extensionReport,
      extension,
      createdAt,
      updatedAt,
      report,
      quality,
      assessmentNote,
      ...fields
    } = task;
    expect(await errorCode(invoke(ctx, 'tasks.update', { ...fields, id, status: 'completed' }))).toBe(
      'task.completedOnRequired',
    );
    expect(
      await errorCode(
        invoke(ctx, 'tasks.update', { ...fields, id, status: 'completed', completedOn: '2026-11-26' }),
      ),
    ).toBe('task.dateInFuture');
    const done = await invoke(ctx, 'tasks.update', {
      ...fields,
      id,
      status: 'completed',
      completedOn: '2026-11-18',
    });
    expect(done.outcome.code).toBe('awaiting-quality-judgement');
    const poor = await invoke(ctx, 'tasks.assess', { id, quality: 'insufficient' });
    expect(poor.outcome.code).toBe('not-completed-insufficient-quality');
    // Reopening drops the quality judgement with the completion.
    const reopened = await invoke(ctx, 'tasks.update', { ...fields, id, status: 'in-progress' });
    expect([reopened.completedOn, reopened.quality]).toEqual([null, null]);
  });

  it('refuses to judge a reason without a report or a quality before completion', async () => {
    const ctx = await aProgramContext(tempDir());
    const task = await invoke(ctx, 'tasks.create', aTask());
    expect(await errorCode(invoke(ctx, 'tasks.assess', { id: task.id, reasonLegitimate: true }))).toBe(
      'task.noReportToJudge',
    );
    expect(await errorCode(invoke(ctx, 'tasks.assess', { id: task.id, quality: 'adequate' }))).toBe(
      'task.notCompletedYet',
    );
  });
});

describe('votes of PPC members', () => {
  it('tallies the latest stance per member, lists who has not answered, and records responses', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const members = await invoke(ctx, 'members.save', {
      members: [
        { name: 'Chủ tịch UBND tỉnh' },
        { name: 'Phó Chủ tịch Thường trực' },
        { name: 'Giám đốc Sở Tài chính' },
      ],
    });
    const [chair, vice, finance] = members;
    if (!chair || !vice || !finance) throw new Error('members missing');
    const draft = await anAgendaItem(ctx, 'Dự thảo Quyết định ban hành Quy chế phối hợp');
    await invoke(ctx, 'votes.record', {
      agendaItemId: draft,
      memberId: chair.id,
      stance: 'disagree',
      castOn: '2026-11-20',
    });
    await invoke(ctx, 'votes.record', {
      agendaItemId: draft,
      memberId: chair.id,
      stance: 'agree',
      castOn: '2026-11-22',
    });
    const withComment = await invoke(ctx, 'votes.record', {
      agendaItemId: draft,
      memberId: vice.id,
      stance: 'agree-with-comments',
      castOn: '2026-11-21',
      comment: 'Bổ sung đánh giá tác động',
    });
    let tally = await invoke(ctx, 'votes.tally', { agendaItemId: draft });
    expect(tally).toMatchObject({
      counts: { agree: 1, 'agree-with-comments': 1, disagree: 0 },
      answered: 2,
      members: 3,
      notAnswered: ['Giám đốc Sở Tài chính'],
      commentsAwaitingResponse: 1,
      moreThanHalfInFavour: true,
    });
    const votes = await invoke(ctx, 'votes.list', { agendaItemId: draft });
    expect(votes.map((v) => [v.memberName, v.stance, v.superseded])).toEqual([
      ['Chủ tịch UBND tỉnh', 'disagree', true],
      ['Phó Chủ tịch Thường trực', 'agree-with-comments', false],
      ['Chủ tịch UBND tỉnh', 'agree', false],
    ]);
    const answered = await invoke(ctx, 'votes.respond', {
      voteId: withComment.id,
      kind: 'accepted',
      text: 'Đã bổ sung tại Tờ trình',
      respondedOn: '2026-11-24',
    });
    expect(answered.response).toEqual({
      kind: 'accepted',
      text: 'Đã bổ sung tại Tờ trình',
      respondedOn: '2026-11-24',
    });
    tally = await invoke(ctx, 'votes.tally', { agendaItemId: draft });
    expect(tally.commentsAwaitingResponse).toBe(0);
  });

  it('needs the comments of an "agree with comments" and refuses a response dated before the vote', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const [m] = await invoke(ctx, 'members.save', { members: [{ name: 'Chủ tịch UBND tỉnh' }] });
    if (!m) throw new Error('no member');
    const draft = await anAgendaItem(ctx, 'Dự thảo');
    expect(
      await errorCode(
        invoke(ctx, 'votes.record', {
          agendaItemId: draft,
          memberId: m.id,
          stance: 'agree-with-comments',
          castOn: '2026-11-20',
        }),
      ),
    ).toBe('vote.commentRequired');
    const v = await invoke(ctx, 'votes.record', {
      agendaItemId: draft,
      memberId: m.id,
      stance: 'disagree',
      castOn: '2026-11-20',
      comment: 'Chưa đúng thẩm quyền',
    });
    expect(
      await errorCode(
        invoke(ctx, 'votes.respond', {
          voteId: v.id,
          kind: 'explained',
          text: 'Giải trình',
          respondedOn: '2026-11-19',
        }),
      ),
    ).toBe('vote.badResponseDate');
  });

  it('keeps a member who voted as inactive when removed from the list, and deletes one who did not', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const [a, b] = await invoke(ctx, 'members.save', {
      members: [{ name: 'Thành viên A' }, { name: 'Thành viên B' }],
    });
    if (!a || !b) throw new Error('members missing');
    const draft = await anAgendaItem(ctx, 'Dự thảo');
    await invoke(ctx, 'votes.record', {
      agendaItemId: draft,
      memberId: a.id,
      stance: 'agree',
      castOn: '2026-11-20',
    });
    const after = await invoke(ctx, 'members.save', { members: [{ name: 'Thành viên C' }] });
    expect(after.map((m) => [m.name, m.active])).toEqual([
      ['Thành viên C', true],
      ['Thành viên A', false],
    ]);
    // A's standing vote still counts on this draft, and C has not answered.
    const tally = await invoke(ctx, 'votes.tally', { agendaItemId: draft });
    expect([tally.members, tally.answered, tally.notAnswered]).toEqual([2, 1, ['Thành viên C']]);
    expect(
      await errorCode(
        invoke(ctx, 'votes.record', {
          agendaItemId: draft,
          memberId: a.id,
          stance: 'agree',
          castOn: '2026-11-21',
        }),
      ),
    ).toBe('member.notFound');
  });
});
