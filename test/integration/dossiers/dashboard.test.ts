import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { aContext, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { anItem, aWorkspace } from './builders';

const tempDir = tempDirsPerTest();

/**
 * A Chairman session on Thu 17/12/2026: signed documents due Mon 14/12/2026 (WORKDAY(-3); no holiday in
 * December 2026). Working days left, counted by hand: from Tue 01/12 → 9; Wed 09/12 → 3 (10, 11, 14);
 * Fri 11/12 → 1 (14); Tue 15/12 → −1 (overdue).
 */
async function seeded(dir: string) {
  const { ctx, meeting } = await aWorkspace(dir, '2026-11-25', { kind: 'chairman', date: '2026-12-17' });
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  await invoke(ctx, 'coordination.add', {
    itemId: item.id,
    agency: 'Sở Tài chính',
    person: 'Bà Trần Thị Hương',
    askedOn: '2026-11-30',
    dueOn: '2026-12-10',
  });
  closeAppContext(ctx);
  return { meeting, item };
}

async function dashboardOn(dir: string, today: string) {
  const ctx = aContext(dir, today);
  const value = await invoke(ctx, 'dashboard.get', {});
  return { ctx, value };
}

describe('the dashboard', () => {
  it('turns an item from green to amber to red, then overdue, as today moves towards its deadline', async () => {
    const dir = tempDir();
    const { item } = await seeded(dir);
    const seen: Array<[string, number, string, boolean]> = [];
    for (const today of ['2026-12-01', '2026-12-09', '2026-12-11', '2026-12-15']) {
      const { ctx, value } = await dashboardOn(dir, today);
      const entry = value.entries.find((e) => e.key === `signed-documents:${item.id}`);
      if (!entry) throw new Error(`no entry on ${today}`);
      seen.push([today, entry.workingDaysLeft, entry.urgency, entry.overdue]);
      expect(entry.due).toBe('2026-12-14');
      closeAppContext(ctx);
    }
    expect(seen).toEqual([
      ['2026-12-01', 9, 'green', false],
      ['2026-12-09', 3, 'amber', false],
      ['2026-12-11', 1, 'red', false],
      ['2026-12-15', -1, 'red', true],
    ]);
  });

  it('applies the thresholds set in Settings and refuses red above amber', async () => {
    const dir = tempDir();
    const { item } = await seeded(dir);
    const ctx = aContext(dir, '2026-12-09');
    expect(await invoke(ctx, 'dashboard.thresholds.get', {})).toEqual({ red: 1, amber: 3 });
    await invoke(ctx, 'dashboard.thresholds.set', { red: 0, amber: 1 });
    const value = await invoke(ctx, 'dashboard.get', {});
    expect(value.entries.find((e) => e.key === `signed-documents:${item.id}`)?.urgency).toBe('green');
    const bad = await dispatch(ctx, 'dashboard.thresholds.set', { red: 5, amber: 2 });
    expect(bad.ok ? '' : bad.error.code).toBe('invalid-thresholds');
    expect(await invoke(ctx, 'dashboard.thresholds.get', {})).toEqual({ red: 0, amber: 1 });
    closeAppContext(ctx);
  });

  it('orders everything due by date, with coordination answers, counts per meeting and the week strip', async () => {
    const dir = tempDir();
    const { meeting, item } = await seeded(dir);
    const { ctx, value } = await dashboardOn(dir, '2026-12-09');
    expect(value.entries.map((e) => [e.rule, e.due])).toEqual([
      ['coordination-answer', '2026-12-10'],
      ['signed-documents', '2026-12-14'],
    ]);
    expect(value.entries[0]?.coordination?.agency).toBe('Sở Tài chính');
    expect(value.meetings).toEqual([
      expect.objectContaining({
        items: 1,
        open: 1,
        red: 1,
        amber: 1,
        green: 0,
        overdue: 0,
        nextDue: '2026-12-10',
      }),
    ]);
    expect(value.meetings[0]?.meeting.id).toBe(meeting.id);
    expect(value.thisWeek.from).toBe('2026-12-07');
    expect(value.thisWeek.to).toBe('2026-12-13');
    expect(value.thisWeek.days.map((d) => [d.weekdayVi, d.working, d.today])).toEqual([
      ['Thứ Hai', true, false],
      ['Thứ Ba', true, false],
      ['Thứ Tư', true, true],
      ['Thứ Năm', true, false],
      ['Thứ Sáu', true, false],
      ['Thứ Bảy', false, false],
      ['Chủ nhật', false, false],
    ]);
    expect(value.thisWeek.days[3]?.entryKeys).toEqual([expect.stringMatching(/^coordination:/)]);
    // Thu 10/12 is 1 working day away (red); Mon 14/12 is 3 (amber).
    expect(value.counts).toEqual({ red: 1, amber: 1, green: 0, overdue: 0, total: 2 });
    // Submitted items and cancelled meetings leave the dashboard.
    await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'submitted' });
    expect((await invoke(ctx, 'dashboard.get', {})).entries).toEqual([]);
    closeAppContext(ctx);
  });

  it('lists an item as at risk when documents to sign are unsigned with three working days or fewer left', async () => {
    const dir = tempDir();
    const { item } = await seeded(dir);
    const early = await dashboardOn(dir, '2026-12-01');
    expect(early.value.atRisk).toEqual([]);
    closeAppContext(early.ctx);
    const { ctx, value } = await dashboardOn(dir, '2026-12-09');
    expect(value.atRisk.map((r) => [r.item.id, r.due, r.workingDaysLeft])).toEqual([
      [item.id, '2026-12-14', 3],
    ]);
    expect(value.atRisk[0]?.unsigned.map((u) => u.label)).toEqual([
      'Tờ trình',
      'Báo cáo thẩm định của Sở Tư pháp',
    ]);
    const checklist = await invoke(ctx, 'checklist.get', { itemId: item.id });
    for (const e of checklist.entries.filter((x) => x.mustBeSigned)) {
      await invoke(ctx, 'checklist.setState', { entryId: e.id, state: 'signed' });
    }
    expect((await invoke(ctx, 'dashboard.get', {})).atRisk).toEqual([]);
    closeAppContext(ctx);
  });

  it('shows the leaders’ opinion deadline for a PPC session item until it awaits signature', async () => {
    // PPC session Thu 17/12/2026: opinion before the 10th → Wed 09/12; signed documents → Mon 14/12.
    const { ctx, meeting } = await aWorkspace(tempDir(), '2026-11-25', { kind: 'ppc', date: '2026-12-17' });
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    let value = await invoke(ctx, 'dashboard.get', {});
    expect(value.entries.map((e) => [e.rule, e.due])).toEqual([
      ['leader-opinion', '2026-12-09'],
      ['signed-documents', '2026-12-14'],
    ]);
    await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'awaiting-signature' });
    value = await invoke(ctx, 'dashboard.get', {});
    expect(value.entries.map((e) => e.rule)).toEqual(['signed-documents']);
    closeAppContext(ctx);
  });
});
