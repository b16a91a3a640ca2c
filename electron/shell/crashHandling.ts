/**
 * When something breaks in the desktop app (issue 10): a renderer that crashed or stopped answering, an
 * exception nothing caught in the main process. Each is written to the log under a short id and shown as
 * one dialog in both languages (Vietnamese first) that offers to reload the window and to open the log
 * folder. Nothing committed is lost: every write is an SQLite transaction, so a reload only re-reads.
 */
import type { BrowserWindow, Dialog, RenderProcessGoneDetails, Shell } from 'electron';
import type { AppLog } from '../app/log';

export interface CrashPorts {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openPath'>;
  log: () => AppLog;
  logFolder: string;
}

/** The dialog's buttons, in this order; the answer is their index. */
export const CRASH_BUTTONS = [
  'Tải lại / Reload',
  'Mở thư mục nhật ký / Open log folder',
  'Đóng / Close',
] as const;
const RELOAD = 0;
const OPEN_LOGS = 1;

export interface CrashText {
  vi: string;
  en: string;
}

export function crashMessage(what: CrashText, id: string): { message: string; detail: string } {
  return {
    message: `${what.vi}\n${what.en}`,
    detail:
      `Dữ liệu đã lưu không bị mất. Mã lỗi: ${id} (ghi trong nhật ký).\n` +
      `Saved data is not lost. Error id: ${id} (written in the log).`,
  };
}

/** Shows the bilingual crash dialog and acts on the answer. Resolves with the button chosen. */
export async function showCrashDialog(
  ports: CrashPorts,
  window: BrowserWindow | null,
  what: CrashText,
  id: string,
  reload: () => void,
): Promise<number> {
  const options = {
    type: 'error' as const,
    title: 'Dossier Desk',
    ...crashMessage(what, id),
    buttons: [...CRASH_BUTTONS],
    defaultId: RELOAD,
    cancelId: CRASH_BUTTONS.length - 1,
    noLink: true,
  };
  let response: number;
  try {
    const answer =
      window && !window.isDestroyed()
        ? await ports.dialog.showMessageBox(window, options)
        : await ports.dialog.showMessageBox(options);
    response = answer.response;
  } catch (error) {
    ports.log().error('crash dialog failed', error);
    return -1;
  }
  if (response === RELOAD) reload();
  if (response === OPEN_LOGS) void ports.shell.openPath(ports.logFolder);
  return response;
}

/** A crashed renderer (reason other than a clean exit) and a window that stopped answering. */
export function watchWindow(window: BrowserWindow, ports: CrashPorts): void {
  const reload = () => {
    if (!window.isDestroyed()) window.webContents.reload();
  };
  window.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    const id = ports.log().error('renderer process gone', undefined, {
      reason: details.reason,
      exitCode: details.exitCode,
    });
    void showCrashDialog(
      ports,
      window,
      {
        vi: 'Cửa sổ ứng dụng bị dừng bất thường.',
        en: 'The app window stopped unexpectedly.',
      },
      id,
      reload,
    );
  });
  window.on('unresponsive', () => {
    const id = ports.log().error('window unresponsive');
    void showCrashDialog(
      ports,
      window,
      {
        vi: 'Cửa sổ ứng dụng không phản hồi. Có thể chờ thêm (Đóng) hoặc tải lại.',
        en: 'The app window is not responding. Wait a little longer (Close) or reload it.',
      },
      id,
      reload,
    );
  });
  window.on('responsive', () => ports.log().info('window responsive again'));
}

/** The process's failure events (main.ts passes `process`, tests an emitter). */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
}

/** Exceptions and rejections nothing caught in the main process: logged and shown, the app keeps running. */
export function watchProcess(
  proc: ProcessEvents,
  ports: CrashPorts,
  window: () => BrowserWindow | null,
): void {
  const report = (kind: string) => (error: unknown) => {
    const id = ports.log().error(kind, error);
    const win = window();
    void showCrashDialog(
      ports,
      win,
      {
        vi: 'Ứng dụng gặp lỗi không mong đợi. Công việc đã lưu vẫn an toàn.',
        en: 'The app hit an unexpected error. Work already saved is safe.',
      },
      id,
      () => {
        if (win && !win.isDestroyed()) win.webContents.reload();
      },
    );
  };
  proc.on('uncaughtException', report('uncaught exception in main'));
  proc.on('unhandledRejection', report('unhandled rejection in main'));
}
