/**
 * Runs assembleBook in a worker thread: the PDFs come from other agencies, so they are parsed off the
 * main (UI-serving) thread, under a heap cap and a time limit, and a crash there cannot take the app
 * down. The worker writes a temp file beside the target; only a finished, fsynced book is renamed into
 * place. A cancel, a time-out, a crash or a failure removes the temp file: nothing half-written remains.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type MessagePort, Worker } from 'node:worker_threads';
import { AppError, appError } from '../../shared/errors/appError';
import type { BookProgress, BookResult } from './assembleBook';
import type { BookPlan } from './bookPlan';

/** File name of the bundled worker entry (electron/book/bookWorker.ts built to CJS). */
export const BOOK_WORKER_BUNDLE = 'bookWorker.cjs';

export interface BookLimits {
  /** Old-generation heap cap of the worker, MB. */
  maxHeapMb: number;
  /** Wall-clock limit for the whole book, ms. */
  timeLimitMs: number;
}

/** 300 documents / 2,000 pages / 300 MB take well under a minute on an office PC; ten is generous. */
export const DEFAULT_BOOK_LIMITS: BookLimits = { maxHeapMb: 448, timeLimitMs: 10 * 60_000 };

export interface BookInWorkerOptions {
  fontFile: string;
  workerScript?: string;
  limits?: Partial<BookLimits>;
  signal?: AbortSignal;
  onProgress?: (p: BookProgress) => void;
}

export interface BookWorkerInput {
  plan: BookPlan;
  fontFile: string;
  /** The temp file, opened by the main thread, which alone closes it. */
  fd: number;
}

type ToMain =
  | { type: 'progress'; progress: BookProgress }
  | { type: 'done'; result: BookResult }
  | { type: 'failed'; message: string };

export function bookCancelled(): AppError {
  return appError('book-cancelled', 'Đã huỷ tạo sổ tài liệu.', 'Making the book was cancelled.');
}

/** Makes the book at `outPath` (replacing a file there only once the new one is complete). */
export async function makeBookInWorker(
  plan: BookPlan,
  outPath: string,
  opts: BookInWorkerOptions,
): Promise<BookResult> {
  const limits = { ...DEFAULT_BOOK_LIMITS, ...opts.limits };
  const script = opts.workerScript ?? defaultWorkerScript();
  const tempPath = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(6).toString('hex')}.tmp`);
  if (opts.signal?.aborted) throw bookCancelled();
  const fd = openSync(tempPath, 'wx');
  let open = true;
  const closeTemp = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const input: BookWorkerInput = { plan, fontFile: opts.fontFile, fd };
  const worker = new Worker(script, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    // pdf-lib narrates every broken object it skips; a damaged PDF is reported on the contents instead,
    // and the chatter must not mix into the CLI's output.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  try {
    const result = await new Promise<BookResult>((resolvePromise, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        fn();
      };
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(
              appError(
                'book-timeout',
                `Tạo sổ tài liệu quá ${Math.round(limits.timeLimitMs / 1000)} giây nên đã dừng; có thể một tệp PDF bất thường. Sổ chưa được tạo.`,
                `Making the book took over ${Math.round(limits.timeLimitMs / 1000)} s and was stopped; a PDF may be abnormal. No book was made.`,
              ),
            ),
          ),
        limits.timeLimitMs,
      );
      const onAbort = () => settle(() => reject(bookCancelled()));
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (msg: ToMain) => {
        if (msg.type === 'progress') opts.onProgress?.(msg.progress);
        else if (msg.type === 'done') settle(() => resolvePromise(msg.result));
        else {
          settle(() =>
            reject(
              appError(
                'book-failed',
                `Tạo sổ tài liệu thất bại: ${msg.message}`,
                `Making the book failed: ${msg.message}`,
              ),
            ),
          );
        }
      });
      // Out of memory or killed: a hostile PDF is reported as such, never thrown at the UI raw.
      const crashed = (detail: string) =>
        settle(() =>
          reject(
            appError(
              'book-worker-crashed',
              'Tiến trình tạo sổ tài liệu dừng bất thường (có thể do một tệp PDF quá lớn hoặc bất thường). Sổ chưa được tạo.',
              'The book worker stopped abnormally (a PDF may be too large or abnormal). No book was made.',
              { detail },
            ),
          ),
        );
      worker.on('error', (e) => crashed(String(e)));
      worker.on('exit', (code) => crashed(`exit ${code}`));
    });
    // The worker fsynced the file before it answered 'done'.
    closeTemp();
    renameSync(tempPath, outPath);
    syncFolder(dirname(outPath));
    return result;
  } catch (error) {
    // Stop the worker before closing the descriptor it may still be writing to.
    await worker.terminate();
    closeTemp();
    await rm(tempPath, { force: true });
    throw error instanceof AppError
      ? error
      : appError(
          'book-failed',
          `Tạo sổ tài liệu thất bại: ${String(error)}`,
          `Making the book failed: ${String(error)}`,
        );
  } finally {
    void worker.terminate();
  }
}

function syncFolder(dir: string): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function defaultWorkerScript(): string {
  // In the esbuild CJS bundle __dirname is the bundle's folder; under an ESM test runner it is not.
  if (typeof __dirname !== 'string') {
    throw appError(
      'book-worker-missing',
      'Không tìm thấy tiến trình tạo sổ tài liệu.',
      'The book worker script was not found.',
    );
  }
  return join(__dirname, BOOK_WORKER_BUNDLE);
}

/** The worker's side: the entry file calls this with its parentPort and workerData. */
export function serveBookInWorker(
  port: MessagePort,
  input: BookWorkerInput,
  assemble: typeof import('./assembleBook').assembleBook,
): void {
  let last = 0;
  assemble(input.plan, {
    fontFile: input.fontFile,
    out: { fd: input.fd },
    onProgress: (progress) => {
      // Every document is worth a message, but not more often than ten a second.
      const now = Date.now();
      if (now - last < 100 && progress.current !== null) return;
      last = now;
      port.postMessage({ type: 'progress', progress } satisfies ToMain);
    },
  }).then(
    (result) => port.postMessage({ type: 'done', result } satisfies ToMain),
    (err: unknown) =>
      port.postMessage({
        type: 'failed',
        message: err instanceof Error ? err.message : String(err),
      } satisfies ToMain),
  );
}
