/**
 * Runs verifyBagZip in the guarded parser worker (electron/workers): a received package is untrusted
 * input, so it is parsed off the main (UI-serving) thread, under a heap and time limit, and a crash there
 * cannot take the app down. The PDFs it holds are inspected in the worker too: the calling thread only
 * ever receives the finished (size-bounded) report and its view.
 */
import { isAppError } from '../../shared/errors/appError';
import { appLog, reportIncident } from '../app/log';
import { runInWorker } from '../workers/guardedWorker';
import type { VerifiedPackage } from './receivedPackageCheck';
import type { VerifyReport } from './verifyBagZip';
import { verifyProblem } from './verifyProblems';
import { verifyView } from './verifyView';
import type { ZipLimits } from './zipLimits';

export interface VerifyInWorkerOptions {
  limits?: Partial<ZipLimits>;
  /** See VerifyOptions.extractTo. */
  extractTo?: string;
  /** See VerifyOptions.scratchDir (a folder inside the data folder). */
  scratchDir?: string;
  /** Inspect each verified payload PDF (in the worker) and attach the findings to its file. */
  inspectPdfs?: boolean;
  /** Path of the bundled worker script; defaults to the guarded worker's. */
  workerScript?: string;
  /** Old-generation heap cap for the worker, MB. */
  maxHeapMb?: number;
  /** The user's name for the file (messages); defaults to the path. */
  fileName?: string;
  /** The receiver's trust anchors and CRLs (DER), to judge each signature against (issue 14). */
  trust?: { anchors: readonly Uint8Array[]; crls: readonly Uint8Array[] };
  /** The moment the signatures are judged at (ISO); default now. */
  now?: string;
  signal?: AbortSignal;
}

export async function verifyBagZipInWorker(
  zipPath: string,
  opts: VerifyInWorkerOptions = {},
): Promise<VerifyReport> {
  return (await verifyPackageInWorker(zipPath, opts)).report;
}

/** The report and its view, both built in the worker. A worker that dies gives an 'unreadable' verdict. */
export async function verifyPackageInWorker(
  zipPath: string,
  opts: VerifyInWorkerOptions = {},
): Promise<VerifiedPackage> {
  const fileName = opts.fileName ?? zipPath;
  try {
    return await runInWorker(
      'verify-bag',
      {
        zipPath,
        fileName,
        inspectPdfs: opts.inspectPdfs === true,
        ...(opts.limits ? { limits: opts.limits } : {}),
        ...(opts.extractTo !== undefined ? { extractTo: opts.extractTo } : {}),
        ...(opts.scratchDir !== undefined ? { scratchDir: opts.scratchDir } : {}),
        ...(opts.trust ? { trust: opts.trust } : {}),
        ...(opts.now ? { now: opts.now } : {}),
      },
      {
        fileName,
        workerScript: opts.workerScript,
        signal: opts.signal,
        ...(opts.maxHeapMb !== undefined ? { maxHeapMb: opts.maxHeapMb } : {}),
      },
    );
  } catch (error) {
    if (isAppError(error) && error.code === 'worker.cancelled') throw error;
    // A hostile archive that still manages to exhaust the worker is reported, not thrown at the UI; the
    // report carries the id of the log line that says how the worker ended.
    const id = appLog().error('verify worker stopped', undefined, { exitCode: workerExitCode(error) });
    const problem = verifyProblem(
      'verify-worker-crashed',
      undefined,
      isAppError(error) ? error.en : String(error),
    );
    // The crash dialog (issue 10) tells the person, with the same id, even if no screen shows the report.
    const plain = verifyProblem('verify-worker-crashed');
    reportIncident({ id, vi: plain.vi, en: plain.en });
    const report: VerifyReport = {
      verdict: 'unreadable',
      problems: [{ ...problem, vi: `${problem.vi} (mã lỗi ${id})`, en: `${problem.en} (error id ${id})` }],
      files: [],
      bagInfo: [],
    };
    return { report, view: verifyView(report, fileName) };
  }
}

/** The exit code of a worker that died (guardedWorker's reason "worker exited (N)"), else null. */
function workerExitCode(error: unknown): number | null {
  const reason = isAppError(error) ? error.detail?.reason : undefined;
  const match = typeof reason === 'string' ? /worker exited \((-?\d+)\)/.exec(reason) : null;
  return match ? Number(match[1]) : null;
}
