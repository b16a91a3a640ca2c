/**
 * A test certification authority (root → intermediate → signers) for sample data and tests: certificates
 * and CRLs made with pkijs, keys in Node's WebCrypto (or on a token: `issue` takes any public key).
 * Verifiers report its signers as untrusted unless its root is imported as an anchor, which is the truth.
 */
import { webcrypto } from 'node:crypto';
import { BitString, Integer, OctetString, PrintableString, Utf8String } from 'asn1js';
import * as pkijs from 'pkijs';
import { berOf } from './judgeSignature';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

export type KeyKind = 'rsa' | 'ec';

const RSA_PARAMS = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
} as const;
const EC_PARAMS = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(kind === 'rsa' ? RSA_PARAMS : EC_PARAMS, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

export interface IssuedCertificate {
  der: Buffer;
  certificate: pkijs.Certificate;
  /** Absent when the key lives elsewhere (on a token). */
  keys?: CryptoKeyPair;
}

export interface CertificateSpec {
  commonName: string;
  organization?: string;
  notBefore: Date;
  notAfter: Date;
  ca?: boolean;
  /** Key usage bits as the first byte (0x80 digitalSignature, 0x40 nonRepudiation, 0x04 keyCertSign, 0x02 cRLSign). */
  keyUsage?: number;
  serial?: number;
}

function name(cn: string, org: string): pkijs.RelativeDistinguishedNames {
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: [
      new pkijs.AttributeTypeAndValue({ type: '2.5.4.6', value: new PrintableString({ value: 'VN' }) }),
      new pkijs.AttributeTypeAndValue({ type: '2.5.4.10', value: new Utf8String({ value: org }) }),
      new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new Utf8String({ value: cn }) }),
    ],
  });
}

function keyUsageExtension(bits: number): pkijs.Extension {
  // DER BIT STRING: unused-bit count first; the lowest set bit decides it.
  let unused = 0;
  while (unused < 7 && (bits & (1 << unused)) === 0) unused++;
  const value = new BitString({ valueHex: new Uint8Array([bits]).buffer, unusedBits: unused });
  return new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: value.toBER(false) });
}

async function keyId(spki: pkijs.PublicKeyInfo): Promise<ArrayBuffer> {
  return webcrypto.subtle.digest('SHA-1', spki.subjectPublicKey.valueBlock.valueHexView);
}

/**
 * Issues a certificate for `publicKeySpki` (DER SubjectPublicKeyInfo), signed by `issuer` (its certificate
 * and private key), or self-signed when `issuer` is null (then `selfKey` signs).
 */
export async function issueCertificate(
  spec: CertificateSpec,
  publicKeySpki: Buffer,
  issuer: { certificate: pkijs.Certificate; privateKey: CryptoKey } | null,
  selfKey?: CryptoKey,
): Promise<IssuedCertificate> {
  const org = spec.organization ?? 'Dossier Desk — CA thử nghiệm';
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new Integer({ value: spec.serial ?? Math.floor(Math.random() * 2 ** 31) + 1 });
  cert.subject = name(spec.commonName, org);
  cert.issuer = issuer ? issuer.certificate.subject : name(spec.commonName, org);
  cert.notBefore.value = spec.notBefore;
  cert.notAfter.value = spec.notAfter;
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(berOf(publicKeySpki));
  const ski = await keyId(cert.subjectPublicKeyInfo);
  const extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: spec.ca === true }).toSchema().toBER(false),
    }),
    keyUsageExtension(spec.keyUsage ?? (spec.ca ? 0x06 : 0xc0)),
    new pkijs.Extension({
      extnID: '2.5.29.14',
      critical: false,
      extnValue: new OctetString({ valueHex: ski }).toBER(false),
    }),
  ];
  const authorityKey = issuer ? await keyId(issuer.certificate.subjectPublicKeyInfo) : ski;
  extensions.push(
    new pkijs.Extension({
      extnID: '2.5.29.35',
      critical: false,
      extnValue: new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new OctetString({ valueHex: authorityKey }),
      })
        .toSchema()
        .toBER(false),
    }),
  );
  cert.extensions = extensions;
  const signingKey = issuer?.privateKey ?? selfKey;
  if (!signingKey) throw new Error('issueCertificate: a self-signed certificate needs its own key');
  await cert.sign(signingKey, 'SHA-256');
  return {
    der: Buffer.from(cert.toSchema(true).toBER(false)),
    certificate: pkijs.Certificate.fromBER(Buffer.from(cert.toSchema(true).toBER(false))),
  };
}

export async function spkiOf(keys: CryptoKeyPair): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('spki', keys.publicKey));
}

/** A certificate with its own software key pair. */
export async function issueWithNewKey(
  spec: CertificateSpec,
  issuer: IssuedCertificate | null,
  kind: KeyKind = 'rsa',
): Promise<IssuedCertificate> {
  const keys = await generateKeys(kind);
  const issuerKey = issuer?.keys?.privateKey;
  if (issuer && !issuerKey) throw new Error('issueWithNewKey: the issuer has no software key');
  const issued = await issueCertificate(
    spec,
    await spkiOf(keys),
    issuer && issuerKey ? { certificate: issuer.certificate, privateKey: issuerKey } : null,
    keys.privateKey,
  );
  return { ...issued, keys };
}

/** A CRL from `issuer` revoking `revoked` (serial and date each). */
export async function issueCrl(
  issuer: IssuedCertificate,
  revoked: Array<{ certificate: pkijs.Certificate; at: Date }>,
  thisUpdate: Date,
  nextUpdate: Date,
): Promise<Buffer> {
  if (!issuer.keys) throw new Error('issueCrl: the issuer has no software key');
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.certificate.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: thisUpdate });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: nextUpdate });
  crl.revokedCertificates = revoked.map(
    (r) =>
      new pkijs.RevokedCertificate({
        userCertificate: new Integer({
          valueHex: r.certificate.serialNumber.valueBlock.valueHexView.slice().buffer,
        }),
        revocationDate: new pkijs.Time({ type: 0, value: r.at }),
      }),
  );
  await crl.sign(issuer.keys.privateKey, 'SHA-256');
  return Buffer.from(crl.toSchema(true).toBER(false));
}

const YEAR = 365 * 24 * 3600_000;

/** The test hierarchy the issue names: root → intermediate, and a CRL slot; signers are issued per test. */
export async function makeTestAuthority(now: Date, kind: KeyKind = 'rsa') {
  const t = now.getTime();
  const root = await issueWithNewKey(
    {
      commonName: 'Dossier Desk Root CA (thử nghiệm)',
      notBefore: new Date(t - 5 * YEAR),
      notAfter: new Date(t + 20 * YEAR),
      ca: true,
    },
    null,
    kind,
  );
  const intermediate = await issueWithNewKey(
    {
      commonName: 'Dossier Desk Issuing CA (thử nghiệm)',
      notBefore: new Date(t - 4 * YEAR),
      notAfter: new Date(t + 10 * YEAR),
      ca: true,
    },
    root,
    kind,
  );
  return { root, intermediate };
}

/** The private key in PKCS#8 DER, for Node's crypto.sign in software signing. */
export async function pkcs8Of(keys: CryptoKeyPair): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
}
