import { z } from 'zod';
import { emptyArgs } from './common';

export const DATA_FINDING_CODES = [
  'orphan-blob-file',
  'missing-blob-file',
  /** A recorded file missing from the store but kept in its trash (a restored backup): repair moves it back. */
  'blob-file-in-trash',
  /** Removed files in the trash that no kept backup can need any more: repair deletes them. */
  'expired-trash-file',
  'blob-size-mismatch',
  'blob-hash-mismatch',
  'unreferenced-blob',
  'stray-temp-file',
  'stale-upload',
  'foreign-key-violation',
  'search-index-out-of-sync',
  'database-integrity',
] as const;

export const dataFindingSchema = z.object({
  code: z.enum(DATA_FINDING_CODES),
  /** error: data is missing or damaged; warning: leftovers that waste space; info: harmless. */
  severity: z.enum(['error', 'warning', 'info']),
  vi: z.string(),
  en: z.string(),
  /** The blob hash, file path or table the finding is about. */
  subject: z.string(),
  /** `dataCheck.repair` can fix it without losing anything the user made. */
  repairable: z.boolean(),
});
export type DataFinding = z.infer<typeof dataFindingSchema>;

export const dataCheckReportSchema = z.object({
  checkedAt: z.string(),
  deep: z.boolean(),
  ok: z.boolean(),
  counts: z.object({
    blobs: z.number().int(),
    blobFiles: z.number().int(),
    attachments: z.number().int(),
    searchRows: z.number().int(),
  }),
  /** At most 500 are listed; `totalFindings` tells how many there were. */
  findings: z.array(dataFindingSchema),
  totalFindings: z.number().int(),
});
export type DataCheckReport = z.infer<typeof dataCheckReportSchema>;

export const dataCheckArgs = z
  .object({
    /** Also re-hash every stored file (slow on a large store). */
    deep: z.boolean().default(false),
  })
  .strict();

export const dataRepairResultSchema = z.object({
  removedOrphanFiles: z.number().int(),
  removedTempFiles: z.number().int(),
  removedUploads: z.number().int(),
  removedUnreferencedBlobs: z.number().int(),
  rebuiltSearchIndex: z.boolean(),
  /** Recorded files moved back from the store's trash to their places. */
  restoredFromTrash: z.number().int(),
  /** Removed files deleted from the trash for good (moved there before the oldest kept backup). */
  purgedTrashFiles: z.number().int(),
  /** The check run again after repairing: what is left needs a person (restore a backup, re-attach). */
  after: dataCheckReportSchema,
});

export const dataCheckChannels = {
  'dataCheck.run': { args: dataCheckArgs, result: dataCheckReportSchema },
  'dataCheck.repair': { args: emptyArgs, result: dataRepairResultSchema },
} as const;
