/**
 * Book jobs: a book is made in the background while the UI polls its progress (book.progress, every
 * ~250 ms) and may cancel it, like the package export (packageJobs.ts).
 */
import { randomBytes } from 'node:crypto';
import type { BookJobView } from '../../../shared/contract/book';
import { appError, isAppError } from '../../../shared/errors/appError';
import type { AppContext } from '../context';
import { type MakeBookArgs, makeBook } from './bookService';

interface BookJob {
  view: BookJobView;
  controller: AbortController;
  finished: Promise<void>;
}

const KEEP_FINISHED = 20;
const jobsByContext = new WeakMap<AppContext, Map<string, BookJob>>();

function jobsOf(ctx: AppContext): Map<string, BookJob> {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) {
    jobs = new Map();
    jobsByContext.set(ctx, jobs);
  }
  return jobs;
}

export function startBookJob(ctx: AppContext, args: MakeBookArgs): { jobId: string } {
  const jobs = jobsOf(ctx);
  const jobId = randomBytes(12).toString('hex');
  const controller = new AbortController();
  const view: BookJobView = {
    jobId,
    state: 'running',
    documentsDone: 0,
    documentsTotal: 0,
    pagesDone: 0,
    current: null,
    result: null,
    error: null,
  };
  const finished = makeBook(ctx, args, {
    signal: controller.signal,
    onProgress: (p) => {
      view.documentsDone = p.documentsDone;
      view.documentsTotal = p.documentsTotal;
      view.pagesDone = p.pagesDone;
      view.current = p.current;
    },
  }).then(
    (result) => {
      view.state = 'done';
      view.documentsDone = view.documentsTotal;
      view.current = null;
      view.result = result;
    },
    (error: unknown) => {
      view.state = controller.signal.aborted ? 'cancelled' : 'failed';
      view.error = isAppError(error)
        ? error.toData()
        : {
            code: 'book-failed',
            vi: `Tạo sổ tài liệu thất bại: ${String(error)}`,
            en: `Making the book failed: ${String(error)}`,
          };
    },
  );
  jobs.set(jobId, { view, controller, finished });
  const done = [...jobs.entries()].filter(([, j]) => j.view.state !== 'running');
  for (const [id] of done.slice(0, Math.max(0, done.length - KEEP_FINISHED))) jobs.delete(id);
  return { jobId };
}

function requireJob(ctx: AppContext, jobId: string): BookJob {
  const job = jobsOf(ctx).get(jobId);
  if (!job) {
    throw appError(
      'book-job-not-found',
      'Không tìm thấy tiến trình tạo sổ tài liệu (có thể ứng dụng đã khởi động lại).',
      'The book job was not found (the app may have restarted).',
      { jobId },
    );
  }
  return job;
}

export function bookProgress(ctx: AppContext, jobId: string): BookJobView {
  return { ...requireJob(ctx, jobId).view };
}

/** Stops the job and waits until its temp file is gone; a job already finished is answered as is. */
export async function cancelBook(ctx: AppContext, jobId: string): Promise<BookJobView> {
  const job = requireJob(ctx, jobId);
  if (job.view.state === 'running') {
    job.controller.abort();
    await job.finished;
  }
  return { ...job.view };
}

/** For tests and shutdown: resolves when the job has settled. */
export function bookJobFinished(ctx: AppContext, jobId: string): Promise<void> {
  return requireJob(ctx, jobId).finished;
}
