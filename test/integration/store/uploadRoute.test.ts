import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { type Bridge, startBridge } from '../../../electron/bridge/bridgeServer';
import { handleUpload, UPLOAD_PATH } from '../../../electron/bridge/uploadRoute';
import { aContext } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function aBridge() {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const dataDir = join(dir, 'data');
  const ctx = aContext(dataDir);
  const bridge: Bridge = await startBridge({ ctx, staticDir });
  cleanups.push(async () => {
    await bridge.close();
    closeAppContext(ctx);
  });
  return { bridge, dataDir };
}

function post(
  port: number,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: UPLOAD_PATH, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the bridge upload endpoint (browser mode attachments)', () => {
  it('streams the body into the uploads folder and answers its id, with the token and host checks', async () => {
    const { bridge, dataDir } = await aBridge();
    const bytes = Buffer.from('%PDF-1.4 Tờ trình tải lên\n');
    const base = { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/octet-stream' };
    const ok = await post(bridge.port, { ...base, 'x-dossier-token': bridge.token }, bytes);
    expect(ok.status).toBe(200);
    const { uploadId, size } = (ok.json as { value: { uploadId: string; size: number } }).value;
    expect(size).toBe(bytes.length);
    expect(readFileSync(join(dataDir, 'uploads', uploadId)).equals(bytes)).toBe(true);

    expect((await post(bridge.port, base, bytes)).status).toBe(401);
    expect((await post(bridge.port, { ...base, 'x-dossier-token': 'wrong' }, bytes)).status).toBe(401);
    expect(
      (await post(bridge.port, { ...base, host: 'evil.example', 'x-dossier-token': bridge.token }, bytes))
        .status,
    ).toBe(403);
    expect(
      (
        await post(
          bridge.port,
          { ...base, 'content-type': 'application/json', 'x-dossier-token': bridge.token },
          bytes,
        )
      ).status,
    ).toBe(415);
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual([uploadId]);
  });

  it('refuses a body over the cap and leaves no partial file', async () => {
    const dataDir = tempDir();
    const ctx = aContext(dataDir);
    const token = 't'.repeat(32);
    const server = createServer((req, res) => {
      handleUpload(req, res, ctx, token, { maxUploadBytes: 1024 }).catch(() => res.destroy());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      closeAppContext(ctx);
    });
    const port = (server.address() as AddressInfo).port;
    const headers = { 'content-type': 'application/octet-stream', 'x-dossier-token': token };
    // Declared too large: refused before reading.
    expect((await post(port, headers, Buffer.alloc(4096))).status).toBe(413);
    // Sent chunked without a length: cut off while streaming.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: UPLOAD_PATH,
          headers: { ...headers, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write(Buffer.alloc(512, i));
      req.end();
    });
    expect(chunked).toBe(413);
    const uploads = join(dataDir, 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
  });
});
