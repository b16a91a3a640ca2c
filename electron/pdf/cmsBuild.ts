import forge from 'node-forge';
import { algorithm, explicit, fromDer, integer, octets, oid, seq, set, time, toDer } from './asn1Build';
import { readCertificate } from './certificate';
import { OID } from './cms';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';

function attribute(type: string, value: forge.asn1.Asn1): forge.asn1.Asn1 {
  return seq([oid(type), set([value])]);
}

export interface DetachedCmsInput {
  /** SHA-256 of the signed byte ranges. */
  contentDigest: Buffer;
  signingTime: Date;
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

/**
 * A detached CMS SignedData (RFC 5652) as adbe.pkcs7.detached / PAdES expect: SHA-256, signed attributes
 * contentType, signingTime and messageDigest, RSA PKCS#1 v1.5 over the DER of the attributes as a SET.
 * Built by hand rather than with forge.pkcs7 so the document digest can be streamed by Node's crypto
 * instead of handing forge the whole PDF as a string.
 */
export function buildDetachedCms({ contentDigest, signingTime, key, certificate }: DetachedCmsInput): Buffer {
  const certDer = toDer(forge.pki.certificateToAsn1(certificate));
  // The signer id copies the certificate's own issuer bytes and serial, so a verifier matches them exactly.
  const cert = readCertificate(certDer);
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, time(signingTime)),
    attribute(OID.messageDigest, octets(contentDigest)),
  ];
  const md = forge.md.sha256.create();
  md.update(toDer(set(attrs)).toString('binary'));
  const signature = Buffer.from(key.sign(md), 'binary');
  const signerInfo = seq([
    integer(1),
    seq([fromDer(cert.issuerDer), integer(cert.serialContent)]),
    algorithm(SHA256),
    explicit(0, attrs),
    algorithm(RSA_ENCRYPTION),
    octets(signature),
  ]);
  const signedData = seq([
    integer(1),
    set([algorithm(SHA256)]),
    seq([oid(OID.data)]),
    explicit(0, [fromDer(certDer)]),
    set([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), explicit(0, [signedData])]));
}
