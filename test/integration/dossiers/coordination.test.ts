import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { aContext, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, unsignedPdf } from './builders';

const tempDir = tempDirsPerTest();

describe('coordination with other agencies', () => {
  it('marks a request overdue when its deadline has passed without an answer, and not once answered', async () => {
    const dir = tempDir();
    const { ctx, meeting } = await aWorkspace(dir, '2026-11-25', { date: '2026-12-17' });
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    const request = await invoke(ctx, 'coordination.add', {
      itemId: item.id,
      agency: 'Sở Xây dựng',
      person: 'Ông Phạm Quốc Bảo',
      askedOn: '2026-11-20',
      dueOn: '2026-11-27',
    });
    expect([request.overdue, request.answer]).toEqual([false, null]);
    closeAppContext(ctx);

    const later = aContext(dir, '2026-11-30');
    const [overdue] = await invoke(later, 'coordination.list', { itemId: item.id });
    // Due Fri 27/11, seen Mon 30/11: 3 calendar days, but only Monday is a working day late.
    expect([overdue?.overdue, overdue?.daysOverdue, overdue?.workingDaysOverdue]).toEqual([true, 3, 1]);
    expect((await invoke(later, 'agendaItems.get', { id: item.id })).coordination).toEqual({
      total: 1,
      answered: 0,
      overdue: 1,
      disagree: 0,
    });
    const letter = aFile(dir, 'Công văn 45-SXD.pdf', await unsignedPdf('Công văn góp ý'));
    const answered = await invoke(later, 'coordination.answer', {
      id: request.id,
      answer: 'disagree',
      answerText: 'Không thống nhất Điều 3.',
      answeredOn: '2026-11-30',
      file: { kind: 'path', path: letter },
    });
    expect([answered.overdue, answered.answer, answered.file?.name]).toEqual([
      false,
      'disagree',
      'Công văn 45-SXD.pdf',
    ]);
    expect((await invoke(later, 'agendaItems.get', { id: item.id })).coordination.disagree).toBe(1);

    const cleared = await invoke(later, 'coordination.clearAnswer', { id: request.id });
    expect([cleared.answer, cleared.file, cleared.overdue]).toEqual([null, null, true]);
    expect(later.db!.prepare('SELECT count(*) AS n FROM blob').get()).toEqual({ n: 0 });
    closeAppContext(later);
  });

  it('refuses a response deadline before the date asked', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    const r = await dispatch(ctx, 'coordination.add', {
      itemId: item.id,
      agency: 'Sở Tài chính',
      askedOn: '2026-11-20',
      dueOn: '2026-11-19',
    });
    expect(r.ok ? '' : r.error.code).toBe('coordination-due-before-asked');
    expect(await invoke(ctx, 'coordination.list', { itemId: item.id })).toEqual([]);
    closeAppContext(ctx);
  });
});
