/**
 * Chữ ký số: signing a PDF with the agency's USB token (PKCS#11), and the trust material (anchors, CRLs)
 * every signature check is judged against (issue 14).
 */
import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { emptyArgs, idSchema } from './common';
import { fileSourceSchema } from './fileSource';

export const trustAnchorSchema = z.object({
  id: idSchema,
  sha256: z.string(),
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  selfSigned: z.boolean(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type TrustAnchorView = z.infer<typeof trustAnchorSchema>;

export const trustCrlSchema = z.object({
  id: idSchema,
  sha256: z.string(),
  issuer: z.string(),
  thisUpdate: z.string(),
  nextUpdate: z.string().nullable(),
  revokedCount: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type TrustCrlView = z.infer<typeof trustCrlSchema>;

export const trustListSchema = z.object({
  anchors: z.array(trustAnchorSchema),
  crls: z.array(trustCrlSchema),
});
export type TrustListView = z.infer<typeof trustListSchema>;

export const signingSettingsSchema = z.object({
  /** The PKCS#11 module (token driver) the user chose; null until chosen. Never loaded unless chosen. */
  modulePath: z.string().nullable(),
  /** Common install paths of Vietnamese token drivers, shown as suggestions only. */
  suggestions: z.array(z.object({ label: z.string(), path: z.string() })),
  lastTokenLabel: z.string().nullable(),
  lastCertificateId: z.string().nullable(),
});
export type SigningSettingsView = z.infer<typeof signingSettingsSchema>;

export const tokenCertificateSchema = z.object({
  tokenLabel: z.string(),
  label: z.string(),
  /** CKA_ID in hex: pairs the certificate with its private key. */
  idHex: z.string(),
  commonName: z.string().nullable(),
  subject: z.string(),
  issuer: z.string(),
  notAfter: z.string(),
  keyKind: z.enum(['rsa', 'ec', 'other']),
  /** False when the key usage forbids signing documents: offered but refused with a reason. */
  maySign: z.boolean(),
});
export type TokenCertificateView = z.infer<typeof tokenCertificateSchema>;

const pinSchema = z.string().min(1).max(128);

export const signatureChannels = {
  'signatures.trust.list': { args: emptyArgs, result: trustListSchema },
  'signatures.trust.import': {
    args: z.object({ source: fileSourceSchema }).strict(),
    result: z.object({
      list: trustListSchema,
      addedAnchors: z.number().int(),
      addedCrls: z.number().int(),
      duplicates: z.number().int(),
    }),
  },
  'signatures.trust.remove': {
    args: z.object({ kind: z.enum(['anchor', 'crl']), id: idSchema }).strict(),
    result: trustListSchema,
  },
  'signatures.settings.get': { args: emptyArgs, result: signingSettingsSchema },
  'signatures.settings.set': {
    args: z.object({ modulePath: z.string().trim().min(1).max(4096).nullable() }).strict(),
    result: signingSettingsSchema,
  },
  'signatures.token.certificates': {
    args: emptyArgs,
    result: z.object({ certificates: z.array(tokenCertificateSchema) }),
  },
  /** Signs a PDF attachment on the token; the signed copy is attached beside the original (unchanged). */
  'signatures.signAttachment': {
    args: z
      .object({
        attachmentId: idSchema,
        tokenLabel: z.string().min(1).max(64),
        certificateId: z.string().regex(/^[0-9a-f]{0,256}$/),
        /** Travels only in this call's body; never stored, logged or sent back. */
        pin: pinSchema,
        /** A visible stamp (signer, time) on this 1-based page; null: an invisible signature. */
        stampPage: z.number().int().positive().nullable(),
      })
      .strict(),
    result: z.object({ attachment: attachmentSchema }),
  },
} as const;
