import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { bytesOf, childrenOf, contentOf, readTlv } from './der';

/** The parts of an X.509 certificate that a signature check and a person reading it need. */
export interface CertificateFacts {
  der: Buffer;
  /** Serial number as lower-case hex without leading zeros, to match a CMS IssuerAndSerialNumber. */
  serialHex: string;
  /** The serial INTEGER's content bytes as written (a leading 0x00 kept), for re-encoding it exactly. */
  serialContent: Buffer;
  issuerDer: Buffer;
  subject: string;
  issuer: string;
  commonName: string | null;
  publicKey: KeyObject;
  selfSigned: boolean;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '2.5.4.12': 'title',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
};

export function serialToHex(integerContent: Buffer): string {
  return integerContent.toString('hex').replace(/^0+(?=.)/, '');
}

/** Decodes a directory string by its ASN.1 type: Vietnamese names arrive as UTF8String or BMPString. */
function decodeDirectoryString(node: forge.asn1.Asn1): string {
  if (typeof node.value !== 'string') return '';
  const raw = Buffer.from(node.value, 'binary');
  if (node.type === forge.asn1.Type.UTF8) return raw.toString('utf8').normalize('NFC');
  if (node.type === forge.asn1.Type.BMPSTRING) return raw.swap16().toString('utf16le').normalize('NFC');
  return raw.toString('latin1');
}

/** Reads a Name into [shortName, value] pairs in certificate order. */
export function nameAttributes(nameDer: Buffer): Array<[string, string]> {
  const name = forge.asn1.fromDer(nameDer.toString('binary'));
  const out: Array<[string, string]> = [];
  if (!Array.isArray(name.value)) return out;
  for (const rdn of name.value) {
    if (!Array.isArray(rdn.value)) continue;
    for (const pair of rdn.value) {
      if (!Array.isArray(pair.value)) continue;
      const [oidNode, valueNode] = pair.value;
      if (!oidNode || !valueNode || typeof oidNode.value !== 'string') continue;
      const oid = forge.asn1.derToOid(oidNode.value);
      out.push([SHORT_NAMES[oid] ?? oid, decodeDirectoryString(valueNode)]);
    }
  }
  return out;
}

function formatName(attrs: Array<[string, string]>): string {
  return attrs.map(([key, value]) => `${key}=${value}`).join(', ');
}

export function readCertificate(der: Buffer): CertificateFacts {
  const cert = readTlv(der, 0);
  const [tbs] = childrenOf(der, cert);
  if (!tbs) throw new Error('certificate without TBSCertificate');
  const fields = childrenOf(der, tbs);
  // TBSCertificate starts with an optional [0] EXPLICIT version.
  const skip = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[skip];
  const issuer = fields[skip + 2];
  const subject = fields[skip + 4];
  const spki = fields[skip + 5];
  if (!serial || !issuer || !subject || !spki) throw new Error('certificate with missing fields');
  const issuerDer = bytesOf(der, issuer);
  const subjectDer = bytesOf(der, subject);
  const subjectAttrs = nameAttributes(subjectDer);
  const publicKey = createPublicKey({ key: bytesOf(der, spki), format: 'der', type: 'spki' });
  return {
    der: bytesOf(der, cert),
    serialHex: serialToHex(contentOf(der, serial)),
    serialContent: Buffer.from(contentOf(der, serial)),
    issuerDer,
    subject: formatName(subjectAttrs),
    issuer: formatName(nameAttributes(issuerDer)),
    commonName: subjectAttrs.find(([key]) => key === 'CN')?.[1] ?? null,
    publicKey,
    selfSigned: issuerDer.equals(subjectDer) && verifiesWithOwnKey(bytesOf(der, cert), publicKey),
  };
}

function verifiesWithOwnKey(der: Buffer, publicKey: KeyObject): boolean {
  try {
    return new X509Certificate(der).verify(publicKey);
  } catch {
    return false;
  }
}
