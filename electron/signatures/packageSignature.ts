/**
 * The package's own signature: a detached CMS over the bag's tag manifest (tagmanifest-sha256.txt), which
 * lists the payload manifest, which lists every document. So one signature vouches for every byte of the
 * bag: a changed document breaks its manifest line, a changed manifest breaks the tag manifest's line, a
 * changed tag manifest breaks the signature. The verdict names the signer and, when broken, which files.
 */
import { createHash } from 'node:crypto';
import type { SignatureTrust, TrustReason } from '../../shared/signatures/trust';
import { trustReason } from '../../shared/signatures/trust';
import { parseCmsSignedData } from '../pdf/cms';
import { checkSignerSignature } from '../pdf/signerCheck';
import { judgeSignature, type PreparedTrust } from './judgeSignature';

export interface PackageSignatureVerdict {
  signer: string | null;
  signerSubject: string | null;
  signedAt: string | null;
  integrity: 'ok' | 'broken';
  trust: SignatureTrust;
  reasons: TrustReason[];
  /** Files of the bag that no longer match what was signed (changed, missing or added). */
  changedFiles: string[];
}

export async function judgePackageSignature(
  tag: { manifest: Uint8Array; signature: Uint8Array },
  changedFiles: readonly string[],
  trust: PreparedTrust,
  now: Date,
): Promise<PackageSignatureVerdict> {
  let cms: ReturnType<typeof parseCmsSignedData>;
  try {
    cms = parseCmsSignedData(Buffer.from(tag.signature));
  } catch {
    return {
      signer: null,
      signerSubject: null,
      signedAt: null,
      integrity: 'broken',
      trust: 'invalid',
      reasons: [trustReason('unreadable')],
      changedFiles: [...changedFiles],
    };
  }
  const info = cms.signers[0];
  const check = info?.signedAttrsDer
    ? checkSignerSignature(info, cms.certificates, info.signedAttrsDer)
    : null;
  const cert = check?.certificate ?? null;
  const digest = createHash('sha256').update(tag.manifest).digest();
  const digestMatches = info?.messageDigest ? digest.equals(info.messageDigest) : false;
  const certificates = cert
    ? [cert.der, ...cms.certificates.filter((c) => c !== cert).map((c) => c.der)]
    : cms.certificates.map((c) => c.der);
  const judged = await judgeSignature(
    {
      digestMatches,
      signatureValid: check?.valid ?? false,
      certificates,
      signingTime: info?.signingTime ?? null,
      unreadable: !info?.signedAttrsDer,
    },
    trust,
    now,
  );
  const bytesChanged = changedFiles.length > 0;
  const integrity = digestMatches && (check?.valid ?? false) && !bytesChanged ? 'ok' : 'broken';
  const reasons = bytesChanged
    ? [
        {
          code: 'digest-mismatch' as const,
          vi: `Gói đã bị thay đổi sau khi ký: ${changedFiles.join(', ')}.`,
          en: `The package was changed after signing: ${changedFiles.join(', ')}.`,
        },
        ...judged.reasons.filter((r) => r.code !== 'chain-ok'),
      ]
    : judged.reasons;
  return {
    signer: cert?.commonName ?? null,
    signerSubject: cert?.subject ?? null,
    signedAt: info?.signingTime ?? null,
    integrity,
    trust: integrity === 'broken' ? 'invalid' : judged.trust,
    reasons,
    changedFiles: [...changedFiles],
  };
}
