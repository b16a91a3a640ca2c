import { z } from 'zod';
import { IMPORT_TARGETS } from '../registerImport/mapping';
import { fileSourceSchema } from './fileSource';

export const importTargetSchema = z.enum(IMPORT_TARGETS);

/** Field key → 0-based column of the file, or null when the file has no such column. */
export const columnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(99).nullable());

const issueSchema = z.object({
  field: z.string().nullable(),
  code: z.string(),
  vi: z.string(),
  en: z.string(),
});

export const registerImportChannels = {
  /**
   * Step 1: reads the sheet (guarded like the work-program import) and answers its columns, a suggested
   * mapping and the fields to map. Nothing is written; the table is held for 30 minutes.
   */
  'registerImport.read': {
    args: z.object({ source: fileSourceSchema, target: importTargetSchema }).strict(),
    result: z.object({
      readId: z.string(),
      target: importTargetSchema,
      fileName: z.string(),
      sheetName: z.string(),
      headerRowNumber: z.number().int(),
      headers: z.array(z.string()),
      rowCount: z.number().int(),
      fields: z.array(
        z.object({
          key: z.string(),
          required: z.boolean(),
          kind: z.string(),
          vi: z.string(),
          en: z.string(),
        }),
      ),
      suggested: columnMappingSchema,
    }),
  },
  /** Step 2: every row with its own content for the mapped fields, next to its errors. */
  'registerImport.preview': {
    args: z.object({ readId: z.string().min(1).max(64), mapping: columnMappingSchema }).strict(),
    result: z.object({
      mappingProblems: z.array(issueSchema),
      rows: z.array(
        z.object({
          rowNumber: z.number().int(),
          cells: z.array(z.object({ field: z.string(), text: z.string() })),
          /** Computed values the file does not hold (the due day counted in working days). */
          due: z.string().nullable(),
          errors: z.array(issueSchema),
        }),
      ),
      summary: z.object({ rows: z.number().int(), valid: z.number().int(), withErrors: z.number().int() }),
    }),
  },
  /** Step 3: all or nothing: refused (nothing written) while any row has an error. */
  'registerImport.commit': {
    args: z.object({ readId: z.string().min(1).max(64), mapping: columnMappingSchema }).strict(),
    result: z.object({ inserted: z.number().int() }),
  },
} as const;
