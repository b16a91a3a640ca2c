import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { type FileJobViewBase, fileJobRegistry } from '../../../electron/app/services/fileJobs';
import { appError, isAppError } from '../../../shared/errors/appError';

interface CountView extends FileJobViewBase {
  done: number;
  result: { total: number } | null;
}

function aContext(): AppContext {
  return {
    version: 'test',
    dataDir: '/nowhere',
    databasePath: '/nowhere/db',
    transport: 'cli',
    readsLocalPaths: true,
    db: null,
    databaseError: null,
    now: () => new Date('2026-12-02T08:00:00+07:00'),
  };
}

function aRegistry() {
  return fileJobRegistry<CountView, { total: number }>({
    startView: (jobId) => ({ jobId, state: 'running', done: 0, result: null, error: null }),
    finish: (view, result) => {
      view.done = result.total;
      view.result = result;
    },
    unexpected: (error) => ({
      code: 'count-failed',
      vi: `Đếm thất bại: ${String(error)}`,
      en: `Counting failed: ${String(error)}`,
    }),
    notFound: { code: 'count-job-not-found', vi: 'Không tìm thấy.', en: 'Not found.' },
  });
}

/** A promise with its resolve and reject in hand, so a test decides when the work moves. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('the file-job registry', () => {
  it('shows the progress the work writes while it runs, then its result once done', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const step = gate<void>();
    const { jobId } = jobs.start(ctx, async (_signal, view) => {
      view.done = 3;
      await step.promise;
      return { total: 7 };
    });
    expect(jobs.progress(ctx, jobId)).toEqual({
      jobId,
      state: 'running',
      done: 3,
      result: null,
      error: null,
    });
    step.open();
    await jobs.finished(ctx, jobId);
    expect(jobs.progress(ctx, jobId)).toEqual({
      jobId,
      state: 'done',
      done: 7,
      result: { total: 7 },
      error: null,
    });
  });

  it('answers a copy of the view, which a caller cannot change', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const { jobId } = jobs.start(ctx, async () => ({ total: 1 }));
    await jobs.finished(ctx, jobId);
    jobs.progress(ctx, jobId).state = 'failed';
    expect(jobs.progress(ctx, jobId).state).toBe('done');
  });

  it('answers a cancel only once the work has cleaned up, as cancelled with the work’s own error', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const order: string[] = [];
    const { jobId } = jobs.start(
      ctx,
      (signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            // The partial file is removed after the abort, a moment later.
            setTimeout(() => {
              order.push('partial file removed');
              reject(appError('count-cancelled', 'Đã huỷ.', 'Cancelled.'));
            }, 20);
          });
        }),
    );
    const view = await jobs.cancel(ctx, jobId);
    order.push('cancel answered');
    expect(order).toEqual(['partial file removed', 'cancel answered']);
    expect(view.state).toBe('cancelled');
    expect(view.error).toEqual({ code: 'count-cancelled', vi: 'Đã huỷ.', en: 'Cancelled.' });
  });

  it('answers a cancel of a finished job as it stands, without touching it', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const { jobId } = jobs.start(ctx, async () => ({ total: 2 }));
    await jobs.finished(ctx, jobId);
    expect((await jobs.cancel(ctx, jobId)).state).toBe('done');
  });

  it('keeps an AppError’s code and wording, and words any other failure in the kind’s own terms', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const known = jobs.start(ctx, async () => {
      throw appError('count-too-big', 'Quá lớn.', 'Too big.');
    });
    const other = jobs.start(ctx, async () => {
      throw new Error('disk full');
    });
    await jobs.finished(ctx, known.jobId);
    await jobs.finished(ctx, other.jobId);
    expect(jobs.progress(ctx, known.jobId)).toMatchObject({
      state: 'failed',
      error: { code: 'count-too-big', vi: 'Quá lớn.', en: 'Too big.' },
    });
    expect(jobs.progress(ctx, other.jobId)).toMatchObject({
      state: 'failed',
      error: {
        code: 'count-failed',
        vi: 'Đếm thất bại: Error: disk full',
        en: 'Counting failed: Error: disk full',
      },
    });
  });

  it('refuses a job it does not know with the kind’s code, and never shows one context’s jobs to another', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const { jobId } = jobs.start(ctx, async () => ({ total: 1 }));
    await jobs.finished(ctx, jobId);
    let refused: unknown = null;
    try {
      jobs.progress(aContext(), jobId);
    } catch (e) {
      refused = e;
    }
    expect(isAppError(refused) && refused.code).toBe('count-job-not-found');
    expect(isAppError(refused) && refused.detail).toEqual({ jobId });
  });

  it('keeps the 20 latest finished jobs when a new one starts, and never drops a running one', async () => {
    const jobs = aRegistry();
    const ctx = aContext();
    const hold = gate<{ total: number }>();
    const running = jobs.start(ctx, () => hold.promise);
    const finished: string[] = [];
    for (let i = 0; i < 22; i++) {
      const { jobId } = jobs.start(ctx, async () => ({ total: i }));
      await jobs.finished(ctx, jobId);
      finished.push(jobId);
    }
    // Pruning happens at a start: the 22nd job's start saw 21 finished and dropped the oldest; this start
    // sees 21 again and drops the next one. The 20 latest stay.
    jobs.start(ctx, () => hold.promise);
    const known = finished.filter((id) => {
      try {
        jobs.progress(ctx, id);
        return true;
      } catch {
        return false;
      }
    });
    expect(known).toEqual(finished.slice(2));
    expect(jobs.progress(ctx, running.jobId).state).toBe('running');
    hold.open({ total: 0 });
  });
});
