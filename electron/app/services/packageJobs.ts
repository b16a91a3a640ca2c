/**
 * Export jobs: an export runs in the background while the UI polls its progress (packages.progress) and
 * may cancel it, in the same file-job registry as the session book (fileJobs.ts).
 */
import type { ExportJobView } from '../../../shared/contract/packages';
import type { AppContext } from '../context';
import { fileJobRegistry } from './fileJobs';
import { type ExportArgs, type ExportOutcome, exportPackage } from './packageService';

const exportJobs = fileJobRegistry<ExportJobView, ExportOutcome>({
  startView: (jobId) => ({
    jobId,
    state: 'running',
    phase: 'preparing',
    bytesDone: 0,
    bytesTotal: 0,
    file: null,
    result: null,
    error: null,
  }),
  finish: (view, outcome) => {
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
  unexpected: (error) => ({
    code: 'export-failed',
    vi: `Xuất gói hồ sơ thất bại: ${String(error)}`,
    en: `Exporting the package failed: ${String(error)}`,
  }),
  notFound: {
    code: 'export-job-not-found',
    vi: 'Không tìm thấy tiến trình xuất gói (có thể ứng dụng đã khởi động lại).',
    en: 'The export job was not found (the app may have restarted).',
  },
});

export function startExportJob(ctx: AppContext, args: ExportArgs): { jobId: string } {
  return exportJobs.start(ctx, (signal, view) =>
    exportPackage(ctx, args, {
      signal,
      onPhase: (phase) => {
        view.phase = phase;
      },
      onProgress: (p) => {
        view.bytesDone = p.bytesDone;
        view.bytesTotal = p.bytesTotal;
        view.file = p.file;
      },
    }),
  );
}

export function exportProgress(ctx: AppContext, jobId: string): ExportJobView {
  return exportJobs.progress(ctx, jobId);
}

/** Stops the job and waits until its partial file is gone; a job already finished is answered as is. */
export function cancelExport(ctx: AppContext, jobId: string): Promise<ExportJobView> {
  return exportJobs.cancel(ctx, jobId);
}

/** For tests and shutdown: resolves when the job has settled. */
export function jobFinished(ctx: AppContext, jobId: string): Promise<void> {
  return exportJobs.finished(ctx, jobId);
}
