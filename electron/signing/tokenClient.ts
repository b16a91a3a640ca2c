/**
 * Runs one token request in its own process and waits for the reply. A crash of the token driver (native
 * code), a token that hangs, or a process that dies before answering all come back as error values, and
 * the app's own process carries on.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appError } from '../../shared/errors/appError';
import { tokenError } from './tokenErrors';
import type { TokenReply, TokenRequest } from './tokenProtocol';

export const TOKEN_WORKER_BUNDLE = 'tokenWorker.cjs';

/** A token asks for its PIN on its own pad on some models, and signing takes seconds: 2 minutes is ample. */
const DEFAULT_TIMEOUT_MS = 120_000;

export interface TokenClientOptions {
  /** Path of the bundled worker; defaults to tokenWorker.cjs beside this bundle. */
  workerScript?: string;
  timeoutMs?: number;
}

interface Child {
  send(message: TokenRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

function isReply(value: unknown): value is TokenReply {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Node's child process (CLI, browser mode, tests): Buffers cross with the 'advanced' serialization. */
function nodeChild(script: string): Child {
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  return {
    send: (m) => child.send(m),
    onMessage: (l) => child.on('message', l),
    onExit: (l) => {
      child.on('exit', (code) => l(code));
      child.on('error', () => l(null));
    },
    kill: () => child.kill(),
  };
}

/** Electron's main process: a utility process (RunAsNode is fused off, so fork() cannot start Node). */
async function electronChild(script: string): Promise<Child> {
  const { utilityProcess } = await import('electron');
  const child = utilityProcess.fork(script, [], { serviceName: 'Dossier Desk token', stdio: 'ignore' });
  return {
    send: (m) => child.postMessage(m),
    onMessage: (l) => child.on('message', l),
    onExit: (l) => child.on('exit', (code) => l(code)),
    kill: () => child.kill(),
  };
}

function defaultWorkerScript(): string {
  if (typeof __dirname !== 'string') {
    throw appError(
      'token-worker-missing',
      'Không tìm thấy tiến trình ký số.',
      'The token signing process was not found.',
    );
  }
  return join(__dirname, TOKEN_WORKER_BUNDLE);
}

export async function runTokenRequest(req: TokenRequest, opts: TokenClientOptions = {}): Promise<TokenReply> {
  const script = opts.workerScript ?? defaultWorkerScript();
  if (!existsSync(script)) {
    throw appError(
      'token-worker-missing',
      'Không tìm thấy tiến trình ký số của ứng dụng (cài đặt bị thiếu tệp). Hãy cài lại ứng dụng.',
      'The app’s token signing process is missing (an incomplete installation). Reinstall the app.',
      { script },
    );
  }
  const inElectronMain = typeof process.versions.electron === 'string' && process.type === 'browser';
  const child = inElectronMain ? await electronChild(script) : nodeChild(script);
  return new Promise<TokenReply>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      settle(() => reject(tokenError('timeout')));
      child.kill();
    }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.onMessage((message) => {
      if (isReply(message)) settle(() => resolve(message));
    });
    // Exiting before answering: the driver crashed (a segfault in native code) or the process was killed.
    child.onExit(() => settle(() => reject(tokenError('crashed'))));
    child.send(req);
  });
}
