import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { DEFAULT_TEMPLATES } from '../../../shared/dossiers/checklistTemplates';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { anItem, aWorkspace } from './builders';

const tempDir = tempDirsPerTest();

async function errorCode(promise: ReturnType<typeof dispatch>): Promise<string> {
  const r = await promise;
  if (r.ok) throw new Error('expected an error');
  return r.error.code;
}

describe('agenda items and their checklists', () => {
  it('copies the template of the item kind into its checklist, with the four content requirements', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(
      ctx,
      'agendaItems.create',
      anItem(meeting.id, { contentKind: 'individual-decision' }),
    );
    const checklist = await invoke(ctx, 'checklist.get', { itemId: item.id });
    expect(checklist.entries.map((e) => e.label)).toEqual(
      DEFAULT_TEMPLATES['individual-decision'].map((e) => e.label),
    );
    expect(checklist.entries.filter((e) => e.entryKind === 'content-requirement').map((e) => e.code)).toEqual(
      ['legal-basis', 'practical-basis', 'procedure-authority', 'advisory-position'],
    );
    expect(checklist.entries.every((e) => e.state === 'missing')).toBe(true);
    expect(checklist.entries.find((e) => e.code === 'submission')?.mustBeSigned).toBe(true);
    closeAppContext(ctx);
  });

  it('uses an edited template for new items and never rewrites checklists already made', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const before = await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { contentKind: 'other' }));
    const edited = await invoke(ctx, 'templates.update', {
      contentKind: 'other',
      entries: [
        { label: 'Tờ trình', mustBeSigned: true },
        { label: 'Báo cáo rà soát của Phòng Pháp chế', required: false },
      ],
    });
    expect(edited.customised).toBe(true);
    const after = await invoke(
      ctx,
      'agendaItems.create',
      anItem(meeting.id, { contentKind: 'other', title: 'Nội dung thứ hai' }),
    );
    const oldList = await invoke(ctx, 'checklist.get', { itemId: before.id });
    const newList = await invoke(ctx, 'checklist.get', { itemId: after.id });
    expect(oldList.entries.map((e) => e.label)).toEqual(DEFAULT_TEMPLATES.other.map((e) => e.label));
    expect(newList.entries.map((e) => [e.label, e.required, e.mustBeSigned])).toEqual([
      ['Tờ trình', true, true],
      ['Báo cáo rà soát của Phòng Pháp chế', false, false],
    ]);
    const reset = await invoke(ctx, 'templates.reset', { contentKind: 'other' });
    expect(reset.customised).toBe(false);
    expect(reset.entries.map((e) => e.label)).toEqual(DEFAULT_TEMPLATES.other.map((e) => e.label));
    expect((await invoke(ctx, 'checklist.get', { itemId: after.id })).entries).toHaveLength(2);
    closeAppContext(ctx);
  });

  it('moves forward skipping steps, back one step, and reopens a withdrawn item only as a draft', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    expect(item.status).toBe('drafting');
    const skipped = await invoke(ctx, 'agendaItems.setStatus', {
      id: item.id,
      status: 'awaiting-coordination',
    });
    expect(skipped.status).toBe('awaiting-coordination');
    expect(await errorCode(dispatch(ctx, 'agendaItems.setStatus', { id: item.id, status: 'drafting' }))).toBe(
      'invalid-status-transition',
    );
    await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'under-appraisal' });
    await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'withdrawn' });
    expect(await errorCode(dispatch(ctx, 'agendaItems.setStatus', { id: item.id, status: 'signed' }))).toBe(
      'invalid-status-transition',
    );
    const reopened = await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'drafting' });
    expect(reopened.allowedStatuses).toContain('under-appraisal');
    closeAppContext(ctx);
  });

  it('shows the meeting deadlines on open items only, explained, and none once submitted', async () => {
    // Chairman session Thu 17/12/2026: signed documents due Mon 14/12 (3 working days before).
    const { ctx, meeting } = await aWorkspace(tempDir(), '2026-11-25', {
      date: '2026-12-17',
      kind: 'chairman',
    });
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    expect(item.deadlines.map((d) => [d.rule, d.due])).toEqual([['signed-documents', '2026-12-14']]);
    expect(item.deadlines[0]?.explanation.vi).toContain('14/12/2026');
    await invoke(ctx, 'agendaItems.setStatus', { id: item.id, status: 'submitted' });
    const list = await invoke(ctx, 'agendaItems.list', { meetingId: meeting.id });
    expect(list.items[0]?.deadlines).toEqual([]);
    expect(list.deadlines.map((d) => d.due)).toEqual(['2026-12-14']);
    closeAppContext(ctx);
  });

  it('reorders the items of a meeting and refuses an order that leaves one out', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const a = await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { title: 'Thứ nhất' }));
    const b = await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { title: 'Thứ hai' }));
    expect([a.position, b.position]).toEqual([1, 2]);
    const list = await invoke(ctx, 'agendaItems.reorder', { meetingId: meeting.id, itemIds: [b.id, a.id] });
    expect(list.items.map((i) => [i.title, i.position])).toEqual([
      ['Thứ hai', 1],
      ['Thứ nhất', 2],
    ]);
    expect(
      await errorCode(dispatch(ctx, 'agendaItems.reorder', { meetingId: meeting.id, itemIds: [b.id] })),
    ).toBe('invalid-item-order');
    closeAppContext(ctx);
  });

  it('refuses items for a cancelled meeting and deletes an item with its whole checklist', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    await invoke(ctx, 'agendaItems.delete', { id: item.id });
    const left = ctx.db!.prepare('SELECT count(*) AS n FROM checklist_entry').get();
    expect(left).toEqual({ n: 0 });
    await invoke(ctx, 'meetings.cancel', { id: meeting.id });
    expect(await errorCode(dispatch(ctx, 'agendaItems.create', anItem(meeting.id)))).toBe(
      'meeting-cancelled',
    );
    expect(await errorCode(dispatch(ctx, 'agendaItems.get', { id: item.id }))).toBe('agenda-item-not-found');
    closeAppContext(ctx);
  });

  it('ticks entries, keeps notes, adds and removes an entry of its own', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(
      ctx,
      'agendaItems.create',
      anItem(meeting.id, { contentKind: 'report-plan-scheme' }),
    );
    const [first] = (await invoke(ctx, 'checklist.get', { itemId: item.id })).entries;
    await invoke(ctx, 'checklist.setState', { entryId: first!.id, state: 'final' });
    const noted = await invoke(ctx, 'checklist.setNotes', {
      entryId: first!.id,
      notes: '  Chờ Giám đốc duyệt  ',
    });
    expect([noted.state, noted.notes]).toEqual(['final', 'Chờ Giám đốc duyệt']);
    const extra = await invoke(ctx, 'checklist.addEntry', {
      itemId: item.id,
      label: 'Bản đồ khoanh vùng',
      required: false,
    });
    const count = DEFAULT_TEMPLATES['report-plan-scheme'].length;
    expect(extra.position).toBe(count + 1);
    await invoke(ctx, 'checklist.removeEntry', { entryId: first!.id });
    const after = await invoke(ctx, 'checklist.get', { itemId: item.id });
    expect(after.entries.map((e) => e.position)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const summary = (await invoke(ctx, 'agendaItems.get', { id: item.id })).checklist;
    expect([summary.total, summary.done]).toEqual([count, 0]);
    closeAppContext(ctx);
  });
});
