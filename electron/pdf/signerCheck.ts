import { constants, verify } from 'node:crypto';
import type { CertificateFacts } from './certificate';
import type { CmsSigner, HashName } from './cms';

/**
 * Verifies a SignerInfo's signature over its signed attributes. Supported: RSA PKCS#1 v1.5 (rsaEncryption
 * and sha*WithRSAEncryption), RSASSA-PSS (hash = the digest algorithm, salt length recovered), ECDSA.
 */
export type SignatureCheck = { valid: boolean; certificate: CertificateFacts | null; unsupported?: string };

const RSA_PKCS1 = new Set([
  '1.2.840.113549.1.1.1',
  '1.2.840.113549.1.1.5',
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
]);
const RSA_PSS = '1.2.840.113549.1.1.10';
const ECDSA = new Set([
  '1.2.840.10045.2.1',
  '1.2.840.10045.4.1',
  '1.2.840.10045.4.3.2',
  '1.2.840.10045.4.3.3',
  '1.2.840.10045.4.3.4',
]);

function verifyWith(signer: CmsSigner, hash: HashName, cert: CertificateFacts, data: Buffer): boolean {
  const { signatureAlgorithmOid: alg } = signer;
  try {
    if (RSA_PKCS1.has(alg) || ECDSA.has(alg)) return verify(hash, data, cert.publicKey, signer.signature);
    return verify(
      hash,
      data,
      {
        key: cert.publicKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_AUTO,
      },
      signer.signature,
    );
  } catch {
    // A key of the wrong type for the algorithm, or a malformed signature value: not valid.
    return false;
  }
}

/** The signer's own certificate first (by issuer and serial), then the rest, for subject-key-id signers. */
function candidates(signer: CmsSigner, certificates: CertificateFacts[]): CertificateFacts[] {
  const { sid } = signer;
  if (!('serialHex' in sid)) return certificates;
  const own = certificates.filter((c) => c.serialHex === sid.serialHex && c.issuerDer.equals(sid.issuerDer));
  return [...own, ...certificates.filter((c) => !own.includes(c))];
}

export function checkSignerSignature(
  signer: CmsSigner,
  certificates: CertificateFacts[],
  signedData: Buffer,
): SignatureCheck {
  const ordered = candidates(signer, certificates);
  const first = ordered[0] ?? null;
  const alg = signer.signatureAlgorithmOid;
  if (!signer.digest) return { valid: false, certificate: first, unsupported: `digest ${signer.digestOid}` };
  if (!RSA_PKCS1.has(alg) && !ECDSA.has(alg) && alg !== RSA_PSS) {
    return { valid: false, certificate: first, unsupported: `signature algorithm ${alg}` };
  }
  for (const cert of ordered) {
    if (verifyWith(signer, signer.digest, cert, signedData)) return { valid: true, certificate: cert };
  }
  return { valid: false, certificate: first };
}
