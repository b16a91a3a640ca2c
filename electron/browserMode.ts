import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeClock } from './app/clock';
import { closeAppContext, createAppContext } from './app/createAppContext';
import { defaultDataDir } from './app/dataDir';
import { appLog, openAppLog } from './app/log';
import { startDatabaseCheck } from './app/services/databaseCheckService';
import { startLeftoverSweep } from './app/services/leftoverSweep';
import { startBackupScheduler } from './backup/backupScheduler';
import { startBridge } from './bridge/bridgeServer';

/**
 * Browser mode: where no Electron binary can run, the same renderer is served on 127.0.0.1 and talks to
 * the same handlers through the loopback bridge. Prints one JSON line with --json (for tests and scripts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      today: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'] ?? defaultDataDir();
  // The same log file as the desktop app (<data dir>/logs/main.log); --json keeps stdout for the JSON line.
  openAppLog(dataDir);
  process.on('uncaughtException', (error) => {
    appLog().error('uncaught exception in browser mode', error);
    process.exit(2);
  });
  process.on(
    'unhandledRejection',
    (error) => void appLog().error('unhandled rejection in browser mode', error),
  );
  appLog().info('browser mode start');
  const ctx = createAppContext({
    // quick_check runs in a worker once the window is up (startDatabaseCheck below), not before it.
    quickCheck: 'later',
    dataDir,
    transport: 'browser',
    now: makeClock(values.today ?? process.env.DOSSIER_DESK_TODAY ?? null),
  });
  // Daily backups run in the browser mode too: the same data deserves the same safety net.
  const backups = startBackupScheduler(ctx, {
    onError: (error) => void appLog().error('automatic backup', error),
  });
  // Crash leftovers (partial exports, interrupted imports, abandoned uploads): at start and daily.
  const sweep = startLeftoverSweep(ctx);
  const databaseCheck = startDatabaseCheck(ctx);
  const bridge = await startBridge({
    ctx,
    staticDir: join(__dirname, '..', 'renderer'),
    port: Number(values.port),
  });

  if (values.json) {
    console.log(JSON.stringify({ url: bridge.url, port: bridge.port, token: bridge.token, dataDir }));
  } else {
    console.log(
      `Dossier Desk (chế độ trình duyệt / browser mode) đang chạy tại / running at:\n  ${bridge.url}`,
    );
    console.log(`Dữ liệu / Data: ${dataDir}`);
    if (ctx.databaseError) console.log(`⚠ ${ctx.databaseError.vi}\n  ${ctx.databaseError.en}`);
    console.log('Nhấn Ctrl+C để dừng / Press Ctrl+C to stop.');
  }
  if (!values['no-open'] && !values.json) openInBrowser(bridge.url);

  const stop = async () => {
    // A backup under way finishes first: closing the connection under it would only waste it.
    await backups.stop();
    sweep.stop();
    databaseCheck.stop();
    await bridge.close();
    closeAppContext(ctx);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Best effort: a machine without a desktop browser still has the printed URL. The opener is not given
 * the address itself: any local user can read another process's command line (/proc/PID/cmdline, ps),
 * and the address carries the token. It gets a file readable by this user only, which forwards the
 * browser to the address; the file is removed once the browser has had time to read it, and at exit.
 */
function openInBrowser(url: string): void {
  let dir: string;
  let page: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'dossier-desk-open-'));
    page = join(dir, 'open.html');
    writeFileSync(page, forwardingPage(url), { mode: 0o600 });
  } catch {
    return; // No temp folder: the URL is printed above.
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  setTimeout(remove, 60_000).unref();
  process.once('exit', remove);
  const target = pathToFileURL(page).href;
  const command =
    process.platform === 'win32'
      ? { cmd: 'cmd', args: ['/c', 'start', '""', target] }
      : process.platform === 'darwin'
        ? { cmd: 'open', args: [target] }
        : { cmd: 'xdg-open', args: [target] };
  try {
    const child = spawn(command.cmd, command.args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the URL is printed above.
  }
}

/** location.replace keeps the forwarding file out of the tab's history; the meta refresh is the fallback. */
function forwardingPage(url: string): string {
  const json = JSON.stringify(url).replace(/</g, '\\u003c');
  const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${attr}"><title>Dossier Desk</title><script>location.replace(${json})</script>\n`;
}

main().catch((error) => {
  appLog().error('browser mode could not start', error);
  process.exit(2);
});
