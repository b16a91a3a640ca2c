import { join } from 'node:path';
import type * as Electron from 'electron';
import { dayNumber } from '../../shared/calendar/civilDate';
import { createWorkingCalendar } from '../../shared/calendar/workingCalendar';
import type { Language } from '../../shared/format/dates';
import { makeClock } from '../app/clock';
import type { AppContext } from '../app/context';
import { closeAppContext, createAppContext } from '../app/createAppContext';
import { appLog, logsFolder, onIncident, openAppLog } from '../app/log';
import { startDatabaseCheck } from '../app/services/databaseCheckService';
import { startLeftoverSweep } from '../app/services/leftoverSweep';
import { startBackupScheduler } from '../backup/backupScheduler';
import { backupsFolder, createBackup } from '../backup/backupService';
import { getAgency } from '../db/repositories/agencyRepository';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './appProtocol';
import { contextMenuTemplate } from './contextMenu';
import {
  type CrashPorts,
  type ProcessEvents,
  showCrashDialog,
  watchProcess,
  watchWindow,
} from './crashHandling';
import { createDesktopPort } from './desktopPort';
import { DESKTOP_SETTINGS_FILE, readDesktopSettings, writeDesktopSettings } from './desktopSettings';
import { registerIpc } from './ipc';
import { buildMenuTemplate, type MenuActions } from './menuTemplate';
import { dashboardDeadlines } from './notifications/dashboardDeadlines';
import type { NotifiableDeadline, OfficeHours } from './notifications/deadlineNotifications';
import { notifyDueDeadlines, SENT_NOTIFICATIONS_FILE } from './notifications/deadlineNotifier';
import { applySecurityGuards, denyAllPermissions } from './security';
import { mainWindowOptions, WINDOW_SIZES } from './windowOptions';
import { placeWindow, readWindowState, rememberWindowState, WINDOW_STATE_FILE } from './windowState';

/** The parts of the electron module the shell uses: main.ts passes the real module, tests a fake. */
export type ElectronModule = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'net'
  | 'Notification'
  | 'protocol'
  | 'screen'
  | 'session'
  | 'shell'
>;

export interface StartOptions {
  env: NodeJS.ProcessEnv;
  /** The folder of the bundled main.cjs: preload.cjs is beside it, the renderer in ../renderer. */
  distDir: string;
  /** The open deadlines with their colours; the dashboard's by default (tests pass their own). */
  deadlines?: (ctx: AppContext) => readonly NotifiableDeadline[];
  /** Where uncaught exceptions are watched: main.ts passes the process, tests an emitter (none: not watched). */
  processEvents?: ProcessEvents;
  /** process.platform by default (tests pass 'win32' to see the Windows-only wiring). */
  platform?: NodeJS.Platform;
}

/** = appId in electron-builder.yml: Windows shows a desktop app's notifications only under its own id. */
export const APP_USER_MODEL_ID = 'vn.dossierdesk.app';

export interface RunningShell {
  ctx: AppContext;
  window: Electron.BrowserWindow;
}

const NOTIFY_EVERY_MS = 5 * 60_000;
const OFFICE_START = '07:30';

/**
 * The Electron shell, wiring only: privileged app:// scheme, single instance, security guards, then on
 * ready the protocol, permissions, context, IPC, window (remembered place), menu, daily backups and
 * deadline notifications. Resolves with the running shell, or null when another instance owns the lock
 * (that one is focused through 'second-instance' and this one quits).
 */
export function startApp(electron: ElectronModule, options: StartOptions): Promise<RunningShell | null> {
  const { app, protocol, BrowserWindow } = electron;
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve(null);
  }
  applySecurityGuards(app);
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  if ((options.platform ?? process.platform) === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  return app.whenReady().then(() => onReady(electron, options));
}

function onReady(electron: ElectronModule, options: StartOptions): RunningShell {
  const { app, BrowserWindow, Menu, Notification, net, protocol, screen, session } = electron;
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(join(options.distDir, '..', 'renderer'), (url) => net.fetch(url)),
  );
  denyAllPermissions(session.defaultSession);

  const dataDir = options.env.DOSSIER_DESK_DATA_DIR || app.getPath('userData');
  const log = openAppLog(dataDir);
  log.info('app start', { version: app.getVersion(), packaged: app.isPackaged, platform: process.platform });
  const ctx = createAppContext({
    // quick_check runs in a worker once the window is up (startDatabaseCheck below), not before it.
    quickCheck: 'later',
    dataDir,
    transport: 'electron',
    // A pinned date is for demonstrations and tests of an unpackaged build; an installed app always runs
    // on the real clock, or every deadline it shows would be wrong.
    now: makeClock(app.isPackaged ? null : (options.env.DOSSIER_DESK_TODAY ?? null)),
  });
  const settingsFile = join(dataDir, DESKTOP_SETTINGS_FILE);
  let language: Language = readDesktopSettings(settingsFile).language;
  const logError = (what: string) => (error: unknown) => void appLog().error(what, error);

  const saved = readWindowState(join(dataDir, WINDOW_STATE_FILE));
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const placement = placeWindow(saved, workAreas, WINDOW_SIZES);
  const win = new BrowserWindow({
    ...mainWindowOptions(join(options.distDir, 'preload.cjs')),
    ...placement.bounds,
  });
  rememberWindowState(win, join(dataDir, WINDOW_STATE_FILE), logError('saving the window state'));
  const crashPorts: CrashPorts = {
    dialog: electron.dialog,
    shell: electron.shell,
    log: appLog,
    logFolder: logsFolder(dataDir),
  };
  watchWindow(win, crashPorts);
  if (options.processEvents)
    watchProcess(options.processEvents, crashPorts, () => (win.isDestroyed() ? null : win));
  if (ctx.databaseError) appLog().error('database not opened', ctx.databaseError);
  // A worker that died (e.g. on a hostile package) is said in a dialog too, not only in the result.
  const stopIncidents = onIncident((incident) => {
    void showCrashDialog(crashPorts, win.isDestroyed() ? null : win, incident, incident.id, () => {
      if (!win.isDestroyed()) win.webContents.reload();
    });
  });
  win.webContents.on('context-menu', (_event: unknown, params: Electron.ContextMenuParams) => {
    const template = contextMenuTemplate(params, language);
    if (template.length) Menu.buildFromTemplate(template).popup({ window: win });
  });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });

  const say = (vi: string, en: string, type: 'info' | 'error' = 'info') =>
    void electron.dialog
      .showMessageBox(win, { type, message: language === 'vi' ? vi : en, buttons: ['OK'] })
      .catch(logError('message box'));
  const actions: MenuActions = {
    backupNow: () => {
      createBackup(ctx, 'manual').then(
        (entry) => say(`Đã sao lưu: ${entry.name}`, `Backed up: ${entry.name}`),
        (error: unknown) => say(errorText(error, 'vi'), errorText(error, 'en'), 'error'),
      );
    },
    openDataFolder: () => void electron.shell.openPath(dataDir),
    openBackupsFolder: () => void electron.shell.openPath(backupsFolder(ctx)),
    about: () =>
      say(
        `Dossier Desk — Hồ sơ trình họp\nPhiên bản ${ctx.version}\nDữ liệu: ${dataDir}`,
        `Dossier Desk — Meeting dossiers\nVersion ${ctx.version}\nData: ${dataDir}`,
      ),
  };
  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ language, platform: process.platform, isPackaged: app.isPackaged }, actions),
      ),
    );
  applyMenu();

  ctx.desktop = createDesktopPort({
    dialog: electron.dialog,
    shell: electron.shell,
    window: () => (win.isDestroyed() ? null : win),
    language: () => language,
    setLanguage: (next) => {
      if (next === language) return;
      language = next;
      applyMenu();
      writeDesktopSettings(settingsFile, { language });
    },
  });
  registerIpc(electron.ipcMain, ctx);

  const backups = startBackupScheduler(ctx, { onError: logError('automatic backup') });
  // Crash leftovers (partial exports, interrupted imports, abandoned uploads): at start and daily.
  const sweep = startLeftoverSweep(ctx);
  const databaseCheck = startDatabaseCheck(ctx);
  const calendar = createWorkingCalendar();
  const officeHours = (): OfficeHours => ({
    start: OFFICE_START,
    end: (ctx.db && getAgency(ctx.db)?.officeHoursEnd) || '17:00',
    isWorkingDay: (date) => calendar.isWorkingDay(dayNumber(date)),
  });
  const notify = () => {
    if (!Notification.isSupported()) return;
    try {
      notifyDueDeadlines({
        deadlines: () => (options.deadlines ? options.deadlines(ctx) : dashboardDeadlines(ctx, language)),
        officeHours,
        now: ctx.now,
        language: () => language,
        file: join(dataDir, SENT_NOTIFICATIONS_FILE),
        show: ({ title, body }) => {
          const notification = new Notification({ title, body });
          notification.on('click', () => {
            if (win.isDestroyed()) return;
            if (win.isMinimized()) win.restore();
            win.focus();
          });
          notification.show();
        },
      });
    } catch (error) {
      logError('deadline notifications')(error);
    }
  };
  const notifier = setInterval(notify, NOTIFY_EVERY_MS);
  notifier.unref();
  win.webContents.once('did-finish-load', notify);

  app.on('will-quit', () => {
    appLog().info('app quit');
    stopIncidents();
    clearInterval(notifier);
    void backups.stop(); // a backup under way is cut short by the close below, quietly; its temp is removed
    sweep.stop();
    databaseCheck.stop();
    closeAppContext(ctx);
  });

  // The packaged-app smoke test (test/smoke) waits for this line: the renderer loaded in a real window.
  if (options.env.DOSSIER_DESK_SMOKE === '1') {
    win.webContents.once('did-finish-load', () => console.log('dossier-desk:smoke-ready'));
  }
  void win.loadURL(APP_ENTRY_URL);
  return { ctx, window: win };
}

function errorText(error: unknown, language: Language): string {
  if (typeof error === 'object' && error !== null) {
    const text: unknown = Reflect.get(error, language);
    if (typeof text === 'string') return text;
  }
  return String(error);
}
