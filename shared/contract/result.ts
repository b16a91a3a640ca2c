import type { AppErrorData } from '../errors/appError';

/** What every channel answers, on every transport: a value, or a typed error that the UI can show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
