import { z } from 'zod';
import { agencySchema, agencySetupArgs } from './agency';
import { appStatusSchema } from './app';
import { emptyArgs } from './common';
import {
  meetingCreateArgs,
  meetingIdArgs,
  meetingListArgs,
  meetingSchema,
  meetingUpdateArgs,
} from './meetings';
import type { Result } from './result';

/**
 * The whole API between the renderer and the main process: one entry per channel, with the schema of its
 * arguments and of its result. Main validates every call against `args`; the renderer is typed from both.
 * Channel names are written here and nowhere else.
 */
export const contract = {
  'app.status': { args: emptyArgs, result: appStatusSchema },
  'agency.setup': { args: agencySetupArgs, result: agencySchema },
  'meetings.list': { args: meetingListArgs, result: z.array(meetingSchema) },
  'meetings.get': { args: meetingIdArgs, result: meetingSchema },
  'meetings.create': { args: meetingCreateArgs, result: meetingSchema },
  'meetings.update': { args: meetingUpdateArgs, result: meetingSchema },
  'meetings.cancel': { args: meetingIdArgs, result: meetingSchema },
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
}

export { IPC_INVOKE } from './ipc';
export type { Result } from './result';
