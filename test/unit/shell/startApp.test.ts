import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/shell/appProtocol';
import { startApp } from '../../../electron/shell/startApp';
import { IPC_INVOKE } from '../../../shared/contract/ipc';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';
import { FakeWebContents, type FakeWindow, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron.module);

const tempDir = tempDirsPerTest();

/** A built app layout (dist/electron beside dist/renderer) and a data folder, both temporary. */
function aLayout() {
  const dist = tempDir();
  mkdirSync(join(dist, 'electron'));
  mkdirSync(join(dist, 'renderer'));
  writeFileSync(join(dist, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  return { distDir: join(dist, 'electron'), dataDir: tempDir() };
}

async function started(extraEnv: Record<string, string> = {}) {
  const layout = aLayout();
  const shell = await startApp(electron, {
    env: { DOSSIER_DESK_DATA_DIR: layout.dataDir, DOSSIER_DESK_TODAY: '2026-11-25', ...extraEnv },
    distDir: layout.distDir,
  });
  if (!shell) throw new Error('the shell did not start');
  const win = fakeElectron.state.windows[0];
  if (!win) throw new Error('no window');
  return { ...layout, shell, win };
}

/** Lets the automatic backup started at launch finish before the test closes the database. */
async function quit(dataDir: string) {
  await vi.waitFor(() =>
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.db'))).toHaveLength(1),
  );
  fakeElectron.app.emit('will-quit');
}

function invokeAs(frameUrl: string | null, channel: unknown, args: unknown) {
  const handler = fakeElectron.state.ipcHandlers.get(IPC_INVOKE);
  if (!handler) throw new Error('IPC not registered');
  return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, channel, args);
}

// A development run (not packaged), so the clock pinned with DOSSIER_DESK_TODAY is honoured.
beforeEach(() => fakeElectron.reset({ isPackaged: false }));

describe('the Electron shell at start', () => {
  it('quits at once when another instance holds the single-instance lock, creating nothing', async () => {
    fakeElectron.reset({ singleInstanceLock: false });
    const layout = aLayout();
    expect(
      await startApp(electron, { env: { DOSSIER_DESK_DATA_DIR: layout.dataDir }, distDir: layout.distDir }),
    ).toBeNull();
    expect(fakeElectron.state.quits).toBe(1);
    expect(fakeElectron.state.windows).toHaveLength(0);
    expect(readdirSync(layout.dataDir)).toEqual([]);
  });

  it('focuses and restores the existing window when a second instance is launched', async () => {
    const { win, dataDir } = await started();
    win.minimized = true;
    fakeElectron.app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
    await quit(dataDir);
  });

  it('registers app:// as a standard secure scheme before ready', async () => {
    const { dataDir } = await started();
    expect(fakeElectron.state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    await quit(dataDir);
  });

  it('opens one window that is isolated, sandboxed and without Node, and loads the app origin', async () => {
    const { win, distDir, dataDir } = await started();
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: join(distDir, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
      },
    });
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    win.emit('ready-to-show');
    expect(win.shown).toBe(1);
    await quit(dataDir);
  });

  it('denies every permission request and permission check', async () => {
    const { dataDir } = await started();
    const { permissionRequestHandler, permissionCheckHandler } = fakeElectron.state;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      permissionRequestHandler?.(null, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(permissionCheckHandler?.(null, 'media')).toBe(false);
    await quit(dataDir);
  });

  it('makes the first daily backup at start and closes the database at quit', async () => {
    const { shell, dataDir } = await started();
    await quit(dataDir);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['dossier-desk-2026-11-25-090000.db']);
    expect(shell.ctx.db?.open).toBe(false);
  });
});

describe('guards on every web contents the app creates', () => {
  async function guarded() {
    const { dataDir } = await started();
    const contents = new FakeWebContents();
    fakeElectron.app.emit('web-contents-created', {}, contents);
    return { contents, dataDir };
  }

  function navigate(contents: FakeWebContents, event: string, url: string): boolean {
    const preventDefault = vi.fn();
    contents.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  }

  it('blocks navigation and redirects away from the app origin', async () => {
    const { contents, dataDir } = await guarded();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'http://evil.example')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://dossier-desk.evil.example/index.html')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://evil.example')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://dossier-desk/index.html')).toBe(false);
    await quit(dataDir);
  });

  it('denies every window.open and refuses to attach webviews', async () => {
    const { contents, dataDir } = await guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://dossier-desk/index.html' })).toEqual({
      action: 'deny',
    });
    expect(navigate(contents, 'will-attach-webview', 'https://evil.example')).toBe(true);
    await quit(dataDir);
  });
});

describe('IPC from the renderer', () => {
  it('answers frames of the app origin through the handler map', async () => {
    const { dataDir } = await started();
    expect(await invokeAs('app://dossier-desk/index.html', 'app.status', {})).toMatchObject({
      ok: true,
      value: { transport: 'electron', dataDir, state: 'needs-setup' },
    });
    await quit(dataDir);
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/x.html'],
    ['a look-alike host', 'app://dossier-desk.evil/index.html'],
    ['a destroyed frame', null],
  ])('refuses %s as sender, without running the handler', async (_label, url) => {
    const { dataDir } = await started();
    const result = await invokeAs(url, 'agency.setup', {
      name: 'X',
      code: 'X',
      provincePreset: 'default-53-2022',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await invokeAs('app://dossier-desk/index.html', 'app.status', {})).toMatchObject({
      value: { state: 'needs-setup' },
    });
    await quit(dataDir);
  });
});

describe('the app:// protocol', () => {
  it('serves files of the renderer with the security headers and refuses anything outside it', async () => {
    const { dataDir } = await started();
    const handler = fakeElectron.state.protocolHandlers.get('app');
    if (!handler) throw new Error('no protocol handler');
    const ok = await handler({ url: 'app://dossier-desk/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect((await handler({ url: 'app://dossier-desk/..%5c..%5cWindows%5cwin.ini' })).status).toBe(404);
    expect((await handler({ url: 'app://other-host/index.html' })).status).toBe(404);
    await quit(dataDir);
  });
});

describe('window, menu and language', () => {
  it('remembers the window place across runs, maximised state included', async () => {
    const first = await started();
    first.win.normalBounds = { x: 200, y: 120, width: 1200, height: 700 };
    first.win.maximized = true;
    first.win.emit('close');
    await quit(first.dataDir);

    fakeElectron.reset();
    const again = await startApp(electron, {
      env: { DOSSIER_DESK_DATA_DIR: first.dataDir, DOSSIER_DESK_TODAY: '2026-11-25' },
      distDir: first.distDir,
    });
    const win: FakeWindow | undefined = fakeElectron.state.windows[0];
    expect(win?.options).toMatchObject({ x: 200, y: 120, width: 1200, height: 700 });
    win?.emit('ready-to-show');
    expect(win?.maximized).toBe(true);
    if (again) fakeElectron.app.emit('will-quit');
  });

  it('shows the menu in Vietnamese, switches it to English on app.setLanguage and remembers the choice', async () => {
    const { dataDir } = await started();
    expect(topLabels(fakeElectron.state.menus.at(-1))).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(await invokeAs('app://dossier-desk/index.html', 'app.setLanguage', { language: 'en' })).toEqual({
      ok: true,
      value: { applied: true },
    });
    expect(topLabels(fakeElectron.state.menus.at(-1))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(JSON.parse(readFileSync(join(dataDir, 'desktop-settings.json'), 'utf8'))).toEqual({
      language: 'en',
    });
    await quit(dataDir);
  });

  it('reveals a file of the data folder, and refuses one outside it', async () => {
    const { dataDir } = await started();
    const inside = join(dataDir, 'dossier-desk.db');
    expect(await invokeAs('app://dossier-desk/index.html', 'shell.showInFolder', { path: inside })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(
      await invokeAs('app://dossier-desk/index.html', 'shell.showInFolder', { path: '/etc/passwd' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'path-not-allowed' },
    });
    expect(fakeElectron.state.shownInFolder).toEqual([inside]);
    await quit(dataDir);
  });
});

describe('deadline notifications', () => {
  it('shows a red deadline once during office hours when the page has loaded', async () => {
    fakeElectron.reset({ notificationsSupported: true, isPackaged: false });
    const layout = aLayout();
    const shell = await startApp(electron, {
      env: { DOSSIER_DESK_DATA_DIR: layout.dataDir, DOSSIER_DESK_TODAY: '2026-11-25' },
      distDir: layout.distDir,
      deadlines: () => [
        {
          key: 'item:1/signed-documents',
          level: 'red',
          title: 'Tờ trình dự thảo Quyết định',
          due: '2026-11-26',
        },
      ],
    });
    const win = fakeElectron.state.windows[0];
    win?.webContents.emit('did-finish-load');
    win?.webContents.emit('did-finish-load');
    expect(fakeElectron.state.notifications).toEqual([
      { title: 'Hạn nộp sắp hết (đỏ)', body: 'Tờ trình dự thảo Quyết định — hạn 26/11/2026' },
    ]);
    expect(existsSync(join(layout.dataDir, 'notifications-sent.json'))).toBe(true);
    if (shell) await quit(layout.dataDir);
  });
});

function topLabels(menu: unknown): string[] {
  const template: unknown = typeof menu === 'object' && menu !== null ? Reflect.get(menu, 'template') : [];
  return Array.isArray(template) ? template.map((item: { label?: string }) => item.label ?? '') : [];
}

describe('the clock of an installed app', () => {
  it('ignores DOSSIER_DESK_TODAY when packaged: deadlines always use the real date', async () => {
    fakeElectron.reset({ isPackaged: true });
    const { dataDir } = await started({ DOSSIER_DESK_TODAY: '2001-01-01' });
    const status = await invokeAs('app://dossier-desk/index.html', 'app.status', {});
    expect(status).toMatchObject({ ok: true });
    expect(JSON.stringify(status)).not.toContain('"today":"2001-01-01"');
    await quit(dataDir);
  });
});
