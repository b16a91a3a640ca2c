import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

async function readyContext(today = '2026-11-25') {
  const ctx = aContext(tempDir(), today);
  await invoke(ctx, 'agency.setup', anAgency);
  return ctx;
}

describe('agency calendar and deadline rules in the app', () => {
  it('computes the signed-documents deadline of a Chairman session: Thu 17/12/2026 → Mon 14/12/2026', async () => {
    const ctx = await readyContext();
    const m = await invoke(ctx, 'meetings.create', aMeeting({ kind: 'chairman', date: '2026-12-17' }));
    const [signed] = await invoke(ctx, 'deadlines.forMeeting', { meetingId: m.id });
    expect(signed).toMatchObject({
      rule: 'signed-documents',
      due: '2026-12-14',
      dueTime: '17:00',
      provisional: false,
    });
    // From Wed 25/11/2026: working days 26,27,30/11 and 1–4, 7–11, 14/12 = 13.
    expect(signed?.workingDaysLeft).toBe(13);
    expect(signed?.calendarDaysLeft).toBe(19);
    closeAppContext(ctx);
  });

  it('applies a local day off and a worked Saturday everywhere at once', async () => {
    const ctx = await readyContext();
    const m = await invoke(ctx, 'meetings.create', aMeeting({ kind: 'chairman', date: '2026-12-17' }));
    await invoke(ctx, 'calendar.overrides.save', {
      date: '2026-12-14',
      working: false,
      name: 'Nghỉ kỷ niệm ngày thành lập Sở',
      source: 'Quyết định 12/QĐ-STP',
    });
    const afterDayOff = await invoke(ctx, 'deadlines.forMeeting', { meetingId: m.id });
    expect(afterDayOff[0]?.due).toBe('2026-12-11');
    expect(afterDayOff[0]?.skipped.map((d) => d.date)).toEqual(['2026-12-12', '2026-12-13', '2026-12-14']);
    expect(afterDayOff[0]?.skipped[2]?.reason).toBe('Nghỉ kỷ niệm ngày thành lập Sở');

    await invoke(ctx, 'calendar.overrides.save', {
      date: '2026-12-12',
      working: true,
      name: 'Làm bù thứ Bảy',
    });
    const afterSwap = await invoke(ctx, 'deadlines.forMeeting', { meetingId: m.id });
    expect(afterSwap[0]?.due).toBe('2026-12-12');

    const month = await invoke(ctx, 'calendar.month', { year: 2026, month: 12 });
    expect(month.days).toHaveLength(31);
    expect(month.days[11]).toMatchObject({ date: '2026-12-12', working: true, kind: 'override' });
    expect(month.days[13]).toMatchObject({
      date: '2026-12-14',
      working: false,
      name: 'Nghỉ kỷ niệm ngày thành lập Sở',
    });

    await invoke(ctx, 'calendar.overrides.remove', { date: '2026-12-12' });
    await invoke(ctx, 'calendar.overrides.remove', { date: '2026-12-14' });
    expect((await invoke(ctx, 'deadlines.forMeeting', { meetingId: m.id }))[0]?.due).toBe('2026-12-14');
    closeAppContext(ctx);
  });

  it('shows the Tết 2026 schedule with its source, and marks a year without one as provisional', async () => {
    const ctx = await readyContext();
    const feb = await invoke(ctx, 'calendar.month', { year: 2026, month: 2 });
    expect(feb.provisional).toBe(false);
    const off = feb.days.filter((d) => !d.working && d.kind !== 'weekend').map((d) => d.date);
    expect(off).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(feb.sources.length).toBeGreaterThan(0);
    const later = await invoke(ctx, 'calendar.month', { year: 2031, month: 1 });
    expect(later.provisional).toBe(true);
    closeAppContext(ctx);
  });

  it('lets the agency change rule numbers and office hours, and validates them', async () => {
    const ctx = await readyContext();
    const m = await invoke(ctx, 'meetings.create', aMeeting({ kind: 'chairman', date: '2026-12-17' }));
    const rules = await invoke(ctx, 'rules.get', {});
    expect(rules.signedDocumentsWorkingDays.chairman).toBe(3);
    const updated = await invoke(ctx, 'rules.update', {
      rules: {
        ...rules,
        officeHoursEnd: '16:30',
        signedDocumentsWorkingDays: { ...rules.signedDocumentsWorkingDays, chairman: 5 },
      },
    });
    expect(updated.officeHoursEnd).toBe('16:30');
    const [signed] = await invoke(ctx, 'deadlines.forMeeting', { meetingId: m.id });
    expect(signed).toMatchObject({ due: '2026-12-10', dueTime: '16:30' });
    expect((await invoke(ctx, 'app.status', {})).agency?.officeHoursEnd).toBe('16:30');

    const bad = await dispatch(ctx, 'rules.update', {
      rules: { ...rules, signedDocumentsWorkingDays: { ...rules.signedDocumentsWorkingDays, chairman: 0 } },
    });
    expect(bad.ok).toBe(false);
    expect((await invoke(ctx, 'rules.get', {})).signedDocumentsWorkingDays.chairman).toBe(5);
    closeAppContext(ctx);
  });

  it('refuses an override on an impossible date and removing one that does not exist', async () => {
    const ctx = await readyContext();
    const impossible = await dispatch(ctx, 'calendar.overrides.save', {
      date: '2026-02-30',
      working: false,
      name: 'x',
    });
    expect(impossible.ok).toBe(false);
    const missing = await dispatch(ctx, 'calendar.overrides.remove', { date: '2026-02-10' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'override-not-found' } });
    expect(await invoke(ctx, 'calendar.overrides.list', {})).toEqual([]);
    closeAppContext(ctx);
  });

  it('gives the deadline of the report on 01/2026: before 15/02/2026 is Fri 13/02 (14/02 is a Saturday of Tết)', async () => {
    const ctx = await readyContext();
    const due = await invoke(ctx, 'deadlines.monthlyReport', { month: '2026-01' });
    expect(due.due).toBe('2026-02-13');
    closeAppContext(ctx);
  });
});
