import type { Args, Channel, DossierApi, Result, Value } from '../../shared/contract';
import type { AppErrorData } from '../../shared/errors/appError';
import { createBridgeClient } from './bridgeClient';

declare global {
  interface Window {
    api?: DossierApi;
  }
}

/** Electron's preload provides window.api; in a plain browser the bridge client stands in for it. */
const api: DossierApi = window.api ?? createBridgeClient(window.location, window.sessionStorage);

/** A failed call, carrying the typed error the main process sent (code + both languages). */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.en);
  }
}

export async function call<C extends Channel>(channel: C, args: Args<C>): Promise<Value<C>> {
  let result: Result<Value<C>>;
  try {
    result = await api.invoke(channel, args);
  } catch (cause) {
    throw new ApiError({
      code: 'transport',
      vi: 'Mất kết nối với phần xử lý của ứng dụng. Hãy khởi động lại ứng dụng.',
      en: 'Lost the connection to the app back end. Restart the app.',
      detail: { cause: String(cause) },
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
