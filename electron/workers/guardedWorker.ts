/**
 * Runs a parser of a user's file in a worker thread, under guard: a heap cap (`resourceLimits`), a time
 * limit, a cancel signal, and a bound on the size of what comes back. A small hostile file (a package whose
 * manifest lists 150,000 files, a PDF whose /Contents spans 1.6 GB, an xlsx of a million cells) can make a
 * parser huge; here it costs the worker, never the main process that serves the window and the bridge.
 *
 * The whole API, for every parser of a user file in the app:
 *
 *   const facts = await runInWorker('inspect-and-judge-pdf', { path, trust, now }, { fileName: 'to-trinh.pdf' });
 *
 * - `task` names an entry of WORKER_TASKS (electron/workers/workerTasks.ts); add a parser there, with its
 *   input and output types, and it is available here, typed, with nothing else to change.
 * - `fileName` is the user's name for the file: every refusal below names it (never an upload id).
 * - limits default to DEFAULT_GUARD; a task's own defaults sit in TASK_GUARDS; a caller may tighten them.
 * - An AppError thrown by the task arrives as the same AppError; anything else as `worker.failed`.
 *
 * One worker per call: it starts clean, and a timeout or a cancel can simply terminate it.
 */
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorData, appError } from '../../shared/errors/appError';
import type { TaskInput, TaskName, TaskOutput } from './workerTasks';

/** File name of the bundled worker entry (electron/workers/parserWorker.ts built to CJS). */
export const PARSER_WORKER_BUNDLE = 'parserWorker.cjs';

export interface GuardLimits {
  /** Old-generation heap cap of the worker, MB (what a parser's object graph may use). */
  maxHeapMb: number;
  /** Wall-clock time before the worker is terminated, ms. */
  timeoutMs: number;
  /** Largest serialized result accepted, bytes: the main thread deserializes it, so it is bounded too. */
  maxResultBytes: number;
}

export const DEFAULT_GUARD: Readonly<GuardLimits> = {
  maxHeapMb: 160,
  timeoutMs: 60_000,
  maxResultBytes: 16 * 1024 * 1024,
};

/** Per-task defaults, where a task needs other limits than DEFAULT_GUARD. */
export const TASK_GUARDS: Partial<Record<TaskName, Partial<GuardLimits>>> = {
  // Hashing every byte of a package of up to 8 GiB takes minutes on a slow disk.
  'verify-bag': { maxHeapMb: 192, timeoutMs: 30 * 60_000, maxResultBytes: 32 * 1024 * 1024 },
  'prepare-import': { maxHeapMb: 192, timeoutMs: 30 * 60_000, maxResultBytes: 48 * 1024 * 1024 },
  // exceljs holds every cell as an object; the xlsx guard bounds cells, this bounds what slips through.
  // A worker thread's heap is part of the app's memory: caps stay well under the 200 MB it may grow by.
  'parse-work-program-xlsx': { maxHeapMb: 160, timeoutMs: 60_000 },
  'inspect-and-judge-pdf': { maxHeapMb: 192, timeoutMs: 5 * 60_000 },
  // Thousands of chains on ten years of data: minutes at worst on a slow machine.
  'rejudge-signatures': { maxHeapMb: 192, timeoutMs: 10 * 60_000, maxResultBytes: 64 * 1024 * 1024 },
};

export interface RunOptions extends Partial<GuardLimits> {
  /** The user's name for the file, used in every message. */
  fileName: string;
  signal?: AbortSignal | undefined;
  /** The bundled worker script; defaults to setParserWorkerScript's, else PARSER_WORKER_BUNDLE beside this bundle. */
  workerScript?: string | undefined;
}

let defaultScript: string | null = null;

/**
 * Sets the worker script used when a call names none (the test setup, which bundles its own). Never read
 * from the environment: that would let anyone make the signed app load arbitrary code as a worker.
 */
export function setParserWorkerScript(path: string | null): void {
  defaultScript = path;
}

export function parserWorkerScript(): string {
  if (defaultScript !== null) return defaultScript;
  // In the esbuild CJS bundle __dirname is the bundle's folder; under an ESM test runner it is not.
  if (typeof __dirname !== 'string') {
    throw appError(
      'worker.missing',
      'Không tìm thấy tiến trình phân tích tệp.',
      'The file-parsing worker script was not found.',
    );
  }
  return join(__dirname, PARSER_WORKER_BUNDLE);
}

/** What the worker posts back (see parserWorker.ts). */
export type WorkerReply =
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'app-error'; error: AppErrorData }
  | { type: 'failed'; message: string }
  | { type: 'too-large'; bytes: number };

export const workerErrors = {
  timedOut: (fileName: string, ms: number) =>
    appError(
      'worker.timeout',
      `Phân tích tệp "${fileName}" quá ${Math.round(ms / 1000)} giây nên đã dừng. Tệp quá lớn hoặc bất thường.`,
      `Reading "${fileName}" took more than ${Math.round(ms / 1000)} s and was stopped. The file is too large or abnormal.`,
      { fileName, timeoutMs: ms },
    ),
  cancelled: (fileName: string) =>
    appError(
      'worker.cancelled',
      `Đã huỷ việc phân tích tệp "${fileName}".`,
      `Reading "${fileName}" was cancelled.`,
      {
        fileName,
      },
    ),
  outOfMemory: (fileName: string, mb: number) =>
    appError(
      'worker.outOfMemory',
      `Tệp "${fileName}" cần quá nhiều bộ nhớ để phân tích (giới hạn ${mb} MB) nên bị từ chối. Tệp quá lớn hoặc bất thường.`,
      `"${fileName}" needs too much memory to read (limit ${mb} MB) and was refused. The file is too large or abnormal.`,
      { fileName, maxHeapMb: mb },
    ),
  resultTooLarge: (fileName: string, bytes: number, limit: number) =>
    appError(
      'worker.resultTooLarge',
      `Kết quả phân tích tệp "${fileName}" quá lớn (${bytes} byte) nên bị từ chối. Tệp bất thường.`,
      `The result of reading "${fileName}" is too large (${bytes} bytes) and was refused. The file is abnormal.`,
      { fileName, bytes, limit },
    ),
  failed: (fileName: string, reason: string) =>
    appError('worker.failed', `Không phân tích được tệp "${fileName}".`, `"${fileName}" could not be read.`, {
      fileName,
      reason: reason.slice(0, 500),
    }),
};

/** Runs `task` on `input` in a fresh worker under the guard limits; see the module comment. */
export function runInWorker<T extends TaskName>(
  task: T,
  input: TaskInput<T>,
  options: RunOptions,
): Promise<TaskOutput<T>> {
  const limits: GuardLimits = { ...DEFAULT_GUARD, ...TASK_GUARDS[task], ...definedLimits(options) };
  const { fileName, signal } = options;
  if (signal?.aborted) return Promise.reject(workerErrors.cancelled(fileName));
  let script: string;
  try {
    script = options.workerScript ?? parserWorkerScript();
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise<TaskOutput<T>>((resolvePromise, reject) => {
    const worker = new Worker(script, {
      workerData: { task, input, maxResultBytes: limits.maxResultBytes },
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxHeapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.maxHeapMb / 8))),
      },
      // The worker's output is the reply, nothing else: a parser's console noise stays out of the app's.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(workerErrors.timedOut(fileName, limits.timeoutMs))),
      limits.timeoutMs,
    );
    const onAbort = () => settle(() => reject(workerErrors.cancelled(fileName)));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'done') {
        settle(() => {
          try {
            resolvePromise(deserialize(reply.bytes) as TaskOutput<T>);
          } catch (error) {
            reject(workerErrors.failed(fileName, String(error)));
          }
        });
      } else if (reply.type === 'app-error') settle(() => reject(new AppError(reply.error)));
      else if (reply.type === 'too-large')
        settle(() => reject(workerErrors.resultTooLarge(fileName, reply.bytes, limits.maxResultBytes)));
      else settle(() => reject(workerErrors.failed(fileName, reply.message)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? workerErrors.outOfMemory(fileName, limits.maxHeapMb)
            : workerErrors.failed(fileName, error.message),
        ),
      );
    });
    worker.on('exit', (code) =>
      settle(() => reject(workerErrors.failed(fileName, `worker exited (${code})`))),
    );
  });
}

function definedLimits(options: RunOptions): Partial<GuardLimits> {
  const out: Partial<GuardLimits> = {};
  if (options.maxHeapMb !== undefined) out.maxHeapMb = options.maxHeapMb;
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options.maxResultBytes !== undefined) out.maxResultBytes = options.maxResultBytes;
  return out;
}
