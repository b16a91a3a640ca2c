import { z } from 'zod';
import { agencySchema, agencySetupArgs } from './agency';
import { emptyArgs } from './common';

/**
 * The database's quick check, run after the first window (not before it: on ten years of data it takes
 * seconds): not run (CLI, tests), running, ok, or failed with SQLite's first findings.
 */
export const databaseCheckSchema = z.object({
  state: z.enum(['not-run', 'running', 'ok', 'failed']),
  checkedAt: z.string().nullable(),
  findings: z.array(z.string()),
  ms: z.number().nullable(),
});
export type DatabaseCheck = z.infer<typeof databaseCheckSchema>;

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
  databaseCheck: databaseCheckSchema,
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const appChannels = {
  'app.status': { args: emptyArgs, result: appStatusSchema },
  'agency.setup': { args: agencySetupArgs, result: agencySchema },
} as const;
