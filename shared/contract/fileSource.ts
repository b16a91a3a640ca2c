import { z } from 'zod';
import { requiredTextSchema } from './common';

/**
 * Where the bytes of a file the user gives the app come from (an attachment, an imported sheet, a
 * package to verify). One shape for every channel that takes a file.
 */
export const fileSourceSchema = z.discriminatedUnion('kind', [
  /** Electron and the CLI: a path from a dialog or a drop. The file is read; the original may move later. */
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  /** Browser mode: bytes sent first to the bridge's upload endpoint, which answered this id. */
  z
    .object({
      kind: z.literal('upload'),
      uploadId: z.string().regex(/^[0-9a-f]{32}$/, { message: 'invalid-upload-id' }),
      name: requiredTextSchema(255),
    })
    .strict(),
]);
export type FileSource = z.infer<typeof fileSourceSchema>;
