import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { aContext, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

const request = {
  requesterKind: 'ministry' as const,
  requester: 'Bộ Tư pháp',
  theirNumber: '1234/BTP-VĐCXDPL',
  theirDate: '2026-11-20',
  subject: 'Dự thảo Nghị định về quản lý đất đai',
  assignee: 'Nguyễn Thị Lan',
};

/**
 * Today Wed 25/11/2026. Hand-checked on the 2026 calendar (no holiday in November):
 * - received Wed 25/11, 5 working days → Thu 26, Fri 27, Mon 30/11, Tue 01/12, Wed 02/12;
 * - received Tue 10/11, 5 working days → Wed 11, Thu 12, Fri 13, Mon 16, Tue 17/11: overdue today.
 */
describe('the agenda holds the opinion requests received (§3a, §3b)', () => {
  it('lists each request’s answer day with its state, and an answered one as done', async () => {
    const ctx = aContext(tempDir(), '2026-11-25');
    await invoke(ctx, 'agency.setup', anAgency);
    const open = await invoke(ctx, 'opinionRequests.create', { ...request, received: '2026-11-25' });
    const late = await invoke(ctx, 'opinionRequests.create', {
      ...request,
      theirNumber: '77/BTC-PC',
      requester: 'Bộ Tài chính',
      theirDate: '2026-11-09',
      received: '2026-11-10',
    });
    const answered = await invoke(ctx, 'opinionRequests.create', {
      ...request,
      theirNumber: '88/BXD-QLN',
      requester: 'Bộ Xây dựng',
      received: '2026-11-24',
    });
    await invoke(ctx, 'opinionRequests.answer', {
      id: answered.id,
      number: '45',
      answeredOn: '2026-11-25',
      stance: 'agree',
    });

    const view = await invoke(ctx, 'agenda.list', { from: '2026-11-01', to: '2026-12-31' });
    const mine = view.entries.filter((e) => e.rule === 'opinion-request');
    expect(mine.map((e) => [e.ref.id, e.date, e.state])).toEqual([
      [late.id, '2026-11-17', 'overdue'],
      [answered.id, '2026-12-01', 'done'],
      [open.id, '2026-12-02', 'pending'],
    ]);
    const openEntry = mine.find((e) => e.ref.id === open.id);
    expect(openEntry).toMatchObject({ person: 'Nguyễn Thị Lan', workingDaysLeft: 5, meetingId: null });
    expect(openEntry?.explanation.vi).toContain('5 ngày làm việc sau ngày nhận 25/11/2026');
    // English writes the dates as the Vietnamese does (dd/mm/yyyy), never as stored (ISO).
    expect(openEntry?.explanation.en).toBe(
      'Deadline to answer the request for opinion from Bộ Tư pháp: 02/12/2026 (5 working days after receipt on 25/11/2026).',
    );
    const answeredEntry = mine.find((e) => e.ref.id === answered.id);
    expect(answeredEntry?.explanation.en).toContain('Answered by letter on 25/11/2026.');
    closeAppContext(ctx);
  });
});
