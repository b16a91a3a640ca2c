import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningApp {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

const root = resolve(__dirname, '..', '..');

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
}

/**
 * Starts the built browser mode (dist/electron/browser.cjs) as a real child process on a data folder,
 * exactly as `npm start` does where Electron cannot run, with the clock pinned to `today`.
 */
export async function startApp(options: { dataDir?: string; today?: string } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? freshDataDir();
  const args = [join(root, 'dist/electron/browser.cjs'), '--json', '--no-open', '--data-dir', dataDir];
  if (options.today) args.push('--today', options.today);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await firstLine(child);
  const info = JSON.parse(first) as { url: string; port: number; token: string };
  return {
    ...info,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolveLine, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolveLine(line));
    child.once('exit', (code) => reject(new Error(`browser mode exited early with code ${code}`)));
  });
}
