/**
 * Signing a PDF with a certificate on a PKCS#11 token: pick the certificate, refuse one that may not sign
 * documents (before any PIN is asked for), prepare the incremental update, let the token sign the
 * attributes in its own process, and check the result before anyone writes it. The input bytes are never
 * changed; the caller writes the returned bytes where it wants (atomically).
 */
import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { appError } from '../../shared/errors/appError';
import { type ExternalSigner, sha256DigestInfo } from '../pdf/cadesBuild';
import { readCertificate } from '../pdf/certificate';
import { inspectPdfBuffer } from '../pdf/inspectPdf';
import { signPdf } from '../pdf/signPdf';
import { berOf, maySignDocuments } from '../signatures/judgeSignature';
import { runTokenRequest, type TokenClientOptions } from './tokenClient';
import { tokenError } from './tokenErrors';
import type { TokenCertificate } from './tokenProtocol';

export interface TokenCertificateFacts {
  tokenLabel: string;
  label: string;
  idHex: string;
  der: Buffer;
  commonName: string | null;
  subject: string;
  issuer: string;
  notAfter: string;
  keyKind: 'rsa' | 'ec' | 'other';
  maySign: boolean;
}

const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const P256 = '1.2.840.10045.3.1.7';
const RSA = '1.2.840.113549.1.1.1';

function describe(c: TokenCertificate): TokenCertificateFacts {
  const der = Buffer.from(c.der);
  const facts = readCertificate(der);
  const cert = pkijs.Certificate.fromBER(berOf(der));
  const alg = cert.subjectPublicKeyInfo.algorithm;
  const params: unknown = alg.algorithmParams;
  // Duck-typed, not `instanceof ObjectIdentifier`: the packaged app's pkijs carries its own asn1js.
  const curve =
    typeof params === 'object' && params !== null && 'valueBlock' in params && 'getValue' in params
      ? String(params.valueBlock)
      : '';
  const keyKind =
    alg.algorithmId === RSA ? 'rsa' : alg.algorithmId === EC_PUBLIC_KEY && curve === P256 ? 'ec' : 'other';
  return {
    tokenLabel: c.tokenLabel,
    label: c.label,
    idHex: c.idHex,
    der,
    commonName: facts.commonName,
    subject: facts.subject,
    issuer: facts.issuer,
    notAfter: cert.notAfter.value.toISOString(),
    keyKind,
    maySign: maySignDocuments(cert),
  };
}

export async function listTokenCertificates(
  modulePath: string,
  opts: TokenClientOptions = {},
): Promise<TokenCertificateFacts[]> {
  const reply = await runTokenRequest({ op: 'certificates', modulePath }, opts);
  if (!reply.ok) throw tokenError(reply.failure, reply.detail);
  if (reply.op !== 'certificates') throw tokenError('failed', 'unexpected reply');
  return reply.certificates.map(describe);
}

export interface TokenSignRequest {
  modulePath: string;
  /** Which token and certificate; absent: the only token, the first certificate that may sign. */
  tokenLabel?: string | undefined;
  certificateId?: string | undefined;
  certificateLabel?: string | undefined;
  pin: string;
  /** A visible stamp (signer, time) on this 1-based page. */
  stampPage?: number | null | undefined;
  now: Date;
}

function choose(
  certs: TokenCertificateFacts[],
  req: Pick<TokenSignRequest, 'tokenLabel' | 'certificateId' | 'certificateLabel'>,
): TokenCertificateFacts {
  const candidates = certs.filter(
    (c) =>
      (req.tokenLabel === undefined || c.tokenLabel === req.tokenLabel) &&
      (req.certificateId === undefined || c.idHex === req.certificateId) &&
      (req.certificateLabel === undefined || c.label === req.certificateLabel),
  );
  if (candidates.length === 0) {
    if (req.tokenLabel !== undefined && !certs.some((c) => c.tokenLabel === req.tokenLabel)) {
      throw tokenError('token-not-found', req.tokenLabel);
    }
    throw tokenError('certificate-not-found', req.certificateLabel ?? req.certificateId ?? '');
  }
  const named = req.certificateId !== undefined || req.certificateLabel !== undefined;
  // Asked for by name: that one, refused below if it may not sign. Otherwise the first that may sign.
  const [first, ...rest] = candidates;
  if (!first) throw tokenError('certificate-not-found');
  return named ? first : ([first, ...rest].find((c) => c.maySign) ?? first);
}

/** "dd/MM/yyyy HH:mm (UTC+7)" for the visible stamp: the time people read in Vietnam. */
function vietnamTime(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} (UTC+7)`;
}

/** The chosen certificate and a signer that asks the token (one token process per signature). */
export async function tokenSigner(
  req: Omit<TokenSignRequest, 'stampPage' | 'now'>,
  opts: TokenClientOptions = {},
): Promise<{ signer: ExternalSigner; certificate: TokenCertificateFacts }> {
  const certs = await listTokenCertificates(req.modulePath, opts);
  if (certs.length === 0) throw tokenError('token-not-found');
  const cert = choose(certs, req);
  if (!cert.maySign) throw tokenError('key-usage', cert.subject);
  if (cert.keyKind === 'other') throw tokenError('unsupported-key', cert.subject);
  const keyKind = cert.keyKind;
  const signer: ExternalSigner = {
    certificate: cert.der,
    keyKind,
    sign: async (attributes) => {
      const data =
        keyKind === 'rsa' ? sha256DigestInfo(attributes) : createHash('sha256').update(attributes).digest();
      const reply = await runTokenRequest(
        {
          op: 'sign',
          modulePath: req.modulePath,
          tokenLabel: cert.tokenLabel,
          certificateIdHex: cert.idHex,
          pin: req.pin,
          data,
          keyKind,
        },
        opts,
      );
      if (!reply.ok) throw tokenError(reply.failure, reply.detail);
      if (reply.op !== 'sign') throw tokenError('failed', 'unexpected reply');
      return Buffer.from(reply.signature);
    },
  };
  return { signer, certificate: cert };
}

export async function signPdfWithToken(
  pdf: Buffer,
  req: TokenSignRequest,
  opts: TokenClientOptions = {},
): Promise<{ bytes: Buffer; certificate: TokenCertificateFacts }> {
  const { signer, certificate: cert } = await tokenSigner(req, opts);
  const signerName = cert.commonName ?? cert.label;
  const bytes = await signPdf(Buffer.from(pdf), {
    signerName,
    signingTime: req.now,
    ...(req.stampPage
      ? {
          stamp: {
            page: req.stampPage,
            lines: [`Ký bởi: ${signerName}`, `Thời gian: ${vietnamTime(req.now)}`],
          },
        }
      : {}),
    signer,
  });
  // A driver that returns garbage must not produce a file that looks signed.
  const check = (await inspectPdfBuffer(bytes)).signatures.at(-1);
  if (!check?.digestMatches || !check.signatureValid || !check.coversWholeFile) {
    throw appError(
      'token-signature-unverifiable',
      'Chữ ký token trả về không kiểm tra được; tệp không được ghi.',
      'The signature the token returned does not verify; nothing was written.',
    );
  }
  return { bytes, certificate: cert };
}
