/**
 * Runs the packaged app's main process under Node (bundled by the layout test into its temp folder, so
 * nothing from the project's node_modules is found by walking up). argv: <resources> <data dir> [mode].
 * - `app`: loads resources/app.asar/dist/electron/main.cjs with a fake electron module and
 *   process.resourcesPath pointed at <resources>, then drives it the way the renderer does and prints one
 *   JSON line: what the database, the export, the verify worker and the app:// protocol answered.
 * - `dashboard`: loads main.cjs, answers app.status and the first dashboard.get (on a sample agency's
 *   data folder) and prints which files are in require.cache.
 * - `cli …`: runs main.cjs as `Dossier Desk --cli …` and exits with the CLI's code.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeElectron } from '../../unit/shell/fakeElectron';

const [resources = '', dataDir = '', mode = 'app', ...rest] = process.argv.slice(2);
const mainBundle = join(resources, 'app.asar', 'dist', 'electron', 'main.cjs');

// Electron sets process.resourcesPath; the app reads its fonts from there.
Object.defineProperty(process, 'resourcesPath', { value: resources });
process.chdir(dataDir);
fakeElectron.reset({ userData: dataDir, isPackaged: true });
const fake = fakeElectron.module;
// The app's protocol handler reads its files through net.fetch(file://…): answer with the real bytes.
fake.net.fetch = async (url: string) => new Response(readFileSync(fileURLToPath(url)));
fakeElectron.app.exit = (code?: number) => process.exit(code ?? 0);

// require('electron') inside the packaged bundle answers the fake.
const resolveFilename = Reflect.get(Module, '_resolveFilename');
Reflect.set(Module, '_resolveFilename', function (this: unknown, request: string, ...args: unknown[]) {
  if (request === 'electron') return 'electron';
  return Reflect.apply(resolveFilename, this, [request, ...args]);
});
const cache: Record<string, unknown> = Reflect.get(Module, '_cache');
cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: fake };

const load = createRequire(__filename);

type Handler = (...args: unknown[]) => unknown;
interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; en: string };
}

async function main(): Promise<void> {
  if (mode === 'cli') {
    process.argv = [process.execPath, mainBundle, '--cli', ...rest];
    load(mainBundle);
    return;
  }
  process.argv = [process.execPath, mainBundle];
  load(mainBundle);
  const invoke = async (channel: string, args: unknown = {}): Promise<unknown> => {
    const handler = await waitFor(() => fakeElectron.state.ipcHandlers.get('dossier-desk:invoke'));
    const event = { senderFrame: { url: 'app://dossier-desk/index.html' } };
    const answer = (await (handler as Handler)(event, channel, args)) as Answer;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error?.code} ${answer.error?.en}`);
    return answer.value;
  };
  if (mode === 'dashboard') {
    await invoke('app.status');
    const dashboard = await invoke('dashboard.get');
    const loaded = Object.keys(Reflect.get(Module, '_cache')).filter((k) => k !== 'electron');
    console.log(JSON.stringify({ dashboard: dashboard !== null, loaded }));
    process.exit(0);
  }
  const status = await invoke('app.status');
  const demo = await invoke('demo.fill');
  const meetings = (await invoke('meetings.list', { includePast: true })) as Array<{
    id: number;
    status: string;
  }>;
  const scheduled = meetings.filter((m) => m.status === 'scheduled');
  let exported: { path: string } | null = null;
  let exportError = '';
  for (const meeting of scheduled) {
    const scope = { kind: 'meeting', meetingId: meeting.id };
    const preflight = (await invoke('packages.preflight', { scope })) as { findings: Array<{ key: string }> };
    const { jobId } = (await invoke('packages.export', {
      scope,
      confirmWarnings: preflight.findings.map((f) => f.key),
    })) as { jobId: string };
    const job = await waitFor(async () => {
      const j = (await invoke('packages.progress', { jobId })) as {
        state: string;
        result?: { path: string };
        error?: { en: string };
      };
      return j.state === 'running' || j.state === 'queued' ? undefined : j;
    });
    if (job.result) {
      exported = job.result;
      break;
    }
    exportError = job.error?.en ?? job.state;
  }
  if (!exported) throw new Error(`no meeting could be exported: ${exportError}`);
  const verify = await invoke('packages.verify', { source: { kind: 'path', path: exported.path } });
  const protocol = fakeElectron.state.protocolHandlers.get('app');
  if (!protocol) throw new Error('no app:// handler');
  const index = await protocol({ url: 'app://dossier-desk/index.html' });
  const html = await index.text();
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const served = [];
  for (const asset of assets) {
    const response = await protocol({ url: `app://dossier-desk/${asset}` });
    served.push({ asset, status: response.status, bytes: (await response.arrayBuffer()).byteLength });
  }
  const loaded = Object.keys(Reflect.get(Module, '_cache')).filter((k) => k !== 'electron');
  console.log(
    JSON.stringify({
      status,
      demo,
      exported: exported.path,
      verify,
      index: { status: index.status, type: index.headers.get('content-type'), bytes: html.length },
      served,
      loaded,
    }),
  );
  process.exit(0);
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(3);
});
