/**
 * Gói hồ sơ: the package an agency sends to the PPC Office (a BagIt 1.0 bag in one .zip), and the
 * Office's side that verifies and imports a received one (issue 5).
 */
import { z } from 'zod';
import { SIGNATURE_TRUST } from '../signatures/trust';
import { agendaItemStatusSchema, meetingRefSchema } from './agendaItems';
import { pdfSignatureSchema } from './attachments';
import { emptyArgs, idSchema } from './common';
import { fileSourceSchema } from './fileSource';
import { localPathSchema } from './shell';

/** What one package holds: one agenda item, or every item of a meeting still on its program. */
export const packageScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), meetingId: idSchema }).strict(),
  z.object({ kind: z.literal('item'), itemId: idSchema }).strict(),
]);
export type PackageScope = z.infer<typeof packageScopeSchema>;

export const PREFLIGHT_CODES = [
  /** A required document has no file attached. */
  'required-document-missing',
  /** A required content requirement (legal basis, …) is still marked missing. */
  'content-requirement-missing',
  /** An entry that must be signed and stamped has files, none with a valid whole-file signature. */
  'signature-missing',
  /** Its best signature is intact and whole-file but does not chain to an imported trust anchor. */
  'signature-untrusted',
  /** The stored file's bytes no longer hash to what was recorded when it was attached. */
  'file-changed',
  /** The stored file is gone from the store. It cannot be packaged. */
  'file-missing',
  /** The deadline for signed documents to reach the Office has passed. */
  'deadline-passed',
  /** A file whose bytes are not what the entry takes: a program, a non-PDF named .pdf, or a non-PDF to be signed. */
  'file-type-mismatch',
] as const;
export type PreflightCode = (typeof PREFLIGHT_CODES)[number];

const errorDataSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** One thing the user should know before sending (kiểm tra trước khi xuất). */
export const preflightFindingSchema = z.object({
  /** Stable for the same problem on the same record, e.g. 'signature-missing:entry:12': what a confirmation names. */
  key: z.string(),
  code: z.enum(PREFLIGHT_CODES),
  itemId: idSchema.nullable(),
  entryId: idSchema.nullable(),
  attachmentId: idSchema.nullable(),
  vi: z.string(),
  en: z.string(),
});
export type PreflightFinding = z.infer<typeof preflightFindingSchema>;

export const packageItemRefSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  title: z.string(),
  status: agendaItemStatusSchema,
});

export const preflightSchema = z.object({
  scope: packageScopeSchema,
  meeting: meetingRefSchema,
  items: z.array(packageItemRefSchema),
  /** Items of the meeting left out of a meeting package (withdrawn or struck). */
  excludedItems: z.array(packageItemRefSchema),
  files: z.number().int(),
  bytes: z.number().int(),
  findings: z.array(preflightFindingSchema),
  checkedAt: z.string(),
  /** Where the package goes when no path is given: <dataDir>/exports/<defaultFileName>. */
  defaultFileName: z.string(),
});
export type PreflightView = z.infer<typeof preflightSchema>;

export const exportJobIdSchema = z.string().regex(/^[0-9a-f]{24}$/, { message: 'invalid-job-id' });

export const exportArgs = z
  .object({
    scope: packageScopeSchema,
    /** Absolute path of the .zip to write (a save dialog's answer); default under <dataDir>/exports/. */
    outPath: localPathSchema.optional(),
    /**
     * Replace an existing file at `outPath` outside <dataDir>/exports/ (the user confirmed it, e.g. in the
     * save dialog). Without it such a file is never overwritten. Browser mode refuses any `outPath`.
     */
    overwrite: z.boolean().optional(),
    /**
     * Keys of the pre-flight findings the user saw and explicitly confirmed. Export refuses while any
     * current finding is not among them; the confirmation is recorded in the package and the log.
     */
    confirmWarnings: z.array(z.string().max(200)).max(10_000).default([]),
    /** Also bind the session book (sổ tài liệu, issue 13) into the package as data/00-so-tai-lieu.pdf. */
    includeBook: z.boolean().optional(),
    /**
     * Issue 14: sign the bag's tag manifest on the token (module from Settings › Chữ ký số). The PIN
     * travels only in this call and is dropped when the export ends.
     */
    sign: z
      .object({
        tokenLabel: z.string().min(1).max(64),
        certificateId: z.string().regex(/^[0-9a-f]{0,256}$/),
        pin: z.string().min(1).max(128),
      })
      .strict()
      .optional(),
  })
  .strict();

export const exportResultSchema = z.object({
  exportId: idSchema,
  path: z.string(),
  fileName: z.string(),
  zipSha256: z.string(),
  zipSize: z.number().int(),
  payloadOxum: z.string(),
  files: z.number().int(),
  confirmedFindings: z.number().int(),
  /** The file is in <dataDir>/exports/, so browser mode can offer it through the download route. */
  downloadable: z.boolean(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportJobSchema = z.object({
  jobId: exportJobIdSchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(['preparing', 'writing', 'finishing']),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  /** The document being copied (path inside data/). */
  file: z.string().nullable(),
  result: exportResultSchema.nullable(),
  error: errorDataSchema.nullable(),
});
export type ExportJobView = z.infer<typeof exportJobSchema>;

export const bagFileSchema = z.object({ path: z.string(), sha256: z.string(), size: z.number().int() });

/** Nhật ký xuất gói: one export, as the log keeps it. */
export const exportLogEntrySchema = z.object({
  id: idSchema,
  scope: z.enum(['item', 'meeting']),
  meetingId: idSchema,
  itemId: idSchema.nullable(),
  path: z.string(),
  fileName: z.string(),
  zipSha256: z.string(),
  zipSize: z.number().int(),
  payloadOxum: z.string(),
  files: z.array(bagFileSchema),
  findings: z.array(preflightFindingSchema),
  warningsConfirmed: z.boolean(),
  exportedAt: z.string(),
});
export type ExportLogEntry = z.infer<typeof exportLogEntrySchema>;

/** How one file's signature looked when the package was re-inspected on arrival. */
export const SIGNATURE_STATES = [
  /** Issue 14: 'valid' became two words, so that "signed" never appears without a qualifier. */
  'trusted',
  'untrusted',
  'not-whole-file',
  'invalid',
  'unsigned',
  'unreadable',
  'not-pdf',
] as const;

export const verifiedFileSchema = z.object({
  path: z.string(),
  size: z.number(),
  sha256: z.string(),
  status: z.enum(['ok', 'hash-mismatch', 'missing', 'extra', 'unsafe-name', 'corrupt']),
  /** The verdict on this file in words (the first problem naming it, else "intact"). */
  vi: z.string(),
  en: z.string(),
  signature: z.enum(SIGNATURE_STATES),
  pdf: z
    .object({
      pages: z.number().int().nullable(),
      signatures: z.array(pdfSignatureSchema),
      problem: errorDataSchema.nullable(),
    })
    .nullable(),
});
export type VerifiedFileView = z.infer<typeof verifiedFileSchema>;

export const verifyProblemSchema = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  path: z.string().nullable(),
});

/** Issue 14: the sender's signature over the tag manifest, judged like a PDF signature. */
export const packageSignatureSchema = z.object({
  signer: z.string().nullable(),
  signerSubject: z.string().nullable(),
  signedAt: z.string().nullable(),
  integrity: z.enum(['ok', 'broken']),
  trust: z.enum(SIGNATURE_TRUST),
  reasons: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
  changedFiles: z.array(z.string()),
});
export type PackageSignatureView = z.infer<typeof packageSignatureSchema>;

export const verifyResultSchema = z.object({
  verdict: z.enum(['valid', 'invalid', 'unreadable']),
  fileName: z.string(),
  problems: z.array(verifyProblemSchema),
  files: z.array(verifiedFileSchema),
  bagInfo: z.array(z.tuple([z.string(), z.string()])),
  payloadOxum: z.string().nullable(),
  /** null: the package carries no signature of its own. */
  packageSignature: packageSignatureSchema.nullable().optional(),
});
export type VerifyResultView = z.infer<typeof verifyResultSchema>;

export const receivedPackageSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  zipSha256: z.string(),
  sourceOrganization: z.string(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  itemTitles: z.array(z.string()),
  payloadOxum: z.string(),
  files: z.number().int(),
  /** Where the verified bag was kept: <dataDir>/received/<folder>. */
  folder: z.string(),
  importedAt: z.string(),
});
export type ReceivedPackageView = z.infer<typeof receivedPackageSchema>;

export const receivedPackageDetailSchema = receivedPackageSchema.extend({
  bagInfo: z.array(z.tuple([z.string(), z.string()])),
  fileList: z.array(verifiedFileSchema),
  /** The sender's dossier.json, when it was readable (the Office's read-only view of the items). */
  dossier: z.unknown().nullable(),
});
export type ReceivedPackageDetail = z.infer<typeof receivedPackageDetailSchema>;

export const packageChannels = {
  /** Checks a scope before export: missing documents and signatures, changed files, passed deadline. */
  'packages.preflight': { args: z.object({ scope: packageScopeSchema }).strict(), result: preflightSchema },
  /** Starts an export job; poll packages.progress with the id. */
  'packages.export': { args: exportArgs, result: z.object({ jobId: exportJobIdSchema }) },
  'packages.progress': { args: z.object({ jobId: exportJobIdSchema }).strict(), result: exportJobSchema },
  /** Stops a running export; the partial file is removed. Answers the job as it then stands. */
  'packages.cancel': { args: z.object({ jobId: exportJobIdSchema }).strict(), result: exportJobSchema },
  /** The exports that included an item (its own and its meeting's), newest first. */
  'packages.exportLog': {
    args: z.object({ itemId: idSchema }).strict(),
    result: z.array(exportLogEntrySchema),
  },
  'packages.verify': { args: z.object({ source: fileSourceSchema }).strict(), result: verifyResultSchema },
  /** Verifies, then records a valid package as a read-only received dossier. Anything else is refused. */
  'packages.import': {
    args: z.object({ source: fileSourceSchema }).strict(),
    result: receivedPackageDetailSchema,
  },
  'packages.received.list': { args: emptyArgs, result: z.array(receivedPackageSchema) },
  'packages.received.get': { args: z.object({ id: idSchema }).strict(), result: receivedPackageDetailSchema },
} as const;
