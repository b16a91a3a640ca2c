import { agendaHandlers } from './agendaHandlers';
import { appHandlers } from './appHandlers';
import { backupHandlers } from './backupHandlers';
import { bookHandlers } from './bookHandlers';
import { calendarHandlers } from './calendarHandlers';
import { documentHandlers } from './documentHandlers';
import { dossierHandlers } from './dossierHandlers';
import { logHandlers } from './logHandlers';
import { meetingHandlers } from './meetingHandlers';
import { opinionRequestHandlers } from './opinionRequestHandlers';
import { packageHandlers } from './packageHandlers';
import { registerImportHandlers } from './registerImportHandlers';
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
  ...logHandlers,
  ...agendaHandlers,
  ...opinionRequestHandlers,
  ...documentHandlers,
  ...registerImportHandlers,
  ...bookHandlers,
  ...signatureHandlers,
};
