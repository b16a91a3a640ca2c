import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { type Bridge, startBridge } from '../../../electron/bridge/bridgeServer';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, entryByCode, unsignedPdf } from '../dossiers/builders';

const tempDir = tempDirsPerTest();
const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

async function aBridgeWithAttachment() {
  const dir = tempDir();
  const { ctx, meeting } = await aWorkspace(join(dir, 'data'));
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const entry = await entryByCode(ctx, item.id, 'submission');
  const bytes = await unsignedPdf();
  const added = await invoke(ctx, 'attachments.add', {
    entryId: entry.id,
    source: { kind: 'path', path: aFile(dir, 'Tờ trình số 12.pdf', bytes) },
  });
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const bridge = await startBridge({ ctx, staticDir });
  open.push(async () => {
    await bridge.close();
    closeAppContext(ctx);
  });
  return { bridge, id: added.attachment.id, bytes };
}

function get(bridge: Bridge, path: string, token?: string) {
  return fetch(`http://127.0.0.1:${bridge.port}${path}`, {
    headers: token === undefined ? {} : { 'X-Dossier-Token': token },
  });
}

describe('downloading a stored attachment in browser mode', () => {
  it('serves the stored copy under its Vietnamese name with the token, and nothing without it', async () => {
    const { bridge, id, bytes } = await aBridgeWithAttachment();
    const ok = await get(bridge, `/api/attachment/${id}`, bridge.token);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(bytes)).toBe(true);
    const disposition = ok.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Tờ trình số 12.pdf')}`);
    expect(disposition).toContain('filename="To trinh so 12.pdf"');

    expect((await get(bridge, `/api/attachment/${id}`)).status).toBe(401);
    expect((await get(bridge, `/api/attachment/${id}`, 'wrong')).status).toBe(401);
    expect((await get(bridge, '/api/attachment/999', bridge.token)).status).toBe(404);
    expect((await get(bridge, '/api/attachment/..%2f..%2fdossier-desk.db', bridge.token)).status).toBe(400);
    expect((await get(bridge, '/api/attachment/-1', bridge.token)).status).toBe(400);
  });
});

describe('file sources over the browser bridge', () => {
  it('refuses a path on this computer: a caller holding only the token must upload the bytes', async () => {
    const dir = tempDir();
    const { ctx, meeting } = await aWorkspace(join(dir, 'data'));
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    const entry = await entryByCode(ctx, item.id, 'submission');
    const secret = aFile(dir, 'secret.pdf', await unsignedPdf());
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    const bridgeCtx = { ...ctx, readsLocalPaths: false };
    const bridge = await startBridge({ ctx: bridgeCtx, staticDir });
    open.push(async () => {
      await bridge.close();
      closeAppContext(ctx);
    });
    const response = await fetch(`http://127.0.0.1:${bridge.port}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': bridge.token },
      body: JSON.stringify({
        channel: 'attachments.add',
        args: { entryId: entry.id, source: { kind: 'path', path: secret } },
      }),
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'local-path-refused' } });
    const checklist = await invoke(ctx, 'checklist.get', { itemId: item.id });
    expect(checklist.entries.flatMap((e) => e.attachments)).toEqual([]);
  });
});
