import { contextBridge, ipcRenderer } from 'electron';
import type { DossierApi } from '../shared/contract';
import { IPC_INVOKE } from '../shared/contract/ipc';

/**
 * The only bridge between the sandboxed renderer and the main process: one function that forwards a
 * contract call. The main process validates the channel, the arguments and the sender.
 */
const api = {
  invoke: (channel, args) => ipcRenderer.invoke(IPC_INVOKE, channel, args),
} satisfies DossierApi;

contextBridge.exposeInMainWorld('api', api);
