import { appHandlers } from './appHandlers';
import { backupHandlers } from './backupHandlers';
import { calendarHandlers } from './calendarHandlers';
import { dossierHandlers } from './dossierHandlers';
import { meetingHandlers } from './meetingHandlers';
import { packageHandlers } from './packageHandlers';
import { shellHandlers } from './shellHandlers';
import { signatureHandlers } from './signatureHandlers';
import { taskHandlers } from './taskHandlers';
import type { HandlerMap } from './types';
import { workProgramHandlers } from './workProgramHandlers';

/**
 * The whole API: every transport (Electron IPC, the loopback bridge, tests) serves this one map.
 * To add an area: export `<area>Handlers` from handlers/<area>Handlers.ts and spread it here.
 */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...meetingHandlers,
  ...calendarHandlers,
  ...dossierHandlers,
  ...backupHandlers,
  ...shellHandlers,
  ...workProgramHandlers,
  ...taskHandlers,
  ...packageHandlers,
  ...signatureHandlers,
};
