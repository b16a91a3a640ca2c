import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { handlers } from '../../../electron/app/handlers';
import { CHANNELS } from '../../../shared/contract';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

async function errorOf(promise: ReturnType<typeof dispatch>) {
  const result = await promise;
  if (result.ok) throw new Error('expected an error result');
  return result.error;
}

describe('the handler map behind every transport', () => {
  it('implements exactly the channels of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers an unknown channel with a typed error in both languages', async () => {
    const ctx = aContext(tempDir());
    const error = await errorOf(dispatch(ctx, 'files.deleteEverything', {}));
    expect(error.code).toBe('unknown-channel');
    expect(error.vi).toContain('không tồn tại');
    expect(error.en).toContain('no channel');
    closeAppContext(ctx);
  });

  it('rejects malformed arguments before any handler runs, naming the field', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    for (const bad of [
      null,
      42,
      'x',
      [],
      { kind: 'ppc' },
      { ...aMeeting(), kind: 'party' },
      { ...aMeeting(), extra: 1 },
    ]) {
      const error = await errorOf(dispatch(ctx, 'meetings.create', bad));
      expect(error.code).toBe('invalid-argument');
    }
    const empty = await errorOf(dispatch(ctx, 'meetings.create', { ...aMeeting(), title: '   ' }));
    expect(empty.vi).toContain('Nội dung / tiêu đề: không được để trống');
    expect(empty.en).toContain('Title: must not be empty');
    const impossible = await errorOf(dispatch(ctx, 'meetings.create', { ...aMeeting(), date: '2026-02-31' }));
    expect(impossible.vi).toContain('Ngày: không phải ngày hợp lệ');
    expect(await invoke(ctx, 'meetings.list', {})).toEqual([]);
    closeAppContext(ctx);
  });

  it('lists every invalid field at once, each with its own message, and never a raw path', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    const error = await errorOf(
      dispatch(ctx, 'meetings.create', { ...aMeeting(), date: '', title: '', time: '25:00' }),
    );
    expect(error.detail?.issues).toEqual([
      { field: 'date', vi: 'không phải ngày hợp lệ', en: 'is not a valid date' },
      { field: 'time', vi: 'không phải giờ hợp lệ (HH:mm)', en: 'is not a valid time (HH:mm)' },
      { field: 'title', vi: 'không được để trống', en: 'must not be empty' },
    ]);
    expect(error.vi).toBe(
      'Dữ liệu chưa hợp lệ: Ngày: không phải ngày hợp lệ; Giờ: không phải giờ hợp lệ (HH:mm); Nội dung / tiêu đề: không được để trống.',
    );
    const nested = await errorOf(dispatch(ctx, 'rules.update', { rules: { officeHoursEnd: '99:99' } }));
    expect(nested.vi).toContain('Giờ kết thúc làm việc: không phải giờ hợp lệ (HH:mm)');
    expect(`${nested.vi} ${nested.en}`).not.toMatch(/rules\.|\[|invalid-/);
    closeAppContext(ctx);
  });

  it('refuses a meeting in the past and writes nothing', async () => {
    const ctx = aContext(tempDir(), '2026-11-25');
    await invoke(ctx, 'agency.setup', anAgency);
    const error = await errorOf(dispatch(ctx, 'meetings.create', aMeeting({ date: '2026-11-24' })));
    expect(error.code).toBe('meeting-in-past');
    expect(error.vi).toContain('24/11/2026');
    expect(await invoke(ctx, 'meetings.list', {})).toEqual([]);
    closeAppContext(ctx);
  });

  it('accepts a meeting today, normalises its text to NFC and lists it', async () => {
    const ctx = aContext(tempDir(), '2026-11-25');
    await invoke(ctx, 'agency.setup', anAgency);
    const nfd = 'Tờ trình dự thảo'.normalize('NFD');
    const meeting = await invoke(
      ctx,
      'meetings.create',
      aMeeting({ date: '2026-11-25', title: `  ${nfd}  ` }),
    );
    expect(meeting.title).toBe('Tờ trình dự thảo'.normalize('NFC'));
    expect((await invoke(ctx, 'meetings.list', {})).map((m) => m.id)).toEqual([meeting.id]);
    closeAppContext(ctx);
  });

  it('requires the Vice-Chairman for a Vice-Chairman session', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    const error = await errorOf(dispatch(ctx, 'meetings.create', aMeeting({ kind: 'vice-chairman' })));
    expect(error.code).toBe('vice-chairman-required');
    const ok = await invoke(
      ctx,
      'meetings.create',
      aMeeting({ kind: 'vice-chairman', viceChairman: 'Ông Nguyễn Văn A' }),
    );
    expect(ok.viceChairman).toBe('Ông Nguyễn Văn A');
    closeAppContext(ctx);
  });

  it('edits and cancels a meeting, keeping the cancelled one on record', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    const m = await invoke(ctx, 'meetings.create', aMeeting());
    const edited = await invoke(ctx, 'meetings.update', { id: m.id, ...aMeeting({ place: 'Hội trường B' }) });
    expect(edited.place).toBe('Hội trường B');
    await invoke(ctx, 'meetings.cancel', { id: m.id });
    expect(await invoke(ctx, 'meetings.list', {})).toEqual([]);
    expect((await invoke(ctx, 'meetings.list', { includeCancelled: true }))[0]?.status).toBe('cancelled');
    const missing = await errorOf(dispatch(ctx, 'meetings.cancel', { id: 999 }));
    expect(missing.code).toBe('meeting-not-found');
    closeAppContext(ctx);
  });

  it('refuses meetings before the agency is set up', async () => {
    const ctx = aContext(tempDir());
    expect((await invoke(ctx, 'app.status', {})).state).toBe('needs-setup');
    const error = await errorOf(dispatch(ctx, 'meetings.create', aMeeting()));
    expect(error.code).toBe('agency-not-set-up');
    await invoke(ctx, 'agency.setup', anAgency);
    expect((await invoke(ctx, 'app.status', {})).state).toBe('ready');
    closeAppContext(ctx);
  });
});

describe('argument errors in both languages', () => {
  it('says what is wrong with a number out of range in Vietnamese, not in zod English', async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    const rules = await invoke(ctx, 'rules.get', {});
    const result = await dispatch(ctx, 'rules.update', {
      rules: { ...rules, signedDocumentsWorkingDays: { ...rules.signedDocumentsWorkingDays, chairman: 0 } },
    });
    if (result.ok) throw new Error('expected an error');
    expect(result.error.vi).toContain(
      'Số ngày làm việc gửi văn bản đã ký (Buổi làm việc do Chủ tịch UBND tỉnh chủ trì): phải từ 1 trở lên',
    );
    expect(result.error.en).toContain('must be at least 1');
    expect(result.error.vi).not.toContain('Too small');
    const extra = await dispatch(ctx, 'meetings.create', { ...aMeeting(), colour: 'red' });
    if (extra.ok) throw new Error('expected an error');
    expect(extra.error.vi).toContain('có trường không được phép (colour)');
    closeAppContext(ctx);
  });
});
