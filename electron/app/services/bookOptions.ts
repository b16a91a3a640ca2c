/**
 * How a context makes books: which worker script, font and limits (set by the shell or a test), and the
 * one call that runs the worker with them. Apart from bookService so that the package export can bind a
 * book into a package without importing the book's use cases (which import the package snapshot).
 */
import type { BookProgress, BookResult } from '../../book/assembleBook';
import { type BookLimits, makeBookInWorker } from '../../book/bookInWorker';
import type { BookPlan } from '../../book/bookPlan';
import { fontPath } from '../../pdf/fontPath';
import type { AppContext } from '../context';

export interface BookOptions {
  /**
   * The book worker script, set by the shell or a test (which builds its own bundle); without it the
   * bundled dist/electron/bookWorker.cjs beside the running bundle. Never read from the environment.
   */
  workerScript?: string;
  fontFile?: string;
  limits?: Partial<BookLimits>;
}
const optionsByContext = new WeakMap<AppContext, BookOptions>();

export function configureBook(ctx: AppContext, options: BookOptions): void {
  optionsByContext.set(ctx, options);
}

export interface BookHooks {
  signal?: AbortSignal;
  onProgress?: (p: BookProgress) => void;
}

/** Assembles `plan` at `path` in the worker, with the context's worker script, font and limits. */
export function assembleBookFile(
  ctx: AppContext,
  plan: BookPlan,
  path: string,
  hooks: BookHooks = {},
): Promise<BookResult> {
  const options = optionsByContext.get(ctx) ?? {};
  return makeBookInWorker(plan, path, {
    fontFile: fontPath(options.fontFile),
    ...(options.workerScript ? { workerScript: options.workerScript } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
  });
}
