import { z } from 'zod';
import { agencySchema, agencySetupArgs } from './agency';
import { emptyArgs } from './common';

/** What the shell knows about where the data lives and whether it could be opened. */
export const appStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  /** 'ready': database open; 'needs-setup': open but no agency yet; 'error': refused to open (see error). */
  state: z.enum(['ready', 'needs-setup', 'error']),
  error: z.object({ code: z.string(), vi: z.string(), en: z.string() }).nullable(),
  agency: agencySchema.nullable(),
  /** The civil date the app runs on (Asia/Ho_Chi_Minh), injectable for tests. */
  today: z.string(),
  transport: z.enum(['electron', 'browser', 'cli']),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const appChannels = {
  'app.status': { args: emptyArgs, result: appStatusSchema },
  'agency.setup': { args: agencySetupArgs, result: agencySchema },
} as const;
