import { bookProgress, cancelBook, startBookJob } from '../services/bookJobs';
import type { HandlerMap } from './types';

export const bookHandlers = {
  'book.make': (args, ctx) => startBookJob(ctx, args),
  'book.progress': (args, ctx) => bookProgress(ctx, args.jobId),
  'book.cancel': (args, ctx) => cancelBook(ctx, args.jobId),
} satisfies Partial<HandlerMap>;
