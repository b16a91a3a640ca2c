/**
 * Judging the stored signatures of every attached PDF again after the agency's trust material changed (an
 * anchor or a CRL imported or removed). Runs in the guarded worker (task 'rejudge-signatures'): on ten
 * years of data that is thousands of chains to build, which would freeze the window on the main thread.
 * Only the verdicts travel back; the main thread merges them into the rows in one transaction.
 */
import type { PdfSignatureView } from '../../shared/contract/attachments';
import { type SignatureTrust, type TrustReason, trustReason } from '../../shared/signatures/trust';
import { judgeSignature, type PreparedTrust, prepareTrust } from './judgeSignature';
import { type TrustMaterialInput, trustMaterialFromInput } from './trustMaterial';

export type StoredSignature = Pick<
  PdfSignatureView,
  'digestMatches' | 'signatureValid' | 'coversWholeFile' | 'signingTime' | 'certificates'
>;

export interface RejudgeInput {
  blobs: ReadonlyArray<{ sha256: string; signatures: readonly StoredSignature[] }>;
  trust: TrustMaterialInput;
  /** ISO 8601: the time of the check (for signatures that state no signing time). */
  now: string;
}

export interface StoredVerdict {
  trust: SignatureTrust;
  reasons: TrustReason[];
}

/** One stored signature judged again from the certificates it kept; null when it kept none (left as is). */
export async function rejudgeStored(
  s: StoredSignature,
  trust: PreparedTrust,
  now: Date,
): Promise<StoredVerdict | null> {
  if (!s.certificates) return null;
  const judged = await judgeSignature(
    {
      digestMatches: s.digestMatches,
      signatureValid: s.signatureValid,
      certificates: s.certificates.map((c) => Buffer.from(c, 'base64')),
      signingTime: s.signingTime,
    },
    trust,
    now,
  );
  const reasons = s.coversWholeFile ? judged.reasons : [...judged.reasons, trustReason('not-whole-file')];
  return { trust: judged.trust, reasons };
}

/** The verdicts of every blob's signatures, in the order given (null: keep the stored one). */
export async function rejudgeSignatures(
  input: RejudgeInput,
): Promise<Array<{ sha256: string; verdicts: Array<StoredVerdict | null> }>> {
  // The anchors and CRLs are parsed once for the whole run, not once per signature.
  const trust = prepareTrust(trustMaterialFromInput(input.trust));
  const now = new Date(input.now);
  const out: Array<{ sha256: string; verdicts: Array<StoredVerdict | null> }> = [];
  for (const blob of input.blobs) {
    const verdicts: Array<StoredVerdict | null> = [];
    for (const s of blob.signatures) verdicts.push(await rejudgeStored(s, trust, now));
    out.push({ sha256: blob.sha256, verdicts });
  }
  return out;
}
