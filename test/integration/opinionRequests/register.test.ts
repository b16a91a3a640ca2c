import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { runCli } from '../../../electron/cli/main';
import type { Args } from '../../../shared/contract';
import { aContext, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/** Today in these tests: Wednesday 25/11/2026. */
function aRequest(overrides: Partial<Args<'opinionRequests.create'>> = {}): Args<'opinionRequests.create'> {
  return {
    requesterKind: 'ministry',
    requester: 'Bộ Tư pháp',
    theirNumber: '1234/BTP-VĐCXDPL',
    theirDate: '2026-11-20',
    subject: 'Dự thảo Nghị định về quản lý đất đai',
    received: '2026-11-25',
    assignee: 'Nguyễn Thị Lan',
    ...overrides,
  };
}

async function setUp(today?: string) {
  const ctx = aContext(tempDir(), today);
  await invoke(ctx, 'agency.setup', anAgency);
  return ctx;
}

describe('the register of opinion requests', () => {
  it('counts the due day 5 working days after receipt over the weekend: Wed 25/11 → Wed 02/12/2026', async () => {
    const ctx = await setUp();
    const r = await invoke(ctx, 'opinionRequests.create', aRequest());
    expect(r).toMatchObject({ due: '2026-12-02', dueWorkingDays: 5, state: 'received', workingDaysLeft: 5 });
    expect(r.dueExplanation.vi).toContain('28/11/2026 (Thứ bảy)');
    closeAppContext(ctx);
  });

  it('takes N from the settings and keeps a due date the sender typed', async () => {
    const ctx = await setUp();
    await invoke(ctx, 'opinionRequests.saveSettings', { answerWorkingDays: 2 });
    expect((await invoke(ctx, 'opinionRequests.create', aRequest())).due).toBe('2026-11-27');
    const typed = await invoke(ctx, 'opinionRequests.create', aRequest({ due: '2026-11-26' }));
    expect(typed).toMatchObject({ due: '2026-11-26', dueWorkingDays: null, dueSoon: true });
    closeAppContext(ctx);
  });

  it('refuses a due date before receipt with a bilingual message and writes nothing', async () => {
    const ctx = await setUp();
    const result = await dispatch(ctx, 'opinionRequests.create', aRequest({ due: '2026-11-24' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('opinionRequest.dueBeforeReceipt');
      expect(result.error.vi).toContain('Không có gì được ghi');
      expect(result.error.en).toContain('Nothing was written');
    }
    const list = await invoke(ctx, 'opinionRequests.list', {});
    expect(list.requests).toHaveLength(0);
    closeAppContext(ctx);
  });

  it('refuses an answer without a stance and leaves the request as it was', async () => {
    const ctx = await setUp();
    const r = await invoke(ctx, 'opinionRequests.create', aRequest());
    const result = await dispatch(ctx, 'opinionRequests.answer', {
      id: r.id,
      answeredOn: '2026-11-25',
      stance: null,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('opinionRequest.answerWithoutStance');
    expect((await invoke(ctx, 'opinionRequests.get', { id: r.id })).storedState).toBe('received');
    const answered = await invoke(ctx, 'opinionRequests.answer', {
      id: r.id,
      number: '45/STP-XDKTVB',
      answeredOn: '2026-11-25',
      stance: 'agree-with-comments',
      summary: 'Đề nghị bổ sung Điều 5.',
    });
    expect(answered).toMatchObject({
      state: 'answered',
      workingDaysLeft: null,
      answer: { number: '45/STP-XDKTVB' },
    });
    // The letter as sent is kept in the store and can be copied out to open.
    const sent = join(ctx.dataDir, `cong-van-${r.id}.docx`);
    writeFileSync(sent, 'PK bản đã gửi');
    const withFile = await invoke(ctx, 'opinionRequests.answer', {
      id: r.id,
      number: '45/STP-XDKTVB',
      answeredOn: '2026-11-25',
      stance: 'agree-with-comments',
      file: { kind: 'path', path: sent },
    });
    expect(withFile.file?.name).toBe(`cong-van-${r.id}.docx`);
    const copy = await invoke(ctx, 'opinionRequests.answerFile', { id: r.id });
    expect(readFileSync(copy.path, 'utf8')).toBe('PK bản đã gửi');
    closeAppContext(ctx);
  });

  it('finds requests without diacritics, filters by state and warns of the overdue ones', async () => {
    const ctx = await setUp();
    await invoke(ctx, 'opinionRequests.create', aRequest());
    await invoke(
      ctx,
      'opinionRequests.create',
      aRequest({
        requester: 'UBND tỉnh Đắk Lắk',
        requesterKind: 'province',
        subject: 'Quy hoạch giao thông',
        received: '2026-11-10',
        due: '2026-11-20',
        theirDate: null,
      }),
    );
    const byWords = await invoke(ctx, 'opinionRequests.list', { text: 'dat dai' });
    expect(byWords.requests.map((r) => r.requester)).toEqual(['Bộ Tư pháp']);
    expect((await invoke(ctx, 'opinionRequests.list', { text: 'DAK LAK' })).requests).toHaveLength(1);
    expect((await invoke(ctx, 'opinionRequests.list', { text: 'nguyen thi lan' })).requests).toHaveLength(2);
    const overdue = await invoke(ctx, 'opinionRequests.list', { states: ['overdue'] });
    expect(overdue.requests.map((r) => r.requester)).toEqual(['UBND tỉnh Đắk Lắk']);
    const filtered = await invoke(ctx, 'opinionRequests.list', { text: 'bo tu phap' });
    expect(filtered.overdue).toBe(1);
    closeAppContext(ctx);
  });

  it('gives the deadline agenda each open request due in a range, with the overdue ones before it', async () => {
    const ctx = await setUp();
    const soon = await invoke(ctx, 'opinionRequests.create', aRequest());
    const late = await invoke(
      ctx,
      'opinionRequests.create',
      aRequest({ received: '2026-11-10', due: '2026-11-20', theirDate: null }),
    );
    const duties = await invoke(ctx, 'opinionRequests.duties', { from: '2026-11-25', to: '2026-12-06' });
    expect(duties.map((d) => [d.id, d.due, d.state])).toEqual([
      [late.id, '2026-11-20', 'overdue'],
      [soon.id, '2026-12-02', 'received'],
    ]);
    closeAppContext(ctx);
  });

  it('lists the register on the command line with the fixed JSON shape', async () => {
    const dir = tempDir();
    const ctx = aContext(dir);
    await invoke(ctx, 'agency.setup', anAgency);
    const r = await invoke(ctx, 'opinionRequests.create', aRequest());
    closeAppContext(ctx);
    let stdout = '';
    const code = await runCli(
      ['requests', '--data-dir', dir, '--json'],
      { stdout: (s) => (stdout += s), stderr: () => undefined },
      {
        now: () => new Date('2026-12-03T09:00:00+07:00'),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        id: r.id,
        from: 'Bộ Tư pháp',
        number: '1234/BTP-VĐCXDPL',
        subject: 'Dự thảo Nghị định về quản lý đất đai',
        received: '2026-11-25',
        due: '2026-12-02',
        state: 'overdue',
        answeredOn: null,
      },
    ]);
    let human = '';
    await runCli(
      ['requests', '--data-dir', dir],
      { stdout: (s) => (human += s), stderr: () => undefined },
      {
        now: () => new Date('2026-12-03T09:00:00+07:00'),
      },
    );
    expect(human).toContain('hạn/due 02/12/2026  Quá hạn / Overdue');
    let stderr = '';
    const missing = await runCli(
      ['requests'],
      { stdout: () => undefined, stderr: (s) => (stderr += s) },
      {
        now: () => new Date(),
      },
    );
    expect(missing).toBe(2);
    expect(stderr).toContain('--data-dir');
  });
});

describe('sample data', () => {
  it('shows requests in every state and an answer letter already written', async () => {
    const { generateDemo } = await import('../../../electron/demo/generateDemo');
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25' });
    const ctx = aContext(dir);
    const list = await invoke(ctx, 'opinionRequests.list', {});
    expect(new Set(list.requests.map((r) => r.state))).toEqual(new Set(['overdue', 'received', 'answered']));
    expect(list.requests.some((r) => r.storedState === 'drafting')).toBe(true);
    expect(list.overdue).toBe(1);
    expect(readdirSync(join(dir, 'exports')).some((f) => f.startsWith('cong-van-gop-y-'))).toBe(true);
    expect((await invoke(ctx, 'documents.heading', {})).confirmed).toBe(true);
    closeAppContext(ctx);
  }, 60_000);
});

describe('the data check', () => {
  it('finds the register’s search index out of step and the repair rebuilds it', async () => {
    const ctx = await setUp();
    await invoke(ctx, 'opinionRequests.create', aRequest());
    const db = ctx.db;
    if (!db) throw new Error('no database');
    db.prepare('DELETE FROM opinion_request_search').run();
    expect((await invoke(ctx, 'opinionRequests.list', { text: 'dat dai' })).requests).toHaveLength(0);
    const report = await invoke(ctx, 'dataCheck.run', {});
    expect(report.findings.map((f) => f.code)).toContain('search-index-out-of-sync');
    await invoke(ctx, 'dataCheck.repair', {});
    expect((await invoke(ctx, 'opinionRequests.list', { text: 'dat dai' })).requests).toHaveLength(1);
    expect((await invoke(ctx, 'dataCheck.run', {})).findings.map((f) => f.code)).not.toContain(
      'search-index-out-of-sync',
    );
    closeAppContext(ctx);
  });
});
