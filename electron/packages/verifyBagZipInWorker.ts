/**
 * Runs verifyBagZip in a worker thread: a received package is untrusted input, so it is parsed off
 * the main (UI-serving) thread, under a heap limit, and a crash there cannot take the app down.
 * The PDFs it holds are inspected in the worker too (pdf-lib on a file of up to 64 MB costs a few times
 * that in heap): the calling thread only ever receives the finished report.
 */

import { join } from 'node:path';
import { type MessagePort, Worker } from 'node:worker_threads';
import { appError } from '../../shared/errors/appError';
import { type VerifyOptions, type VerifyReport, verifyBagZip } from './verifyBagZip';
import { verifyProblem } from './verifyProblems';
import type { ZipLimits } from './zipLimits';

/** File name of the bundled worker entry (electron/packages/verifyBagZipWorker.ts built to CJS). */
export const VERIFY_WORKER_BUNDLE = 'verifyBagZipWorker.cjs';

export interface VerifyInWorkerOptions {
  limits?: Partial<ZipLimits>;
  /** See VerifyOptions.extractTo. */
  extractTo?: string;
  /** Inspect each verified payload PDF (in the worker) and attach the findings to its file. */
  inspectPdfs?: boolean;
  /** Path of the bundled worker script; defaults to VERIFY_WORKER_BUNDLE beside this bundle. */
  workerScript?: string;
  /** Old-generation heap cap for the worker, MB. */
  maxHeapMb?: number;
  /** The receiver's trust anchors and CRLs (DER), to judge each PDF signature against. */
  trust?: { anchors: readonly Uint8Array[]; crls: readonly Uint8Array[] };
}

interface WorkerInput {
  zipPath: string;
  trust?: { anchors: readonly Uint8Array[]; crls: readonly Uint8Array[] };
  limits?: Partial<ZipLimits>;
  extractTo?: string;
  inspectsPdf: boolean;
}

type ToMain = { type: 'done'; report: VerifyReport } | { type: 'failed'; message: string };

export function verifyBagZipInWorker(
  zipPath: string,
  opts: VerifyInWorkerOptions = {},
): Promise<VerifyReport> {
  const script = opts.workerScript ?? defaultWorkerScript();
  const input: WorkerInput = { zipPath, inspectsPdf: opts.inspectPdfs === true };
  if (opts.limits) input.limits = opts.limits;
  if (opts.extractTo !== undefined) input.extractTo = opts.extractTo;
  if (opts.trust) input.trust = opts.trust;
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
      else {
        settle(() =>
          reject(
            appError('verify-failed', 'Kiểm tra gói hồ sơ thất bại.', 'Verifying the package failed.', {
              cause: msg.message,
            }),
          ),
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

/**
 * The worker's side; the entry file calls this with its parentPort, workerData and the PDF inspector
 * (passed in rather than imported here, so that this module stays free of the PDF code).
 */
export function serveVerifyInWorker(
  port: MessagePort,
  input: WorkerInput,
  inspectPdf: (path: string) => Promise<unknown>,
): void {
  const opts: VerifyOptions = {};
  if (input.limits) opts.limits = input.limits;
  if (input.extractTo !== undefined) opts.extractTo = input.extractTo;
  if (input.inspectsPdf) opts.inspectPdf = inspectPdf;
  verifyBagZip(input.zipPath, opts).then(
    (report) => port.postMessage({ type: 'done', report } satisfies ToMain),
    (err: unknown) => port.postMessage({ type: 'failed', message: String(err) } satisfies ToMain),
  );
}

export type { WorkerInput as VerifyWorkerInput };
