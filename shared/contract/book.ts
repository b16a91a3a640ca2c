/**
 * Sổ tài liệu: one numbered PDF of a meeting's (or one item's) documents — cover, contents, every PDF in
 * agenda and checklist order, each page stamped "Trang x/y", bookmarks per item and document (issue 13).
 * Made as a background job, like the package export.
 */
import { z } from 'zod';
import { packageScopeSchema } from './packages';
import { localPathSchema } from './shell';

export const BOOK_LEFT_OUT_REASONS = [
  'missing',
  'changed',
  'not-pdf',
  'encrypted',
  'damaged',
  'no-pages',
] as const;

export const bookJobIdSchema = z.string().regex(/^[0-9a-f]{24}$/, { message: 'invalid-job-id' });

export const makeBookArgs = z
  .object({
    scope: packageScopeSchema,
    /** Absolute path of the .pdf to write (a save dialog's answer); default under <dataDir>/exports/. */
    outPath: localPathSchema.optional(),
  })
  .strict();

export const bookDocumentSchema = z.object({
  /** "2.3": item position . checklist entry position. */
  number: z.string(),
  name: z.string(),
  sha256: z.string(),
  /** The book page where it starts; null when it could not be bound in. */
  firstPage: z.number().int().nullable(),
  pages: z.number().int(),
  leftOut: z.enum(BOOK_LEFT_OUT_REASONS).nullable(),
});
export type BookDocumentView = z.infer<typeof bookDocumentSchema>;

export const bookResultSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  pages: z.number().int(),
  bytes: z.number().int(),
  documents: z.array(bookDocumentSchema),
  /** The file is in <dataDir>/exports/, so browser mode can offer it through the download route. */
  downloadable: z.boolean(),
});
export type BookResultView = z.infer<typeof bookResultSchema>;

const errorDataSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

export const bookJobSchema = z.object({
  jobId: bookJobIdSchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  documentsDone: z.number().int(),
  documentsTotal: z.number().int(),
  pagesDone: z.number().int(),
  /** The document being read (its original name). */
  current: z.string().nullable(),
  result: bookResultSchema.nullable(),
  error: errorDataSchema.nullable(),
});
export type BookJobView = z.infer<typeof bookJobSchema>;

export const bookChannels = {
  /** Starts making the book; poll book.progress with the id. */
  'book.make': { args: makeBookArgs, result: z.object({ jobId: bookJobIdSchema }) },
  'book.progress': { args: z.object({ jobId: bookJobIdSchema }).strict(), result: bookJobSchema },
  /** Stops a running book; nothing is left at its path. Answers the job as it then stands. */
  'book.cancel': { args: z.object({ jobId: bookJobIdSchema }).strict(), result: bookJobSchema },
} as const;
