import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { type Bridge, INVOKE_PATH, startBridge } from '../../../electron/bridge/bridgeServer';
import { aContext, anAgency } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const open: Bridge[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});

async function aBridge() {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier Desk</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const ctx = aContext(join(dir, 'data'));
  const bridge = await startBridge({ ctx, staticDir });
  open.push({
    ...bridge,
    close: async () => {
      await bridge.close();
      closeAppContext(ctx);
    },
  });
  return bridge;
}

/** A raw HTTP request, so that Host and Origin can be set to what an attacker would send. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function invokeRequest(bridge: Bridge, headers: Record<string, string>, body: unknown) {
  return send(bridge.port, {
    method: 'POST',
    path: INVOKE_PATH,
    headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 only, on a random port, with a fresh token per run', async () => {
    const a = await aBridge();
    const b = await aBridge();
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(a.port).not.toBe(b.port);
    expect(a.token).not.toBe(b.token);
  });

  it('serves a call with the right token through the same handler map', async () => {
    const bridge = await aBridge();
    const res = await invokeRequest(
      bridge,
      { 'x-dossier-token': bridge.token },
      { channel: 'agency.setup', args: anAgency },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { code: 'STP' } });
  });

  it('refuses a missing or wrong token', async () => {
    const bridge = await aBridge();
    const call = { channel: 'app.status', args: {} };
    expect((await invokeRequest(bridge, {}, call)).status).toBe(401);
    expect((await invokeRequest(bridge, { 'x-dossier-token': `${bridge.token}x` }, call)).status).toBe(401);
    expect(
      (await invokeRequest(bridge, { 'x-dossier-token': 'a'.repeat(bridge.token.length) }, call)).status,
    ).toBe(401);
  });

  it('refuses other hosts (DNS rebinding) and other origins even with the token', async () => {
    const bridge = await aBridge();
    const call = { channel: 'app.status', args: {} };
    const token = { 'x-dossier-token': bridge.token };
    expect(
      (await invokeRequest(bridge, { ...token, host: `evil.example:${bridge.port}` }, call)).status,
    ).toBe(403);
    expect((await invokeRequest(bridge, { ...token, host: '127.0.0.1:1' }, call)).status).toBe(403);
    expect((await invokeRequest(bridge, { ...token, origin: 'http://evil.example' }, call)).status).toBe(403);
    expect((await invokeRequest(bridge, { ...token, origin: 'null' }, call)).status).toBe(403);
    expect(
      (await invokeRequest(bridge, { ...token, origin: `http://127.0.0.1:${bridge.port}` }, call)).status,
    ).toBe(200);
    expect((await send(bridge.port, { headers: { host: `evil.example:${bridge.port}` } })).status).toBe(403);
  });

  it('answers malformed JSON, unknown channels and bad arguments with errors, not crashes', async () => {
    const bridge = await aBridge();
    const token = { 'x-dossier-token': bridge.token };
    expect((await invokeRequest(bridge, token, '{not json')).status).toBe(400);
    expect((await invokeRequest(bridge, token, 'x'.repeat(2_000_000))).status).toBe(413);
    const unknown = JSON.parse((await invokeRequest(bridge, token, { channel: 'nope', args: {} })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = JSON.parse(
      (await invokeRequest(bridge, token, { channel: 'agency.setup', args: { name: 1 } })).body,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const plain = await send(bridge.port, {
      method: 'POST',
      path: INVOKE_PATH,
      headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'text/plain', ...token },
      body: '{}',
    });
    expect(plain.status).toBe(415);
  });

  it('serves the renderer with the strict CSP and never a file outside it', async () => {
    const bridge = await aBridge();
    const host = { host: `127.0.0.1:${bridge.port}` };
    const index = await send(bridge.port, { headers: host });
    expect(index.status).toBe(200);
    expect(index.body).toContain('Dossier Desk');
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await send(bridge.port, { path, headers: host });
      expect(res.body).not.toContain('outside the renderer');
    }
  });
});
