/**
 * Judges how far one signature can be trusted, offline, against the agency's imported trust anchors and
 * CRLs (never fetched from the network). pkijs builds and checks the chain at the signing time; this
 * file adds what its engine reports too coarsely for a person: which certificate expired, the
 * revocation date, the signer's key usage.
 */
import * as pkijs from 'pkijs';
import { type SignatureTrust, type TrustReason, trustReason } from '../../shared/signatures/trust';
import type { TrustMaterial } from './trustMaterial';

export interface SignatureToJudge {
  digestMatches: boolean;
  signatureValid: boolean;
  /** DER certificates carried by the signature, the signer's own first. */
  certificates: readonly Buffer[];
  /** ISO 8601 (UTC): the claimed signing time, or null when the signature states none. */
  signingTime: string | null;
  /** Set when the signature could not be read or checked at all. */
  unreadable?: boolean;
}

export interface Judgement {
  trust: SignatureTrust;
  reasons: TrustReason[];
}

const KEY_USAGE = '2.5.29.15';
const BASIC_CONSTRAINTS = '2.5.29.19';
/** keyUsage bits 0 (digitalSignature) and 1 (nonRepudiation / contentCommitment), first byte. */
const SIGNING_BITS = 0x80 | 0x40;

/** pkijs wants bytes on a plain ArrayBuffer; a Buffer may sit on a shared pool. */
export function berOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function parseCertificate(der: Buffer): pkijs.Certificate | null {
  try {
    return pkijs.Certificate.fromBER(berOf(der));
  } catch {
    return null;
  }
}

function parseCrl(der: Buffer): pkijs.CertificateRevocationList | null {
  try {
    return pkijs.CertificateRevocationList.fromBER(berOf(der));
  } catch {
    return null;
  }
}

function commonName(cert: pkijs.Certificate): string {
  const cn = cert.subject.typesAndValues.find((tv) => tv.type === '2.5.4.3');
  const value = cn?.value.valueBlock.value;
  return typeof value === 'string'
    ? value
    : cert.subject.typesAndValues.map((tv) => tv.value.valueBlock.value).join(', ');
}

function extension(cert: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return cert.extensions?.find((e) => e.extnID === oid);
}

/** A certificate without a keyUsage extension may sign anything; with one, it needs a signing bit. */
export function maySignDocuments(cert: pkijs.Certificate): boolean {
  const ku = extension(cert, KEY_USAGE);
  if (!ku) return true;
  // Read from the extension's own DER, not with `instanceof BitString`: the packaged app bundles asn1js
  // inside pkijs and again on its own (issue 10's lazy vendor bundles), so the classes are not the same.
  // BIT STRING: tag 0x03, a one-byte length (keyUsage is at most 3 bytes), the unused-bit count, the bits.
  const der = new Uint8Array(ku.extnValue.valueBlock.valueHexView);
  if (der[0] !== 0x03 || (der[1] ?? 0) < 2) return false;
  const first = der[3] ?? 0;
  return (first & SIGNING_BITS) !== 0;
}

function isSelfIssued(cert: pkijs.Certificate): boolean {
  return cert.subject.isEqual(cert.issuer);
}

async function selfSigned(cert: pkijs.Certificate): Promise<boolean> {
  if (!isSelfIssued(cert)) return false;
  try {
    return await cert.verify();
  } catch {
    return false;
  }
}

function sameBytes(a: pkijs.Certificate, b: pkijs.Certificate): boolean {
  return Buffer.from(a.toSchema().toBER()).equals(Buffer.from(b.toSchema().toBER()));
}

function sameSerial(
  a: { valueBlock: { valueHexView: Uint8Array } },
  b: { valueBlock: { valueHexView: Uint8Array } },
) {
  return Buffer.from(a.valueBlock.valueHexView).equals(Buffer.from(b.valueBlock.valueHexView));
}

/**
 * The revocation of `cert`, if an imported CRL from its issuer (its signature checked with `issuer`'s key)
 * lists it. Any listed revocation counts, even after the claimed signing time: a B-B signature carries no
 * timestamp, so a holder of a revoked key could claim an earlier time.
 */
async function revocationOf(
  cert: pkijs.Certificate,
  issuer: pkijs.Certificate,
  crls: readonly pkijs.CertificateRevocationList[],
): Promise<Date | null> {
  for (const crl of crls) {
    if (!crl.issuer.isEqual(cert.issuer)) continue;
    const entry = crl.revokedCertificates?.find((r) => sameSerial(r.userCertificate, cert.serialNumber));
    if (!entry) continue;
    try {
      if (!(await crl.verify({ issuerCertificate: issuer }))) continue;
    } catch {
      continue;
    }
    return entry.revocationDate.value;
  }
  return null;
}

function validAt(cert: pkijs.Certificate, at: Date): boolean {
  return cert.notBefore.value <= at && at <= cert.notAfter.value;
}

/** The chain from the signer to an imported anchor valid at `at`, or null (pkijs's path building). */
async function chainToAnchor(
  signer: pkijs.Certificate,
  carried: readonly pkijs.Certificate[],
  anchors: readonly pkijs.Certificate[],
  at: Date,
): Promise<{ path: pkijs.Certificate[] } | { failure: string; code: number }> {
  // The leaf goes last in `certs`: the engine takes the last one as the end entity.
  const others = carried.filter((c) => !sameBytes(c, signer) && !anchors.some((a) => sameBytes(a, c)));
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: [...anchors],
    certs: [...others, signer],
    checkDate: at,
  });
  try {
    const result = await engine.verify({ passedWhenNotRevValues: true });
    if (result.result) return { path: engine.certs };
    return { failure: result.resultMessage, code: result.resultCode };
  } catch (error) {
    const code = error instanceof pkijs.ChainValidationError ? error.code : -1;
    return { failure: error instanceof Error ? error.message : String(error), code };
  }
}

/** Loads the imported material once per check run (parsing hundreds of anchors per signature is waste). */
export function prepareTrust(material: TrustMaterial): PreparedTrust {
  return {
    anchors: material.anchors.map(parseCertificate).filter((c): c is pkijs.Certificate => c !== null),
    crls: material.crls.map(parseCrl).filter((c): c is pkijs.CertificateRevocationList => c !== null),
  };
}

export interface PreparedTrust {
  anchors: pkijs.Certificate[];
  crls: pkijs.CertificateRevocationList[];
}

export async function judgeSignature(
  sig: SignatureToJudge,
  trust: PreparedTrust,
  now: Date,
): Promise<Judgement> {
  if (sig.unreadable) return { trust: 'invalid', reasons: [trustReason('unreadable')] };
  if (!sig.digestMatches) return { trust: 'invalid', reasons: [trustReason('digest-mismatch')] };
  if (!sig.signatureValid) return { trust: 'invalid', reasons: [trustReason('signature-mismatch')] };
  const carried = sig.certificates.map(parseCertificate).filter((c): c is pkijs.Certificate => c !== null);
  const signer = carried[0];
  if (!signer) return { trust: 'invalid', reasons: [trustReason('unreadable')] };

  const reasons: TrustReason[] = [];
  const at = sig.signingTime ? new Date(sig.signingTime) : now;
  if (!sig.signingTime) reasons.push(trustReason('no-signing-time'));
  const invalid: TrustReason[] = [];
  if (at < signer.notBefore.value) {
    invalid.push(trustReason('not-yet-valid-at-signing', { date: signer.notBefore.value.toISOString() }));
  } else if (at > signer.notAfter.value) {
    invalid.push(trustReason('expired-at-signing', { date: signer.notAfter.value.toISOString() }));
  }
  if (!maySignDocuments(signer)) invalid.push(trustReason('key-usage'));

  const isSelfSigned = await selfSigned(signer);
  const anchoredSelf = isSelfSigned && trust.anchors.some((a) => sameBytes(a, signer));
  if (isSelfSigned && !anchoredSelf) {
    // A self-signed certificate can still be revoked by its own CRL: honour it.
    const revoked = await revocationOf(signer, signer, trust.crls);
    if (revoked)
      invalid.push(trustReason('revoked', { date: revoked.toISOString(), name: commonName(signer) }));
    return invalid.length > 0
      ? { trust: 'invalid', reasons: [...invalid, ...reasons] }
      : { trust: 'untrusted', reasons: [trustReason('self-signed'), ...reasons] };
  }

  const chain = anchoredSelf
    ? { path: [signer, signer] }
    : await chainToAnchor(signer, carried, trust.anchors, at);
  if ('path' in chain) {
    for (let i = 0; i + 1 < chain.path.length; i++) {
      const cert = chain.path[i];
      const issuer = chain.path[i + 1];
      if (!cert || !issuer || cert === issuer) continue;
      const revoked = await revocationOf(cert, issuer, trust.crls);
      if (revoked)
        invalid.push(trustReason('revoked', { date: revoked.toISOString(), name: commonName(cert) }));
    }
    if (invalid.length > 0) return { trust: 'invalid', reasons: [...invalid, ...reasons] };
    const anchor = chain.path.at(-1) ?? signer;
    return { trust: 'trusted', reasons: [trustReason('chain-ok', { name: commonName(anchor) }), ...reasons] };
  }
  if (invalid.length > 0) return { trust: 'invalid', reasons: [...invalid, ...reasons] };
  // pkijs code 8: a certificate of the path was outside its validity at the signing time. The signer's own
  // was checked above, so it is an authority's: the chain existed but not at that time.
  if (chain.code === 8) {
    const expiredCa = [...trust.anchors, ...carried].find(
      (c) => !sameBytes(c, signer) && isCa(c) && !validAt(c, at) && c.subject.isEqual(signer.issuer),
    );
    return {
      trust: 'invalid',
      reasons: [
        trustReason('chain-expired-at-signing', expiredCa ? { name: commonName(expiredCa) } : {}),
        ...reasons,
      ],
    };
  }
  const code = trust.anchors.length === 0 ? 'no-anchors' : 'unknown-chain';
  return { trust: 'untrusted', reasons: [trustReason(code), ...reasons] };
}

function isCa(cert: pkijs.Certificate): boolean {
  const bc = extension(cert, BASIC_CONSTRAINTS)?.parsedValue;
  return bc instanceof pkijs.BasicConstraints && bc.cA === true;
}
