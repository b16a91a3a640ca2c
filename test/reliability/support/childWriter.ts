import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { type ChangeRecord, changeRecordSchema } from './workloads';

// Bundled to CommonJS by the bench runner, import.meta is empty there: the bench runs from the root.
const here: string | undefined = import.meta.dirname;
const root = here === undefined ? process.cwd() : resolve(here, '..', '..', '..');

/** Bundles the writer (TypeScript) into one CommonJS file for plain `node`, as scripts/build.mjs does. */
export async function bundleWriter(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'dossier-writer-')), 'crashWriter.cjs');
  await build({
    entryPoints: [join(root, 'test/reliability/support/crashWriter.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    absWorkingDir: root,
    logLevel: 'error',
  });
  return outfile;
}

export interface RunningWriter {
  child: ChildProcess;
  /** Every change the child reported as committed so far. */
  committed: ChangeRecord[];
  /** Resolves when the child has opened the database and is about to write. */
  ready: Promise<void>;
  /** Resolves when the child has exited (killed or done). */
  exited: Promise<void>;
}

export function startWriter(script: string, dataDir: string, workload = 'meetings'): RunningWriter {
  const child = spawn(process.execPath, [script, dataDir, workload], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  });
  const committed: ChangeRecord[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolveReady, reject) => {
    markReady = resolveReady;
    child.once('exit', (code, signal) =>
      reject(new Error(`writer exited before ready (${code ?? signal}): ${stderr}`)),
    );
  });
  ready.catch(() => {});
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  lines.on('line', (line) => {
    if (line === 'ready') return markReady();
    committed.push(changeRecordSchema.parse(JSON.parse(line)));
  });
  // Wait for the output to be read to its end too: the last lines may arrive after 'exit'.
  const exited = new Promise<void>((done) => lines.once('close', () => done()));
  return { child, committed, ready, exited };
}
