import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import type { Args, Channel } from '../../../shared/contract';
import type { AgendaEntry } from '../../../shared/contract/agenda';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/**
 * Hand-checked against the 2026 schedule (DOMAIN.md), today Wed 25/02/2026 (Tết 14–22/02 is over):
 * - PPC session Thu 05/03/2026: signed documents WORKDAY(−3) = Mon 02/03; the leaders' opinion by the
 *   9th rule is Mon 09/03, after the session, so it is capped to Mon 02/03.
 * - Task due Thu 26/02 (tomorrow): its extension report is due the previous working day, Wed 25/02.
 * - Task due Mon 16/03, extended to Wed 15/04: new extension report Tue 14/04.
 * - Monthly report on 01/2026: before 15/02 → Sat 14/02 is Tết → Fri 13/02 (before the agency started);
 *   on 02/2026: Sat 14/03 → Fri 13/03.
 */
async function seeded(dir: string) {
  const ctx = aContext(dir, '2026-02-25');
  await invoke(ctx, 'agency.setup', anAgency);
  const meeting = await invoke(ctx, 'meetings.create', aMeeting({ kind: 'ppc', date: '2026-03-05' }));
  const item = await invoke(ctx, 'agendaItems.create', {
    meetingId: meeting.id,
    title: 'Dự thảo Nghị quyết quy định mức thu phí thẩm định đề án',
    contentKind: 'legal-normative',
    leadOfficer: 'Nguyễn Thị Mai',
    leaderInCharge: 'Phó Giám đốc Bùi Thị Hạnh',
  });
  await invoke(ctx, 'coordination.add', {
    itemId: item.id,
    agency: 'Sở Tài chính',
    person: 'Bà Trần Thị Hương',
    askedOn: '2026-02-24',
    dueOn: '2026-03-02',
  });
  const tomorrow = await invoke(ctx, 'tasks.create', {
    sourceDocument: 'Thông báo số 12/TB-UBND',
    content: 'Báo cáo tình hình giải ngân vốn đầu tư công quý I',
    deadline: '2026-02-26',
    leader: 'Phó Giám đốc Trần Văn Hùng',
  });
  const extended = await invoke(ctx, 'tasks.create', {
    sourceDocument: 'Văn bản số 845/UBND-KT',
    content: 'Tham mưu phương án xử lý ô nhiễm tại cụm công nghiệp',
    deadline: '2026-03-16',
    leader: 'Phó Giám đốc Lê Thị Hoa',
  });
  return { ctx, meeting, item, tomorrow, extended };
}

function byKey(entries: readonly AgendaEntry[], key: string): AgendaEntry {
  const found = entries.find((e) => e.key === key);
  if (!found) throw new Error(`no agenda entry ${key} among ${entries.map((e) => e.key).join(', ')}`);
  return found;
}

async function refusal<C extends Channel>(ctx: AppContext, channel: C, args: Args<C>) {
  const result = await dispatch(ctx, channel, args);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

describe('the agenda gathers every dated duty in date order', () => {
  it('lists the meeting’s duties (opinion capped), coordination, tasks, extension reports and monthly reports', async () => {
    const { ctx, item, tomorrow } = await seeded(tempDir());
    const view = await invoke(ctx, 'agenda.list', { from: '2026-02-01', to: '2026-03-31' });
    const e = view.entries;
    expect(byKey(e, `signed-documents:item:${item.id}`)).toMatchObject({
      date: '2026-03-02',
      time: '17:00',
      state: 'pending',
      provisional: false,
    });
    const opinion = byKey(e, `leader-opinion:item:${item.id}`);
    expect(opinion).toMatchObject({ date: '2026-03-02', person: 'Phó Giám đốc Bùi Thị Hạnh' });
    expect(opinion.explanation.vi).toContain('không muộn hơn hạn nộp bản ký');
    expect(byKey(e, `task-deadline:task:${tomorrow.id}`)).toMatchObject({
      date: '2026-02-26',
      workingDaysLeft: 1,
      urgency: 'red',
    });
    expect(byKey(e, `task-extension-report:task:${tomorrow.id}`)).toMatchObject({
      date: '2026-02-25',
      state: 'pending',
    });
    // The report on 01/2026 fell due (Fri 13/02) before the agency started on 25/02: not its business here.
    expect(e.find((x) => x.key === 'monthly-report:month:2026-01')).toBeUndefined();
    expect(byKey(e, 'monthly-report:month:2026-02').subject).toBe(
      'Báo cáo tháng 02/2026 (gửi tháng 03/2026)',
    );
    expect(byKey(e, 'monthly-report:month:2026-02').date).toBe('2026-03-13');
    expect(e.map((x) => x.date)).toEqual([...e.map((x) => x.date)].sort());

    const filtered = await invoke(ctx, 'agenda.list', {
      from: '2026-02-01',
      to: '2026-03-31',
      kinds: ['coordination-answer'],
      person: 'tran thi huong',
    });
    expect(filtered.entries.map((x) => x.key)).toEqual([expect.stringMatching(/^coordination-answer:/)]);
    closeAppContext(ctx);
  });

  it('puts a task due tomorrow in the dashboard’s at-risk box', async () => {
    const { ctx, tomorrow } = await seeded(tempDir());
    const dashboard = await invoke(ctx, 'dashboard.get', {});
    expect(dashboard.atRiskDuties.map((d) => d.key)).toContain(`task-deadline:task:${tomorrow.id}`);
    const wednesday = dashboard.thisWeek.days.find((d) => d.date === '2026-02-25');
    expect(wednesday?.agendaKeys).toContain(`task-extension-report:task:${tomorrow.id}`);
    closeAppContext(ctx);
  });

  it('gives an extended task its new deadline and its own extension-report date, keeping the first deadline', async () => {
    const { ctx, extended } = await seeded(tempDir());
    await invoke(ctx, 'tasks.report', {
      id: extended.id,
      submittedOn: '2026-02-25',
      reason: 'Chờ kết quả quan trắc',
    });
    const task = await invoke(ctx, 'tasks.extend', {
      id: extended.id,
      newDeadline: '2026-04-15',
      grantedOn: '2026-02-25',
    });
    expect(task).toMatchObject({
      deadline: '2026-04-15',
      report: null,
      extension: { originalDeadline: '2026-03-16', grantedOn: '2026-02-25', reason: 'Chờ kết quả quan trắc' },
    });
    expect(task.extensionReport.due).toBe('2026-04-14');
    expect(task.outcome.code).toBe('in-progress');
    const view = await invoke(ctx, 'agenda.list', { from: '2026-02-01', to: '2026-04-30' });
    expect(byKey(view.entries, `task-deadline:task:${extended.id}`).date).toBe('2026-04-15');
    expect(byKey(view.entries, `task-extension-report:task:${extended.id}`).date).toBe('2026-04-14');
    closeAppContext(ctx);
  });

  it('marks the monthly report sent, and the signed documents done on time or late by date and time', async () => {
    const { ctx, item } = await seeded(tempDir());
    await invoke(ctx, 'agenda.monthlyReportSent', { month: '2026-01', sentOn: '2026-02-12' });
    closeAppContext(ctx);
    // On Mon 02/03 the documents go at 18:00, after office hours: late.
    const later = aContext(ctx.dataDir, '2026-03-03');
    for (const status of ['awaiting-signature', 'signed', 'submitted'] as const) {
      await invoke(later, 'agendaItems.setStatus', {
        id: item.id,
        status,
        ...(status === 'submitted' && { submittedOn: '2026-03-02', submittedTime: '18:00' }),
      });
    }
    let view = await invoke(later, 'agenda.list', { from: '2026-02-01', to: '2026-03-31' });
    expect(byKey(view.entries, 'monthly-report:month:2026-01')).toMatchObject({
      state: 'done',
      doneOn: '2026-02-12',
    });
    expect(byKey(view.entries, `signed-documents:item:${item.id}`)).toMatchObject({ state: 'done-late' });
    await invoke(later, 'agendaItems.recordSubmission', {
      id: item.id,
      submittedOn: '2026-03-02',
      submittedTime: '16:45',
      lateReason: '',
    });
    view = await invoke(later, 'agenda.list', { from: '2026-02-01', to: '2026-03-31' });
    expect(byKey(view.entries, `signed-documents:item:${item.id}`)).toMatchObject({ state: 'done' });
    closeAppContext(later);
  });
});

describe('an extension across the year end', () => {
  it('moves a task due Wed 30/12/2026 to Tue 05/01/2027, its report to Mon 04/01/2027 (provisional year)', async () => {
    const ctx = aContext(tempDir(), '2026-12-28');
    await invoke(ctx, 'agency.setup', anAgency);
    const task = await invoke(ctx, 'tasks.create', {
      sourceDocument: 'Thông báo số 201/TB-UBND',
      content: 'Tổng kết công tác năm 2026',
      deadline: '2026-12-30',
    });
    // Before: the working day before Wed 30/12/2026 is Tue 29/12.
    expect(task.extensionReport.due).toBe('2026-12-29');
    const extended = await invoke(ctx, 'tasks.extend', {
      id: task.id,
      newDeadline: '2027-01-05',
      grantedOn: '2026-12-28',
    });
    // 01/01/2027 (Fri) is New Year; the working day before Tue 05/01/2027 is Mon 04/01.
    expect(extended.extensionReport).toMatchObject({ due: '2027-01-04', provisional: true });
    closeAppContext(ctx);
  });
});

describe('bad input is refused in both languages and nothing is written', () => {
  it('refuses 25:00, a submission before the item existed, and an extension not after the deadline', async () => {
    const { ctx, item, extended } = await seeded(tempDir());
    const time = await refusal(ctx, 'agendaItems.setStatus', {
      id: item.id,
      status: 'submitted',
      submittedOn: '2026-02-25',
      submittedTime: '25:00',
    });
    expect(time.vi).not.toBe(time.en);
    for (const status of ['awaiting-signature', 'signed'] as const)
      await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status });
    const before = await refusal(ctx, 'agendaItems.setStatus', {
      id: item.id,
      status: 'submitted',
      submittedOn: '2026-02-20',
      submittedTime: '09:00',
    });
    expect(before.code).toBe('submission-before-item');
    expect(before.vi).toContain('trước ngày tạo');
    expect((await invoke(ctx, 'agendaItems.get', { id: item.id })).status).toBe('signed');
    const earlier = await refusal(ctx, 'tasks.extend', {
      id: extended.id,
      newDeadline: '2026-03-10',
      grantedOn: '2026-02-25',
    });
    expect(earlier.code).toBe('task.extensionNotLater');
    expect((await invoke(ctx, 'tasks.list', {})).find((t) => t.id === extended.id)?.deadline).toBe(
      '2026-03-16',
    );
    closeAppContext(ctx);
  });
});

describe('the .ics export', () => {
  it('re-parses with the same events: due time in Vietnam, Vietnamese text, a reminder the day before, stable UIDs', async () => {
    const { ctx, item } = await seeded(tempDir());
    const range = { from: '2026-02-01', to: '2026-04-30' };
    const entries = (await invoke(ctx, 'agenda.list', range)).entries;
    const file = await invoke(ctx, 'agenda.exportIcs', range);
    expect(file.events).toBe(entries.length);
    const text = readFileSync(file.path, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((ev) => ev.summary)).toEqual(entries.map((e) => e.title));
    expect(new Set(events.map((ev) => ev.uid)).size).toBe(entries.length);
    const signed = events.find((ev) => ev.uid.startsWith(`signed-documents:item:${item.id}.`));
    // Mon 02/03/2026 17:00 in Vietnam = 10:00 UTC.
    expect(signed?.startDate.toJSDate().toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(signed?.summary).toBe(
      'Nộp bản ký, đóng dấu: Dự thảo Nghị quyết quy định mức thu phí thẩm định đề án',
    );
    const alarm = signed?.component.getFirstSubcomponent('valarm');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D');
    closeAppContext(ctx);

    // A later export (another day) keeps every UID and raises SEQUENCE, so calendars update the events.
    const later = aContext(ctx.dataDir, '2026-02-27');
    const again = await invoke(later, 'agenda.exportIcs', range);
    const second = new ICAL.Component(ICAL.parse(readFileSync(again.path, 'utf8'))).getAllSubcomponents(
      'vevent',
    );
    expect(second.map((v) => v.getFirstPropertyValue('uid'))).toEqual(events.map((ev) => ev.uid));
    expect(Number(second[0]?.getFirstPropertyValue('sequence'))).toBeGreaterThan(events[0]?.sequence ?? 0);
    closeAppContext(later);
  });
});
