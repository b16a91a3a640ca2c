import { existsSync, mkdirSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { type SweepLog, sweepLeftovers } from '../../../electron/app/services/leftoverSweep';
import { type Bridge, startBridge } from '../../../electron/bridge/bridgeServer';
import { UPLOAD_PATH } from '../../../electron/bridge/uploadRoute';
import { aContext } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** The pinned clock of aContext: 09:00 in Vietnam on 25/11/2026. */
const NOW = new Date('2026-11-25T09:00:00+07:00').getTime();
const MINUTE = 60_000;

/** A file (or folder with a file) whose last change was `ageMs` before the pinned clock. */
function leftover(path: string, ageMs: number, bytes = 10, folder = false): string {
  const at = new Date(NOW - ageMs);
  if (folder) {
    mkdirSync(join(path, 'data'), { recursive: true });
    writeFileSync(join(path, 'data', 'to-trinh.pdf'), Buffer.alloc(bytes));
    utimesSync(join(path, 'data', 'to-trinh.pdf'), at, at);
    utimesSync(join(path, 'data'), at, at);
  } else {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, Buffer.alloc(bytes));
  }
  utimesSync(path, at, at);
  return path;
}

function recordingLog() {
  const lines: Array<{ message: string; detail: Record<string, unknown> }> = [];
  const log: SweepLog = {
    info: (message, detail) => lines.push({ message, detail }),
    warn: (message, detail) => lines.push({ message, detail }),
  };
  return { log, lines };
}

describe('the crash-leftover sweep', () => {
  it('removes partial exports, interrupted imports, verify scratch, copy temps and day-old uploads, and says so', () => {
    const dir = tempDir();
    const ctx = aContext(dir);
    const old = 30 * MINUTE;
    const gone = [
      leftover(join(dir, 'exports', 'goi-ho-so-STP.zip.partial-a1b2c3d4e5f6'), old, 700),
      leftover(join(dir, 'received', '.incoming-Ab12Cd'), old, 300, true),
      leftover(join(dir, 'received', '.verify-0123456789ab'), old, 200, true),
      leftover(join(dir, 'store', 'tmp', '0123456789abcdef01234567.part'), old, 50),
      leftover(join(dir, 'uploads', 'ab'.repeat(16)), 25 * 60 * MINUTE, 512),
    ];
    const kept = [
      // Still being written (changed 2 minutes ago): a running export, import or upload.
      leftover(join(dir, 'exports', 'goi-ho-so-STP-2.zip.partial-00aa11bb22cc'), 2 * MINUTE),
      leftover(join(dir, 'received', '.incoming-Zz99Yy'), 2 * MINUTE, 10, true),
      // Finished work and uploads less than a day old.
      leftover(join(dir, 'exports', 'goi-ho-so-STP.zip'), old),
      leftover(join(dir, 'received', '2026-11-20-0123456789ab'), old, 10, true),
      leftover(join(dir, 'uploads', 'cd'.repeat(16)), 60 * MINUTE),
    ];
    const { log, lines } = recordingLog();
    const report = sweepLeftovers(ctx, { log });
    closeAppContext(ctx);

    expect(report.removed.map((f) => f.kind).sort()).toEqual([
      'incoming-import',
      'partial-export',
      'store-temp',
      'upload',
      'verify-scratch',
    ]);
    expect(report.bytes).toBe(700 + 300 + 200 + 50 + 512);
    for (const path of gone) expect(existsSync(path), path).toBe(false);
    for (const path of kept) expect(existsSync(path), path).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toBe('removed 5 leftover file(s), 1762 bytes');
  });

  it('finds nothing to report in a clean data folder', () => {
    const ctx = aContext(tempDir());
    const { log, lines } = recordingLog();
    expect(sweepLeftovers(ctx, { log }).removed).toEqual([]);
    expect(lines).toEqual([]);
    closeAppContext(ctx);
  });
});

async function aBridge(): Promise<{ bridge: Bridge; dataDir: string }> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const dataDir = join(dir, 'data');
  const ctx = aContext(dataDir);
  const bridge = await startBridge({ ctx, staticDir });
  cleanups.push(async () => {
    await bridge.close();
    closeAppContext(ctx);
  });
  return { bridge, dataDir };
}

function get(bridge: Bridge, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        headers: { host: `127.0.0.1:${bridge.port}`, 'x-dossier-token': bridge.token },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the download route', () => {
  it('serves a finished export and never the partial file of one', async () => {
    const { bridge, dataDir } = await aBridge();
    mkdirSync(join(dataDir, 'exports'));
    writeFileSync(join(dataDir, 'exports', 'goi.zip'), 'PK');
    writeFileSync(join(dataDir, 'exports', 'goi.zip.partial-a1b2c3d4e5f6'), 'PK half');
    expect(await get(bridge, '/api/download/goi.zip')).toBe(200);
    expect(await get(bridge, '/api/download/goi.zip.partial-a1b2c3d4e5f6')).toBe(400);
  });
});

/** Sends the headers and `sent` bytes of a body declared as `declared`, and waits for the answer. */
function postDeclared(
  bridge: Bridge,
  declared: number,
  sent: number,
): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: UPLOAD_PATH,
        headers: {
          host: `127.0.0.1:${bridge.port}`,
          'x-dossier-token': bridge.token,
          'content-type': 'application/octet-stream',
          'content-length': String(declared),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started }));
      },
    );
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error),
    );
    // Headers and a little of the body, then nothing: the answer must not wait for the other 5 GB.
    req.write(Buffer.alloc(sent));
  });
}

describe('uploads', () => {
  it('refuses a declared 5 GB body at once with 413, without reading it', async () => {
    const { bridge, dataDir } = await aBridge();
    const answer = await postDeclared(bridge, 5 * 1024 ** 3, 1024);
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(5_000);
    expect(existsSync(join(dataDir, 'uploads'))).toBe(false);
  });

  it('counts uploads waiting to be used against a total quota', async () => {
    const { bridge, dataDir } = await aBridge();
    // 6 GiB of abandoned uploads, as sparse files: the quota is full.
    for (const id of ['a', 'b', 'c']) {
      mkdirSync(join(dataDir, 'uploads'), { recursive: true });
      const path = join(dataDir, 'uploads', id.repeat(32));
      writeFileSync(path, '');
      truncateSync(path, 2 * 1024 ** 3);
    }
    const answer = await postDeclared(bridge, 1024, 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'upload-quota' } });
  });
});
