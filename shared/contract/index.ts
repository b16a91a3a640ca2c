import type { z } from 'zod';
import { agendaChannels } from './agenda';
import { appChannels } from './app';
import { backupChannels } from './backup';
import { bookChannels } from './book';
import { calendarChannels } from './calendar';
import { documentChannels } from './documents';
import { dossierChannels } from './dossiers';
import { logChannels } from './logs';
import { meetingChannels } from './meetings';
import { opinionRequestChannels } from './opinionRequests';
import { packageChannels } from './packages';
import { registerImportChannels } from './registerImport';
import { reportChannels } from './reports';
import type { Result } from './result';
import { shellChannels } from './shell';
import { signatureChannels } from './signatures';
import { taskChannels } from './tasks';
import { workProgramChannels } from './workProgram';

/**
 * The whole API between the renderer and the main process: one entry per channel, with the schema of its
 * arguments and of its result, gathered from one file per area. Main validates every call against
 * `args`; the renderer is typed from both. Channel names are written in those files and nowhere else.
 * To add an area: export `<area>Channels` from shared/contract/<area>.ts and spread it here.
 */
export const contract = {
  ...appChannels,
  ...meetingChannels,
  ...calendarChannels,
  ...dossierChannels,
  ...backupChannels,
  ...shellChannels,
  ...workProgramChannels,
  ...taskChannels,
  ...reportChannels,
  ...packageChannels,
  ...logChannels,
  ...agendaChannels,
  ...opinionRequestChannels,
  ...documentChannels,
  ...registerImportChannels,
  ...bookChannels,
  ...signatureChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
/** What a handler receives after validation (defaults filled in, text normalised). */
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type Value<C extends Channel> = z.infer<Contract[C]['result']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** The object the preload (Electron) or the bridge client (browser mode) puts on `window.api`. */
export interface DossierApi {
  invoke<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Value<C>>>;
  /**
   * Electron only: the local path of a file the user picked or dropped (webUtils.getPathForFile), so the
   * main process copies it straight from disk. The browser mode has no paths and uploads the bytes.
   */
  pathForFile?(file: File): string;
}

export { IPC_INVOKE } from './ipc';
export type { Result } from './result';
