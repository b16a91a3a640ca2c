import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, errorId } from '../../../electron/app/log/fileLog';
import { REDACTED, redact, redactText } from '../../../electron/app/log/redact';
import { appError } from '../../../shared/errors/appError';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const quiet = () => {};

describe('what the log may hold', () => {
  it('never writes a PIN, a token or a password, whether under a key or inline in a message', () => {
    const folder = tempDir();
    const log = createFileLog({ folder, echo: quiet });
    log.error('token login failed', new Error('C_Login failed for PIN 123456 (token=ab12cd34ef56)'), {
      pin: '123456',
      userPin: '987654',
      token: '7f3a9c0e5b2d4f6a8c1e3b5d7f9a0c2e',
      bridgeToken: 'deadbeefdeadbeefdeadbeefdeadbeef',
      headers: { Authorization: 'Bearer abc.def.ghi' },
      password: 'hunter2',
      url: 'http://127.0.0.1:4321/?token=0123456789abcdef0123456789abcdef',
    });
    const text = readFileSync(join(folder, 'main.log'), 'utf8');
    for (const secret of [
      '123456',
      '987654',
      '7f3a9c0e5b2d',
      'deadbeef',
      'abc.def.ghi',
      'hunter2',
      'ab12cd34ef56',
      '0123456789abcdef',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('C_Login failed for PIN [redacted]');
    expect(text).toContain('token login failed');
  });

  it('never writes what a document says: contents are replaced, bytes are counted, long text is cut', () => {
    const tờTrình = 'Kính gửi Ủy ban nhân dân tỉnh. Nội dung mật của tờ trình. '.repeat(40);
    expect(redact({ content: tờTrình, text: 'x', body: 'y', data: Buffer.from('%PDF-1.7') })).toEqual({
      content: REDACTED,
      text: REDACTED,
      body: REDACTED,
      data: REDACTED,
    });
    expect(redact({ file: Buffer.alloc(2048) })).toEqual({ file: '[2048 bytes]' });
    const cut = redactText(tờTrình);
    expect(cut.length).toBeLessThan(360);
    expect(cut).toMatch(/… \(\d+ chars\)$/);
  });

  it('keeps what support needs: the error code, message, code locations and paths', () => {
    const error = appError('db-corrupt', 'Hỏng', 'Damaged', {
      path: 'C:\\Users\\van.thu\\AppData\\Roaming\\Dossier Desk\\dossier-desk.db',
    });
    const shape = redact(error);
    expect(shape).toMatchObject({
      name: 'AppError',
      code: 'db-corrupt',
      detail: { path: 'C:\\Users\\van.thu\\AppData\\Roaming\\Dossier Desk\\dossier-desk.db' },
    });
    expect(JSON.stringify(shape)).toContain('appLog.test.ts');
  });
});

describe('the log file', () => {
  it('writes one line per event with the level and the short id the user sees', () => {
    const folder = tempDir();
    const log = createFileLog({ folder, echo: quiet, now: () => new Date('2026-12-01T02:03:04.005Z') });
    const id = log.error('packages.export failed', new Error('disk full'));
    log.info('app start', { version: '0.1.0' });
    expect(id).toMatch(/^E-[0-9A-HJKMNP-TV-Z]{6}$/);
    const lines = readFileSync(join(folder, 'main.log'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^2026-12-01T02:03:04.005Z ERROR \\[${id}\\] packages.export failed \\{"error":\\{"name":"Error","message":"disk full"`,
      ),
    );
    expect(lines[1]).toBe('2026-12-01T02:03:04.005Z INFO  app start {"version":"0.1.0"}');
  });

  it('rotates at the size limit, keeping the newest files only (main.log, main.1.log … main.N.log)', () => {
    const folder = tempDir();
    const log = createFileLog({ folder, echo: quiet, maxBytes: 400, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`event ${i}`, { i });
    expect(readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of readdirSync(folder))
      expect(readFileSync(join(folder, name)).length).toBeLessThanOrEqual(400);
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toContain('event 39');
    expect(readFileSync(join(folder, 'main.2.log'), 'utf8')).not.toContain('event 0 ');
  });

  it('keeps the app running when the folder cannot be written, saying so once on stderr', () => {
    const blocker = join(tempDir(), 'file-not-folder');
    writeFileSync(blocker, 'x');
    const echoed: string[] = [];
    const log = createFileLog({ folder: join(blocker, 'logs'), echo: (l) => echoed.push(l) });
    expect(() => log.error('one')).not.toThrow();
    log.error('two');
    expect(echoed.filter((l) => l.startsWith('log: cannot write'))).toHaveLength(1);
    expect(existsSync(join(blocker, 'logs'))).toBe(false);
  });

  it('gives ids that differ', () => {
    const ids = new Set(Array.from({ length: 200 }, errorId));
    expect(ids.size).toBe(200);
  });
});
