import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appLog } from '../../../electron/app/log';
import { verifyBagZipInWorker } from '../../../electron/packages/verifyBagZipInWorker';
import { contextMenuTemplate } from '../../../electron/shell/contextMenu';
import { CRASH_BUTTONS } from '../../../electron/shell/crashHandling';
import { APP_USER_MODEL_ID, startApp } from '../../../electron/shell/startApp';
import { tempDirsPerTest } from '../../support/tempDir';
import { FakeEmitter, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron.module);

const tempDir = tempDirsPerTest();

async function started(platform: NodeJS.Platform = 'linux') {
  const dist = tempDir();
  const dataDir = tempDir();
  mkdirSync(join(dist, 'electron'));
  mkdirSync(join(dist, 'renderer'));
  writeFileSync(join(dist, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  const processEvents = new FakeEmitter();
  const shell = await startApp(electron, {
    env: { DOSSIER_DESK_DATA_DIR: dataDir },
    distDir: join(dist, 'electron'),
    processEvents,
    platform,
  });
  const win = fakeElectron.state.windows[0];
  if (!shell || !win) throw new Error('the shell did not start');
  return { dataDir, win, processEvents };
}

/** Lets the automatic backup started at launch finish before the database is closed. */
async function quit() {
  const dataDir = appLog().folder?.replace(/[\\/]logs$/, '') ?? '';
  await vi.waitFor(() =>
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.db'))).toHaveLength(1),
  );
  fakeElectron.app.emit('will-quit');
}

const logText = (dataDir: string) => readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8');

/** The last crash dialog: its options (message, detail, buttons). */
function lastDialog(): { message: string; detail: string; buttons: string[] } {
  const args = fakeElectron.state.messages.at(-1);
  const options = Array.isArray(args) ? args.at(-1) : null;
  if (typeof options !== 'object' || options === null) throw new Error('no dialog');
  return {
    message: String(Reflect.get(options, 'message')),
    detail: String(Reflect.get(options, 'detail')),
    buttons: Reflect.get(options, 'buttons'),
  };
}

const idIn = (text: string) => /E-[0-9A-Z]{6}/.exec(text)?.[0] ?? '';

beforeEach(() => fakeElectron.reset({ isPackaged: true }));

describe('a crashed or stuck renderer', () => {
  it('is logged with an id and shown as a bilingual dialog whose first button reloads the window', async () => {
    const { dataDir, win } = await started();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(win.webContents.reloads).toBe(1));
    const dialog = lastDialog();
    expect(dialog.message).toBe('Cửa sổ ứng dụng bị dừng bất thường.\nThe app window stopped unexpectedly.');
    expect(dialog.buttons).toEqual([...CRASH_BUTTONS]);
    const id = idIn(dialog.detail);
    expect(id).not.toBe('');
    expect(logText(dataDir)).toMatch(
      new RegExp(`ERROR \\[${id}\\] renderer process gone .*"reason":"crashed"`),
    );
    await quit();
  });

  it('opens the log folder when asked, and says nothing about a clean exit', async () => {
    fakeElectron.reset({ isPackaged: true, messageBoxResponse: 1 });
    const { dataDir, win } = await started();
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(fakeElectron.state.messages).toHaveLength(0);
    win.emit('unresponsive');
    await vi.waitFor(() => expect(fakeElectron.state.opened).toEqual([join(dataDir, 'logs')]));
    expect(win.webContents.reloads).toBe(0);
    expect(lastDialog().message).toContain('không phản hồi');
    await quit();
  });
});

describe('an exception nothing caught in the main process', () => {
  it('is logged under the id the dialog shows, and the app keeps running', async () => {
    fakeElectron.reset({ isPackaged: true, messageBoxResponse: 2 });
    const { dataDir, processEvents } = await started();
    processEvents.emit('uncaughtException', new Error('boom in a timer'));
    await vi.waitFor(() => expect(fakeElectron.state.messages).toHaveLength(1));
    const id = idIn(lastDialog().detail);
    expect(logText(dataDir)).toContain(`[${id}] uncaught exception in main`);
    expect(logText(dataDir)).toContain('boom in a timer');
    expect(fakeElectron.state.quits).toBe(0);
    expect(lastDialog().message).toContain('Work already saved is safe.');
    await quit();
  });
});

describe('a worker that dies', () => {
  it('is shown in the same bilingual dialog, with the id of its log line', async () => {
    fakeElectron.reset({ isPackaged: true, messageBoxResponse: 2 });
    const { dataDir } = await started();
    const dying = join(tempDir(), 'dyingWorker.cjs');
    writeFileSync(dying, 'process.exit(137);\n');
    const report = await verifyBagZipInWorker(join(dataDir, 'any.zip'), { workerScript: dying });
    expect(report.verdict).toBe('unreadable');
    await vi.waitFor(() => expect(fakeElectron.state.messages).toHaveLength(1));
    const dialog = lastDialog();
    expect(dialog.message).toBe(
      'Tiến trình kiểm tra gói bị dừng bất thường (có thể do tệp độc hại).\nThe package checker stopped abnormally (the file may be hostile).',
    );
    const id = idIn(dialog.detail);
    expect(report.problems[0]?.en).toContain(id);
    expect(logText(dataDir)).toContain(`[${id}] verify worker stopped {"exitCode":137}`);
    await quit();
  });
});

describe('Windows details of the shell', () => {
  it('sets the AppUserModelId to the appId on Windows (notifications need it), and not elsewhere', async () => {
    await started('win32');
    expect(fakeElectron.state.appUserModelIds).toEqual([APP_USER_MODEL_ID]);
    const builderYml = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(builderYml).toContain(`appId: ${APP_USER_MODEL_ID}`);
    await quit();
    fakeElectron.reset({ isPackaged: true });
    await started('linux');
    expect(fakeElectron.state.appUserModelIds).toEqual([]);
    await quit();
  });

  it('pops up a Vietnamese Cut/Copy/Paste menu on right-click in a text field', async () => {
    const { win } = await started();
    const flags = {
      canUndo: false,
      canRedo: false,
      canCut: true,
      canCopy: true,
      canPaste: true,
      canSelectAll: true,
    };
    win.webContents.emit('context-menu', {}, { isEditable: true, selectionText: 'abc', editFlags: flags });
    const popup = fakeElectron.state.popups.at(-1);
    const template: unknown = popup && typeof popup === 'object' ? Reflect.get(popup, 'template') : null;
    expect(Array.isArray(template) && template.map((i) => Reflect.get(i, 'label')).filter(Boolean)).toEqual([
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
    ]);
    await quit();
  });

  it('offers only Copy on selected page text, and no menu on plain page', () => {
    const flags = {
      canUndo: false,
      canRedo: false,
      canCut: false,
      canCopy: true,
      canPaste: false,
      canSelectAll: true,
    };
    const base = { isEditable: false, editFlags: { ...flags, canDelete: false, canEditRichly: false } };
    expect(contextMenuTemplate({ ...base, selectionText: 'Tờ trình' }, 'en')).toEqual([
      { role: 'copy', label: 'Copy' },
    ]);
    expect(contextMenuTemplate({ ...base, selectionText: '  ' }, 'vi')).toEqual([]);
  });
});

describe('the log', () => {
  it('is opened in the data folder at start', async () => {
    const { dataDir } = await started();
    expect(appLog().folder).toBe(join(dataDir, 'logs'));
    expect(logText(dataDir)).toMatch(/INFO {2}app start/);
    await quit();
  });
});
