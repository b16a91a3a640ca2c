/**
 * Book jobs: a book is made in the background while the UI polls its progress (book.progress) and may
 * cancel it, in the same file-job registry as the package export (fileJobs.ts).
 */
import type { BookJobView, BookResultView } from '../../../shared/contract/book';
import type { AppContext } from '../context';
import { type MakeBookArgs, makeBook } from './bookService';
import { fileJobRegistry } from './fileJobs';

const bookJobs = fileJobRegistry<BookJobView, BookResultView>({
  startView: (jobId) => ({
    jobId,
    state: 'running',
    documentsDone: 0,
    documentsTotal: 0,
    pagesDone: 0,
    current: null,
    result: null,
    error: null,
  }),
  finish: (view, result) => {
    view.documentsDone = view.documentsTotal;
    view.current = null;
    view.result = result;
  },
  unexpected: (error) => ({
    code: 'book-failed',
    vi: `Tạo sổ tài liệu thất bại: ${String(error)}`,
    en: `Making the book failed: ${String(error)}`,
  }),
  notFound: {
    code: 'book-job-not-found',
    vi: 'Không tìm thấy tiến trình tạo sổ tài liệu (có thể ứng dụng đã khởi động lại).',
    en: 'The book job was not found (the app may have restarted).',
  },
});

export function startBookJob(ctx: AppContext, args: MakeBookArgs): { jobId: string } {
  return bookJobs.start(ctx, (signal, view) =>
    makeBook(ctx, args, {
      signal,
      onProgress: (p) => {
        view.documentsDone = p.documentsDone;
        view.documentsTotal = p.documentsTotal;
        view.pagesDone = p.pagesDone;
        view.current = p.current;
      },
    }),
  );
}

export function bookProgress(ctx: AppContext, jobId: string): BookJobView {
  return bookJobs.progress(ctx, jobId);
}

/** Stops the job and waits until its temp file is gone; a job already finished is answered as is. */
export function cancelBook(ctx: AppContext, jobId: string): Promise<BookJobView> {
  return bookJobs.cancel(ctx, jobId);
}

/** For tests and shutdown: resolves when the job has settled. */
export function bookJobFinished(ctx: AppContext, jobId: string): Promise<void> {
  return bookJobs.finished(ctx, jobId);
}
