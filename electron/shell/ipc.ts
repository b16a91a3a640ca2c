import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/contract';
import { IPC_INVOKE } from '../../shared/contract/ipc';
import type { AppContext } from '../app/context';
import { dispatch } from '../app/dispatch';
import { isAppUrl } from './appProtocol';

/**
 * Wires the handler map to Electron IPC. Only frames of the app's own origin may call; the arguments
 * are validated by `dispatch` against the contract like on every other transport.
 */
export function registerIpc(ipcMain: IpcMain, ctx: AppContext): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, args: unknown) =>
    invokeFromRenderer(ctx, event, channel, args),
  );
}

export async function invokeFromRenderer(
  ctx: AppContext,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: unknown,
  args: unknown,
): Promise<Result<unknown>> {
  const frameUrl = event.senderFrame?.url ?? '';
  if (!isAppUrl(frameUrl)) {
    return {
      ok: false,
      error: {
        code: 'forbidden-sender',
        vi: 'Yêu cầu bị từ chối: nguồn gửi không phải cửa sổ của ứng dụng.',
        en: 'Request refused: the sender is not a window of this app.',
      },
    };
  }
  return dispatch(ctx, channel, args);
}
