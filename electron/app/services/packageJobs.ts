/**
 * Export jobs: an export runs in the background while the UI polls its progress (packages.progress,
 * every ~250 ms) and may cancel it. Jobs live in memory with their context; a finished job is kept a
 * while so that its last poll still finds it.
 */
import { randomBytes } from 'node:crypto';
import type { ExportJobView } from '../../../shared/contract/packages';
import { appError, isAppError } from '../../../shared/errors/appError';
import type { AppContext } from '../context';
import { type ExportArgs, exportPackage } from './packageService';

interface ExportJob {
  view: ExportJobView;
  controller: AbortController;
  finished: Promise<void>;
}

const KEEP_FINISHED = 20;
const jobsByContext = new WeakMap<AppContext, Map<string, ExportJob>>();

function jobsOf(ctx: AppContext): Map<string, ExportJob> {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) {
    jobs = new Map();
    jobsByContext.set(ctx, jobs);
  }
  return jobs;
}

export function startExportJob(ctx: AppContext, args: ExportArgs): { jobId: string } {
  const jobs = jobsOf(ctx);
  const jobId = randomBytes(12).toString('hex');
  const controller = new AbortController();
  const view: ExportJobView = {
    jobId,
    state: 'running',
    phase: 'preparing',
    bytesDone: 0,
    bytesTotal: 0,
    file: null,
    result: null,
    error: null,
  };
  const finished = exportPackage(ctx, args, {
    signal: controller.signal,
    onPhase: (phase) => {
      view.phase = phase;
    },
    onProgress: (p) => {
      view.bytesDone = p.bytesDone;
      view.bytesTotal = p.bytesTotal;
      view.file = p.file;
    },
  }).then(
    (outcome) => {
      view.state = 'done';
      view.bytesDone = view.bytesTotal;
      view.result = {
        exportId: outcome.exportId,
        path: outcome.path,
        fileName: outcome.fileName,
        zipSha256: outcome.zipSha256,
        zipSize: outcome.zipSize,
        payloadOxum: outcome.payloadOxum,
        files: outcome.files,
        confirmedFindings: outcome.confirmedFindings,
        downloadable: outcome.downloadable,
      };
    },
    (error: unknown) => {
      const cancelled = controller.signal.aborted;
      view.state = cancelled ? 'cancelled' : 'failed';
      view.error = isAppError(error)
        ? error.toData()
        : {
            code: 'export-failed',
            vi: `Xuất gói hồ sơ thất bại: ${String(error)}`,
            en: `Exporting the package failed: ${String(error)}`,
          };
    },
  );
  jobs.set(jobId, { view, controller, finished });
  prune(jobs);
  return { jobId };
}

function prune(jobs: Map<string, ExportJob>): void {
  const done = [...jobs.entries()].filter(([, j]) => j.view.state !== 'running');
  for (const [id] of done.slice(0, Math.max(0, done.length - KEEP_FINISHED))) jobs.delete(id);
}

function requireJob(ctx: AppContext, jobId: string): ExportJob {
  const job = jobsOf(ctx).get(jobId);
  if (!job) {
    throw appError(
      'export-job-not-found',
      'Không tìm thấy tiến trình xuất gói (có thể ứng dụng đã khởi động lại).',
      'The export job was not found (the app may have restarted).',
      { jobId },
    );
  }
  return job;
}

export function exportProgress(ctx: AppContext, jobId: string): ExportJobView {
  return { ...requireJob(ctx, jobId).view };
}

/** Stops the job and waits until its partial file is gone; a job already finished is answered as is. */
export async function cancelExport(ctx: AppContext, jobId: string): Promise<ExportJobView> {
  const job = requireJob(ctx, jobId);
  if (job.view.state === 'running') {
    job.controller.abort();
    await job.finished;
  }
  return { ...job.view };
}

/** For tests and shutdown: resolves when the job has settled. */
export function jobFinished(ctx: AppContext, jobId: string): Promise<void> {
  return requireJob(ctx, jobId).finished;
}
