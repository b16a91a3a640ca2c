import { useCallback, useState } from 'react';
import type { AppErrorData } from '../../shared/errors/appError';
import { ApiError } from './api';

/** Turns a thrown value into the error a banner shows: the API's typed error, or a plain wrapper (a bug). */
export function asErrorData(e: unknown): AppErrorData {
  if (e instanceof ApiError) return e.data;
  return { code: 'internal', vi: `Lỗi: ${String(e)}`, en: `Error: ${String(e)}` };
}

/**
 * Runs an action, keeping its typed error for the banner and a busy flag for the buttons. `run` clears
 * the last error first, and resolves to the action's value, or to undefined when it failed.
 */
export function useAction() {
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(asErrorData(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, setError, busy, run };
}
