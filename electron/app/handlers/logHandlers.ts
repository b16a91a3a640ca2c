import { join } from 'node:path';
import { LOG_FILE, logsFolder } from '../log';
import type { HandlerMap } from './types';

export const logHandlers = {
  'app.logLocation': (_args, ctx) => {
    const folder = logsFolder(ctx.dataDir);
    return { folder, file: join(folder, LOG_FILE) };
  },
} satisfies Partial<HandlerMap>;
