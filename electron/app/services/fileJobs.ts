/**
 * File jobs: work that writes one file (a package export, a session book) runs in the background while
 * the UI polls its progress (every ~250 ms) and may cancel it. Jobs live in memory with their context; a
 * finished job is kept a while so that its last poll still finds it. Removing a cancelled job's partial
 * file is the work's own business: cancel waits until the work has settled, so once it answers, nothing
 * is left at the path.
 */
import { randomBytes } from 'node:crypto';
import { type AppErrorData, appError, isAppError } from '../../../shared/errors/appError';
import type { AppContext } from '../context';

/** What every job view of the contract has (book.progress, packages.progress). */
export interface FileJobViewBase {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error: { code: string; vi: string; en: string } | null;
}

/** What tells one kind of job from another: its view, its result and its wording. */
export interface FileJobKind<V extends FileJobViewBase, R> {
  /** The view of a job just started (state 'running', nothing done). */
  startView(jobId: string): V;
  /** Writes the finished work's result into the view; the state is set to 'done' by the registry. */
  finish(view: V, result: R): void;
  /** The job's error when the work failed with something that is not an AppError. */
  unexpected(error: unknown): AppErrorData;
  /** Polling or cancelling a job the registry does not know (e.g. after a restart). */
  notFound: { code: string; vi: string; en: string };
}

export interface FileJobRegistry<V extends FileJobViewBase, R> {
  /** Starts `work`, which reports its progress by writing into `view` and stops when `signal` aborts. */
  start(ctx: AppContext, work: (signal: AbortSignal, view: V) => Promise<R>): { jobId: string };
  /** A copy of the job's view as it now stands. */
  progress(ctx: AppContext, jobId: string): V;
  /** Stops the job and waits until it has settled; a job already finished is answered as is. */
  cancel(ctx: AppContext, jobId: string): Promise<V>;
  /** For tests and shutdown: resolves when the job has settled. */
  finished(ctx: AppContext, jobId: string): Promise<void>;
}

interface FileJob<V> {
  view: V;
  controller: AbortController;
  finished: Promise<void>;
}

/** How many finished jobs are kept per context; older ones are dropped when a new job starts. */
const KEEP_FINISHED = 20;

export function fileJobRegistry<V extends FileJobViewBase, R>(
  kind: FileJobKind<V, R>,
): FileJobRegistry<V, R> {
  const jobsByContext = new WeakMap<AppContext, Map<string, FileJob<V>>>();

  function jobsOf(ctx: AppContext): Map<string, FileJob<V>> {
    let jobs = jobsByContext.get(ctx);
    if (!jobs) {
      jobs = new Map();
      jobsByContext.set(ctx, jobs);
    }
    return jobs;
  }

  function requireJob(ctx: AppContext, jobId: string): FileJob<V> {
    const job = jobsOf(ctx).get(jobId);
    if (!job) throw appError(kind.notFound.code, kind.notFound.vi, kind.notFound.en, { jobId });
    return job;
  }

  return {
    start(ctx, work) {
      const jobs = jobsOf(ctx);
      const jobId = randomBytes(12).toString('hex');
      const controller = new AbortController();
      const view = kind.startView(jobId);
      const finished = work(controller.signal, view).then(
        (result) => {
          view.state = 'done';
          kind.finish(view, result);
        },
        (error: unknown) => {
          view.state = controller.signal.aborted ? 'cancelled' : 'failed';
          view.error = isAppError(error) ? error.toData() : kind.unexpected(error);
        },
      );
      jobs.set(jobId, { view, controller, finished });
      const done = [...jobs.entries()].filter(([, j]) => j.view.state !== 'running');
      for (const [id] of done.slice(0, Math.max(0, done.length - KEEP_FINISHED))) jobs.delete(id);
      return { jobId };
    },
    progress(ctx, jobId) {
      return { ...requireJob(ctx, jobId).view };
    },
    async cancel(ctx, jobId) {
      const job = requireJob(ctx, jobId);
      if (job.view.state === 'running') {
        job.controller.abort();
        await job.finished;
      }
      return { ...job.view };
    },
    finished(ctx, jobId) {
      return requireJob(ctx, jobId).finished;
    },
  };
}
