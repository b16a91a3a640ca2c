import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeClock } from './app/clock';
import { closeAppContext, createAppContext } from './app/createAppContext';
import { defaultDataDir } from './app/dataDir';
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
  const ctx = createAppContext({
    // quick_check runs in a worker once the window is up (startDatabaseCheck below), not before it.
    quickCheck: 'later',
    dataDir,
    transport: 'browser',
    now: makeClock(values.today ?? process.env.DOSSIER_DESK_TODAY ?? null),
  });
  // Daily backups run in the browser mode too: the same data deserves the same safety net.
  const backups = startBackupScheduler(ctx, { onError: (error) => console.error('[backup]', error) });
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
    backups.stop();
    sweep.stop();
    databaseCheck.stop();
    await bridge.close();
    closeAppContext(ctx);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Best effort: a machine without a desktop browser still has the printed URL. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32'
      ? { cmd: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] }
      : process.platform === 'darwin'
        ? { cmd: 'open', args: [url] }
        : { cmd: 'xdg-open', args: [url] };
  try {
    const child = spawn(command.cmd, command.args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the URL is printed above.
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
