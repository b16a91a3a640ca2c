/**
 * A detached CMS SignedData for PAdES baseline B-B (ETSI EN 319 142-1 §6.3, CAdES EN 319 122-1): signed
 * attributes contentType, messageDigest and ESS signing-certificate-v2 (which binds the signer's
 * certificate to the signature); no signingTime attribute, since PAdES puts the claimed time in /M. The
 * key never comes here: `sign` is the token (or, for sample data, a software key).
 */
import { createHash } from 'node:crypto';
import { algorithm, explicit, fromDer, integer, octets, oid, seq, set, time, toDer } from './asn1Build';
import { readCertificate } from './certificate';
import { OID } from './cms';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

export type KeyKind = 'rsa' | 'ec';

/** Signs the DER of the signed attributes (hashing them with SHA-256 itself) and returns the value. */
export interface ExternalSigner {
  /** The signer's certificate (DER), and any chain certificates to carry in the CMS. */
  certificate: Buffer;
  chain?: Buffer[];
  keyKind: KeyKind;
  sign(signedAttributes: Buffer): Promise<Buffer>;
}

function attribute(type: string, value: ReturnType<typeof seq>) {
  return seq([oid(type), set([value])]);
}

/** DigestInfo for SHA-256 (RFC 8017 §9.2): what CKM_RSA_PKCS signs for a PKCS#1 v1.5 signature. */
export function sha256DigestInfo(data: Buffer): Buffer {
  const hash = createHash('sha256').update(data).digest();
  return toDer(seq([algorithm(SHA256), octets(hash)]));
}

/**
 * `signingTime`: only for a detached signature outside a PDF (the package's tag manifest), which has no
 * /M entry to carry the claimed time.
 */
export async function buildCadesDetached(
  contentDigest: Buffer,
  signer: ExternalSigner,
  signingTime?: Date,
): Promise<Buffer> {
  const cert = readCertificate(signer.certificate);
  const essCertId = seq([octets(createHash('sha256').update(signer.certificate).digest())]);
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    ...(signingTime ? [attribute(OID.signingTime, time(signingTime))] : []),
    attribute(OID.messageDigest, octets(contentDigest)),
    attribute(SIGNING_CERTIFICATE_V2, seq([seq([essCertId])])),
  ];
  const signature = await signer.sign(toDer(set(attrs)));
  const signatureAlgorithm =
    signer.keyKind === 'rsa' ? algorithm(RSA_ENCRYPTION) : seq([oid(ECDSA_WITH_SHA256)]);
  const signerInfo = seq([
    integer(1),
    seq([fromDer(cert.issuerDer), integer(cert.serialContent)]),
    algorithm(SHA256),
    explicit(0, attrs),
    signatureAlgorithm,
    octets(signature),
  ]);
  const certificates = [signer.certificate, ...(signer.chain ?? [])].map((der) => fromDer(der));
  const signedData = seq([
    integer(1),
    set([algorithm(SHA256)]),
    seq([oid(OID.data)]),
    explicit(0, certificates),
    set([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), explicit(0, [signedData])]));
}
