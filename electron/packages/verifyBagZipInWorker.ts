/**
 * Runs verifyBagZip in a worker thread: a received package is untrusted input, so it is parsed off
 * the main (UI-serving) thread, under a heap limit, and a crash there cannot take the app down.
 * `inspectPdf` stays in the calling thread: the worker asks for it by message, path by path.
 */

import { join } from 'node:path';
import { type MessagePort, Worker } from 'node:worker_threads';
import { appError } from '../../shared/errors/appError';
import { type VerifyOptions, type VerifyReport, verifyBagZip } from './verifyBagZip';
import { verifyProblem } from './verifyProblems';
import type { ZipLimits } from './zipLimits';

/** File name of the bundled worker entry (electron/packages/verifyBagZipWorker.ts built to CJS). */
export const VERIFY_WORKER_BUNDLE = 'verifyBagZipWorker.cjs';

export interface VerifyInWorkerOptions extends VerifyOptions {
  /** Path of the bundled worker script; defaults to VERIFY_WORKER_BUNDLE beside this bundle. */
  workerScript?: string;
  /** Old-generation heap cap for the worker, MB. */
  maxHeapMb?: number;
}

interface WorkerInput {
  zipPath: string;
  limits?: Partial<ZipLimits>;
  extractTo?: string;
  inspectsPdf: boolean;
}

type ToMain =
  | { type: 'inspect'; id: number; path: string }
  | { type: 'done'; report: VerifyReport }
  | { type: 'failed'; message: string };

type ToWorker =
  | { type: 'inspected'; id: number; ok: true; value: unknown }
  | { type: 'inspected'; id: number; ok: false; message: string };

export function verifyBagZipInWorker(
  zipPath: string,
  opts: VerifyInWorkerOptions = {},
): Promise<VerifyReport> {
  const script = opts.workerScript ?? defaultWorkerScript();
  const input: WorkerInput = { zipPath, inspectsPdf: opts.inspectPdf !== undefined };
  if (opts.limits) input.limits = opts.limits;
  if (opts.extractTo !== undefined) input.extractTo = opts.extractTo;
  return new Promise<VerifyReport>((resolvePromise, reject) => {
    const worker = new Worker(script, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 256 },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (msg: ToMain) => {
      if (msg.type === 'done') settle(() => resolvePromise(msg.report));
      else if (msg.type === 'failed') {
        settle(() =>
          reject(
            appError('verify-failed', 'Kiểm tra gói hồ sơ thất bại.', 'Verifying the package failed.', {
              cause: msg.message,
            }),
          ),
        );
      } else if (msg.type === 'inspect' && opts.inspectPdf) {
        opts.inspectPdf(msg.path).then(
          (value) =>
            worker.postMessage({ type: 'inspected', id: msg.id, ok: true, value } satisfies ToWorker),
          (err: unknown) =>
            worker.postMessage({
              type: 'inspected',
              id: msg.id,
              ok: false,
              message: String(err),
            } satisfies ToWorker),
        );
      }
    });
    // A hostile archive that still manages to exhaust the worker is reported, not thrown at the UI.
    const crashed = () =>
      settle(() =>
        resolvePromise({
          verdict: 'unreadable',
          problems: [verifyProblem('verify-worker-crashed')],
          files: [],
          bagInfo: [],
        }),
      );
    worker.on('error', crashed);
    worker.on('exit', crashed);
  });
}

function defaultWorkerScript(): string {
  // In the esbuild CJS bundle __dirname is the bundle's folder; under an ESM test runner it is not.
  if (typeof __dirname !== 'string') {
    throw appError(
      'verify-worker-missing',
      'Không tìm thấy tiến trình kiểm tra gói.',
      'The verify worker script was not found.',
    );
  }
  return join(__dirname, VERIFY_WORKER_BUNDLE);
}

/** The worker's side; the entry file only calls this with its parentPort and workerData. */
export function serveVerifyInWorker(port: MessagePort, input: WorkerInput): void {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  port.on('message', (msg: ToWorker) => {
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.ok) waiter.resolve(msg.value);
    else waiter.reject(new Error(msg.message));
  });
  const opts: VerifyOptions = {};
  if (input.limits) opts.limits = input.limits;
  if (input.extractTo !== undefined) opts.extractTo = input.extractTo;
  if (input.inspectsPdf) {
    opts.inspectPdf = (path) =>
      new Promise((resolveInspect, rejectInspect) => {
        const id = nextId++;
        pending.set(id, { resolve: resolveInspect, reject: rejectInspect });
        port.postMessage({ type: 'inspect', id, path } satisfies ToMain);
      });
  }
  verifyBagZip(input.zipPath, opts).then(
    (report) => port.postMessage({ type: 'done', report } satisfies ToMain),
    (err: unknown) => port.postMessage({ type: 'failed', message: String(err) } satisfies ToMain),
  );
}

export type { WorkerInput as VerifyWorkerInput };
