import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

describe('text with NUL or another control character', () => {
  it.each([
    ['NUL', 'Họp\u0000 UBND'],
    ['BEL', 'Họp\u0007 UBND'],
    ['ESC', 'Họp \u001b[31m UBND'],
    ['C1 NEL', 'Họp\u0085UBND'],
  ])(
    'gets a field message for %s in a meeting title, never an internal error or SQL',
    async (_name, title) => {
      const ctx = aContext(tempDir());
      await invoke(ctx, 'agency.setup', anAgency);
      const r = await dispatch(ctx, 'meetings.create', aMeeting({ title }));
      closeAppContext(ctx);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).not.toBe('internal');
      expect(r.error.vi).toContain('ký tự điều khiển');
      expect(r.error.en).toContain('control character');
      expect(`${r.error.vi} ${r.error.en}`).not.toMatch(/INSERT|SELECT|SQLITE/i);
    },
  );

  it('gets a field message in a search, too', async () => {
    const ctx = aContext(tempDir());
    const r = await dispatch(ctx, 'search.query', { text: 'to trinh\u0000', limit: 10 });
    closeAppContext(ctx);
    expect(r.ok ? 'ok' : r.error.en).toContain('control character');
  });

  it('keeps tabs and line breaks, which people do type', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    const meeting = await invoke(ctx, 'meetings.create', aMeeting({ title: 'Họp\tUBND' }));
    closeAppContext(ctx);
    expect(meeting.title).toBe('Họp\tUBND');
  });
});
