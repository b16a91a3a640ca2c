import { appHandlers } from './appHandlers';
import { meetingHandlers } from './meetingHandlers';
import type { HandlerMap } from './types';

/** The whole API: every transport (Electron IPC, the loopback bridge, tests) serves this one map. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...meetingHandlers,
};
