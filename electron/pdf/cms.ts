import forge from 'node-forge';
import { type CertificateFacts, readCertificate, serialToHex } from './certificate';
import { bytesOf, childrenOf, contentOf, octetsOf, readTlv, type Tlv } from './der';

/** Hash names as Node's crypto knows them. */
export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

const HASH_BY_OID: Record<string, HashName> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

export type SignerId = { issuerDer: Buffer; serialHex: string } | { subjectKeyIdentifier: Buffer };

/** One SignerInfo of a CMS SignedData (RFC 5652 §5.3), with the raw bytes a verifier needs. */
export interface CmsSigner {
  sid: SignerId;
  digestOid: string;
  digest: HashName | null;
  /** The signed attributes re-tagged from [0] IMPLICIT to SET, as they were signed (RFC 5652 §5.4). */
  signedAttrsDer: Buffer | null;
  messageDigest: Buffer | null;
  /** ISO 8601 (UTC) from the signingTime attribute. */
  signingTime: string | null;
  signatureAlgorithmOid: string;
  signature: Buffer;
}

export interface CmsSignedData {
  encapContentType: string;
  /** A detached signature (what PDFs use) carries no content of its own. */
  hasEncapContent: boolean;
  certificates: CertificateFacts[];
  signers: CmsSigner[];
}

function oidOf(buf: Buffer, tlv: Tlv): string {
  if (tlv.tag !== 0x06) throw new Error(`CMS: expected an OID at ${tlv.start}`);
  return forge.asn1.derToOid(contentOf(buf, tlv).toString('binary'));
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`CMS: missing ${what}`);
  return value;
}

/** Parses a DER CMS ContentInfo holding SignedData; trailing zero padding (from /Contents) is ignored. */
export function parseCmsSignedData(input: Buffer): CmsSignedData {
  const contentInfo = readTlv(input, 0);
  const der = input.subarray(0, contentInfo.end);
  if (contentInfo.tag !== 0x30) throw new Error('CMS: ContentInfo is not a SEQUENCE');
  const [typeTlv, explicit] = childrenOf(der, contentInfo);
  if (oidOf(der, need(typeTlv, 'contentType')) !== OID.signedData) throw new Error('CMS: not SignedData');
  const [signedData] = childrenOf(der, need(explicit, 'content'));
  const parts = childrenOf(der, need(signedData, 'SignedData'));
  const encap = childrenOf(der, need(parts[2], 'encapContentInfo'));
  const certsTlv = parts.find((p, i) => i > 2 && p.tag === 0xa0);
  const signerInfos = need(parts.at(-1), 'signerInfos');
  if (signerInfos.tag !== 0x31) throw new Error('CMS: signerInfos is not a SET');
  return {
    encapContentType: oidOf(der, need(encap[0], 'eContentType')),
    hasEncapContent: encap.length > 1,
    certificates: certsTlv ? readCertificates(der, certsTlv) : [],
    signers: childrenOf(der, signerInfos).map((s) => readSigner(der, s)),
  };
}

function readCertificates(der: Buffer, set: Tlv): CertificateFacts[] {
  const out: CertificateFacts[] = [];
  for (const choice of childrenOf(der, set)) {
    // Only plain X.509 certificates (a SEQUENCE); attribute and other certificate choices are skipped.
    if (choice.tag !== 0x30) continue;
    try {
      out.push(readCertificate(Buffer.from(bytesOf(der, choice))));
    } catch {
      // An unreadable extra certificate must not hide the signer's own certificate.
    }
  }
  return out;
}

function readSid(der: Buffer, tlv: Tlv): SignerId {
  if (tlv.tag === 0x80) return { subjectKeyIdentifier: Buffer.from(contentOf(der, tlv)) };
  const [issuer, serial] = childrenOf(der, tlv);
  return {
    issuerDer: Buffer.from(bytesOf(der, need(issuer, 'sid issuer'))),
    serialHex: serialToHex(contentOf(der, need(serial, 'sid serial'))),
  };
}

function readSigner(der: Buffer, signerInfo: Tlv): CmsSigner {
  const fields = childrenOf(der, signerInfo);
  const sid = readSid(der, need(fields[1], 'sid'));
  const digestOid = oidOf(der, need(childrenOf(der, need(fields[2], 'digestAlgorithm'))[0], 'digest OID'));
  const hasAttrs = fields[3]?.tag === 0xa0;
  const attrsTlv = hasAttrs ? fields[3] : undefined;
  const sigAlg = need(fields[hasAttrs ? 4 : 3], 'signatureAlgorithm');
  const signature = need(fields[hasAttrs ? 5 : 4], 'signature');
  const signer: CmsSigner = {
    sid,
    digestOid,
    digest: HASH_BY_OID[digestOid] ?? null,
    signedAttrsDer: null,
    messageDigest: null,
    signingTime: null,
    signatureAlgorithmOid: oidOf(der, need(childrenOf(der, sigAlg)[0], 'signature OID')),
    signature: octetsOf(der, signature),
  };
  if (attrsTlv) {
    const asSet = Buffer.from(bytesOf(der, attrsTlv));
    asSet[0] = 0x31;
    signer.signedAttrsDer = asSet;
    readSignedAttributes(der, attrsTlv, signer);
  }
  return signer;
}

function readSignedAttributes(der: Buffer, attrs: Tlv, signer: CmsSigner): void {
  for (const attr of childrenOf(der, attrs)) {
    const [typeTlv, valuesTlv] = childrenOf(der, attr);
    const type = oidOf(der, need(typeTlv, 'attribute type'));
    const value = childrenOf(der, need(valuesTlv, 'attribute values'))[0];
    if (!value) continue;
    if (type === OID.messageDigest) {
      signer.messageDigest = octetsOf(der, value);
    } else if (type === OID.signingTime) {
      signer.signingTime = decodeTime(der, value);
    }
  }
}

function decodeTime(der: Buffer, tlv: Tlv): string | null {
  const text = contentOf(der, tlv).toString('latin1');
  const date =
    tlv.tag === 0x17
      ? forge.asn1.utcTimeToDate(text)
      : tlv.tag === 0x18
        ? forge.asn1.generalizedTimeToDate(text)
        : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}
