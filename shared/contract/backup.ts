import { z } from 'zod';
import { emptyArgs } from './common';

/** Bản sao lưu: a complete, verified copy of the agency database in `<data dir>/backups/`. */
export const backupEntrySchema = z.object({
  /** The file name, which is also its id: 'dossier-desk-2026-11-25-090000.db'. */
  name: z.string(),
  /** auto: daily, pruned to the last N; manual: made by the user; pre-restore: set aside by a restore. */
  kind: z.enum(['auto', 'manual', 'pre-restore']),
  /** When it was made, ISO with the Vietnam offset. */
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupOverviewSchema = z.object({
  folder: z.string(),
  /** How many automatic backups are kept. */
  keep: z.number().int().positive(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
});
export type BackupOverview = z.infer<typeof backupOverviewSchema>;

export const restoreOutcomeSchema = z.object({
  /** The backup name, or the chosen file's name. */
  restored: z.string(),
  /** The name under which the database in use before was kept in the backups folder (null: there was none). */
  setAside: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

/** Only names the backups folder can hold: no separators, so no path can be smuggled in. */
export const backupNameSchema = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.db$/, { message: 'invalid-backup-name' });

export const MIN_KEEP = 1;
export const MAX_KEEP = 365;

export const backupChannels = {
  'backup.list': { args: emptyArgs, result: backupOverviewSchema },
  'backup.create': { args: emptyArgs, result: backupEntrySchema },
  'backup.restore': { args: z.object({ name: backupNameSchema }).strict(), result: restoreOutcomeSchema },
  /** Desktop only: the main process shows the open dialog, so no path ever comes from the renderer. */
  'backup.restoreFromFile': {
    args: emptyArgs,
    result: z.union([restoreOutcomeSchema, z.object({ cancelled: z.literal(true) })]),
  },
  'backup.configure': {
    args: z.object({ keep: z.number().int().min(MIN_KEEP).max(MAX_KEEP) }).strict(),
    result: backupOverviewSchema,
  },
} as const;
