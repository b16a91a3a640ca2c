import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import {
  type Asn1,
  algorithm,
  bitString,
  boolean,
  explicit,
  fromDer,
  integer,
  octets,
  oid,
  seq,
  set,
  time,
  toDer,
  utf8String,
} from './asn1Build';

/** A signing identity: an RSA key and the certificate that names its holder. */
export interface SignerIdentity {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

let sharedKey: forge.pki.rsa.PrivateKey | undefined;
const byName = new Map<string, SignerIdentity>();

/**
 * One RSA 2048 key per process: Node's native generator takes ~100 ms where forge's pure-JS one takes
 * seconds, and demo or benchmark data with many signers must not pay that per name.
 */
function processKey(): forge.pki.rsa.PrivateKey {
  if (!sharedKey) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    sharedKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  }
  return sharedKey;
}

/** A Name with UTF8String values, so Vietnamese names keep their diacritics. */
function name(parts: Array<[string, string]>): Asn1 {
  return seq(parts.map(([type, value]) => set([seq([oid(type), utf8String(value)])])));
}

function extension(id: string, critical: boolean, value: Asn1): Asn1 {
  return seq([oid(id), boolean(critical), octets(toDer(value))]);
}

/**
 * A self-signed test certificate for `name` (CN), cached per process. Only for sample data, tests and
 * benchmarks: verifiers report it as untrusted, which is the truth. The TBSCertificate is built here
 * rather than by forge's setSubject, whose typings cannot express UTF8String attribute values.
 */
export function makeTestSigner(signerName: string): SignerIdentity {
  const cached = byName.get(signerName);
  if (cached) return cached;
  const key = processKey();
  const dn = name([
    ['2.5.4.3', signerName],
    ['2.5.4.10', 'Dossier Desk — chứng thư thử nghiệm'],
    ['2.5.4.6', 'VN'],
  ]);
  const tbs = seq([
    explicit(0, [integer(2)]),
    // A positive serial: the first byte's top bit clear.
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    algorithm(SHA256_WITH_RSA),
    dn,
    // Wide validity so signing times chosen by tests (past or future) fall inside it.
    seq([time(new Date(Date.UTC(2000, 0, 1))), time(new Date(Date.UTC(2099, 11, 31)))]),
    dn,
    forge.pki.publicKeyToAsn1(forge.pki.setRsaPublicKey(key.n, key.e)),
    explicit(3, [
      seq([
        extension('2.5.29.19', true, seq([])), // basicConstraints: not a CA
        extension('2.5.29.15', true, bitString(Buffer.from([0xc0]), 6)), // keyUsage: digitalSignature, nonRepudiation
      ]),
    ]),
  ]);
  const md = forge.md.sha256.create();
  md.update(toDer(tbs).toString('binary'));
  const signature = Buffer.from(key.sign(md), 'binary');
  const der = toDer(seq([tbs, algorithm(SHA256_WITH_RSA), bitString(signature)]));
  const identity = { key, certificate: forge.pki.certificateFromAsn1(fromDer(der)) };
  byName.set(signerName, identity);
  return identity;
}
