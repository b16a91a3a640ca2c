import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedCheckOn, meetingOutputOf, progressByTenths } from '../../../electron/cli/meetingOutputOptions';
import { appError, isAppError } from '../../../shared/errors/appError';

function refusal(run: () => unknown): { code: string; en: string; detail: unknown } | null {
  try {
    run();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, en: e.en, detail: e.detail };
    throw e;
  }
  return null;
}

describe('the meeting-and-output options of export and book', () => {
  it('reads a meeting, an optional item and an --out made absolute', () => {
    expect(meetingOutputOf('book', { 'data-dir': 'd', meeting: '3', out: 'so.pdf' })).toEqual({
      dataDir: 'd',
      meetingId: 3,
      itemId: undefined,
      outPath: resolve('so.pdf'),
      scope: { kind: 'meeting', meetingId: 3 },
    });
    expect(
      meetingOutputOf('export', { 'data-dir': 'd', meeting: '3', item: '12', out: '/tmp/g.zip' }),
    ).toEqual({
      dataDir: 'd',
      meetingId: 3,
      itemId: 12,
      outPath: '/tmp/g.zip',
      scope: { kind: 'item', itemId: 12 },
    });
  });

  it('names the first missing option in the order of the usage, for the command that was run', () => {
    expect(refusal(() => meetingOutputOf('book', { meeting: '1', out: 'x.pdf' }))).toMatchObject({
      code: 'invalid-arguments',
      en: 'The "book" command needs --data-dir. See: dossier-desk book --help',
    });
    expect(refusal(() => meetingOutputOf('export', { 'data-dir': 'd' }))).toMatchObject({
      en: 'The "export" command needs --meeting. See: dossier-desk export --help',
    });
    expect(
      refusal(() => meetingOutputOf('export', { 'data-dir': 'd', meeting: '1', out: '  ' })),
    ).toMatchObject({
      en: 'The "export" command needs --out. See: dossier-desk export --help',
    });
  });

  it('refuses an id that is not a positive whole number, naming the option and the input', () => {
    expect(refusal(() => meetingOutputOf('book', { 'data-dir': 'd', meeting: '0', out: 'x.pdf' }))).toEqual({
      code: 'invalid-arguments',
      en: '--meeting must be a positive whole-number id (got "0").',
      detail: { field: '--meeting', input: '0' },
    });
    expect(
      refusal(() => meetingOutputOf('book', { 'data-dir': 'd', meeting: '1', item: '1.5', out: 'x' })),
    ).toMatchObject({
      detail: { field: '--item', input: '1.5' },
    });
  });
});

describe('progress by tenths on stderr', () => {
  function lines(json: boolean, alwaysAtFull: boolean, steps: [number, number][]): string[] {
    const written: string[] = [];
    const progress = progressByTenths(
      { stdout: () => undefined, stderr: (s) => written.push(s) },
      json,
      (percent, done, total) => `${percent}% (${done}/${total})`,
      alwaysAtFull,
    );
    for (const [done, total] of steps) progress(done, total);
    return written;
  }

  it('writes a line once the work has moved ten points past the last line', () => {
    const steps: [number, number][] = [0, 5, 9, 10, 15, 19, 20, 95, 100].map((d) => [d, 100]);
    // 0 and 5 are within ten points of "nothing yet" (-1); 9 is the first; 15 is within ten of 9.
    expect(lines(false, false, steps)).toEqual(['9% (9/100)', '19% (19/100)', '95% (95/100)']);
  });

  it('writes 100% however close the last line was when asked to, every time it is reported', () => {
    const steps: [number, number][] = [95, 100, 100].map((d) => [d, 100]);
    expect(lines(false, true, steps)).toEqual(['95% (95/100)', '100% (100/100)', '100% (100/100)']);
  });

  it('writes nothing with --json, nor while the total is still unknown', () => {
    expect(
      lines(true, true, [
        [50, 100],
        [100, 100],
      ]),
    ).toEqual([]);
    expect(
      lines(false, false, [
        [0, 0],
        [3, 0],
      ]),
    ).toEqual([]);
  });
});

describe('a failed check in a command', () => {
  it('reports the error with its code and answers null, and lets any other error through', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    const onError = failedCheckOn('book-empty', io, true);
    expect(onError(appError('book-empty', 'Chưa có tài liệu.', 'No documents yet.'))).toBeNull();
    expect(err.join('')).toBe('Lỗi: Chưa có tài liệu.\nError: No documents yet.\n');
    expect(JSON.parse(out.join(''))).toEqual({
      error: { code: 'book-empty', vi: 'Chưa có tài liệu.', en: 'No documents yet.' },
    });
    const other = appError('book-failed', 'Hỏng.', 'Broken.');
    expect(() => onError(other)).toThrow(other);
  });
});
