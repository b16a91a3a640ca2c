import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { DossierApi } from '../shared/contract';
import { IPC_INVOKE } from '../shared/contract/ipc';

/**
 * The only bridge between the sandboxed renderer and the main process: one function that forwards a
 * contract call (the main process validates the channel, the arguments and the sender), and the path of
 * a file the user picked, which only the preload can read.
 */
const api = {
  invoke: (channel, args) => ipcRenderer.invoke(IPC_INVOKE, channel, args),
  pathForFile: (file) => webUtils.getPathForFile(file),
} satisfies DossierApi;

contextBridge.exposeInMainWorld('api', api);
