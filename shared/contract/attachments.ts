import { z } from 'zod';
import { SIGNATURE_TRUST, TRUST_REASON_CODES } from '../signatures/trust';
import { idSchema } from './common';
import { fileSourceSchema } from './fileSource';

export const pdfSignatureSchema = z.object({
  signerName: z.string().nullable(),
  signingTime: z.string().nullable(),
  subFilter: z.string().nullable(),
  coversWholeFile: z.boolean(),
  digestMatches: z.boolean(),
  signatureValid: z.boolean(),
  selfSigned: z.boolean().nullable(),
  certificateIssuer: z.string().nullable(),
  /** trusted / untrusted (valid but not trusted) / invalid: see shared/signatures/trust.ts. Absent on old rows. */
  trust: z.enum(SIGNATURE_TRUST).optional(),
  reasons: z.array(z.object({ code: z.enum(TRUST_REASON_CODES), vi: z.string(), en: z.string() })).optional(),
  /** The signature's certificates (base64 DER, signer first), kept so a change of trust anchors re-judges it. */
  certificates: z.array(z.string()).optional(),
});
export type PdfSignatureView = z.infer<typeof pdfSignatureSchema>;

const errorDataSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** What inspecting a PDF on attach found. */
export const pdfFactsSchema = z.object({
  pages: z.number().int().nullable(),
  signatures: z.array(pdfSignatureSchema),
  /** Not readable, damaged, truncated or encrypted. */
  problem: errorDataSchema.nullable(),
  inspectedAt: z.string(),
});
export type PdfFactsView = z.infer<typeof pdfFactsSchema>;

/** Tệp đính kèm: a file of a checklist entry, stored once in the content-addressed store. */
export const attachmentSchema = z.object({
  id: idSchema,
  entryId: idSchema,
  /** The name the file had when attached, NFC. */
  name: z.string(),
  sha256: z.string(),
  size: z.number().int().positive(),
  mime: z.string(),
  addedAt: z.string(),
  /** Present for PDFs (by content, whatever the name says). */
  pdf: pdfFactsSchema.nullable(),
});
export type AttachmentView = z.infer<typeof attachmentSchema>;

export const attachmentAddArgs = z.object({ entryId: idSchema, source: fileSourceSchema }).strict();
export type AttachmentAddArgs = z.input<typeof attachmentAddArgs>;
export const attachmentIdArgs = z.object({ id: idSchema }).strict();

/** Where the stored copy is, for the system viewer (the shell's openPath) or "show in folder". */
export const attachmentFileSchema = z.object({
  id: idSchema,
  path: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
