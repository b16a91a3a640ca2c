import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

describe('meetings in the past and second meetings of a kind on a day are saved after a confirmation', () => {
  it('asks before saving last month’s PPC session, then saves it when confirmed, for the scorecard', async () => {
    const ctx = aContext(tempDir(), '2026-12-01');
    await invoke(ctx, 'agency.setup', anAgency);
    const past = aMeeting({ kind: 'ppc', date: '2026-11-05' });
    const asked = await dispatch(ctx, 'meetings.create', past);
    expect(asked.ok ? null : asked.error).toMatchObject({
      code: 'meeting-in-past',
      detail: { confirm: 'confirmPast' },
    });
    expect(await invoke(ctx, 'meetings.list', {})).toEqual([]);
    const saved = await invoke(ctx, 'meetings.create', { ...past, confirmPast: true });
    expect(saved.date).toBe('2026-11-05');
    closeAppContext(ctx);
  });

  it('asks before a second PPC session on the same day, and not for another kind or a cancelled one', async () => {
    const ctx = aContext(tempDir(), '2026-12-01');
    await invoke(ctx, 'agency.setup', anAgency);
    const first = await invoke(ctx, 'meetings.create', aMeeting({ kind: 'ppc', date: '2026-12-17' }));
    const second = await dispatch(ctx, 'meetings.create', aMeeting({ kind: 'ppc', date: '2026-12-17' }));
    expect(second.ok ? null : second.error).toMatchObject({ code: 'meeting-duplicate' });
    if (!second.ok) expect(second.error.vi).toContain('đã có 1 cuộc họp cùng loại');
    await invoke(ctx, 'meetings.create', aMeeting({ kind: 'party-committee', date: '2026-12-17' }));
    await invoke(ctx, 'meetings.create', {
      ...aMeeting({ kind: 'ppc', date: '2026-12-17' }),
      confirmDuplicate: true,
    });
    await invoke(ctx, 'meetings.cancel', { id: first.id });
    const list = await invoke(ctx, 'meetings.list', {});
    expect(list.map((m) => m.kind).sort()).toEqual(['party-committee', 'ppc']);
    closeAppContext(ctx);
  });
});
