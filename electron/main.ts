import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { makeClock } from './app/clock';
import { closeAppContext, createAppContext } from './app/createAppContext';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './shell/appProtocol';
import { registerIpc } from './shell/ipc';
import { applySecurityGuards, denyAllPermissions } from './shell/security';
import { mainWindowOptions } from './shell/windowOptions';

// The thin Electron shell: wiring only. Every rule lives in the handler map and the services.

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  applySecurityGuards(app);
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  const rendererRoot = resolve(__dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = resolve(rendererRoot, `.${normalize(decodeURIComponent(url.pathname))}`);
    if (url.host !== APP_HOST || !file.startsWith(rendererRoot + sep)) {
      return new Response('Not found', { status: 404 });
    }
    return net.fetch(pathToFileURL(file).toString());
  });
  denyAllPermissions(session.defaultSession);

  const ctx = createAppContext({
    dataDir: process.env.DOSSIER_DESK_DATA_DIR || app.getPath('userData'),
    transport: 'electron',
    now: makeClock(process.env.DOSSIER_DESK_TODAY ?? null),
  });
  registerIpc(ipcMain, ctx);
  app.on('will-quit', () => closeAppContext(ctx));

  const win = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win.show());
  // The packaged-app smoke test (test/smoke) waits for this line: the renderer loaded in a real window.
  if (process.env.DOSSIER_DESK_SMOKE === '1') {
    win.webContents.once('did-finish-load', () => console.log('dossier-desk:smoke-ready'));
  }
  void win.loadURL(APP_ENTRY_URL);
}
