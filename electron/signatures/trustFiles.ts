/**
 * Reads the files an agency imports as trust material: certificates (.cer/.crt as DER or PEM, .pem,
 * .p7b bundles) and CRLs (.crl as DER or PEM). Parsing is pkijs's; this only finds the pieces.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { appError } from '../../shared/errors/appError';
import { berOf } from './judgeSignature';
import type { TrustMaterial } from './trustMaterial';

export interface TrustFileContents {
  certificates: Buffer[];
  crls: Buffer[];
}

/** Trust files are small; a bigger file is not one (and is not parsed). */
export const MAX_TRUST_FILE_BYTES = 16 * 1024 * 1024;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const SIGNED_DATA = '1.2.840.113549.1.7.2';

function derKind(der: Buffer): 'certificate' | 'crl' | 'pkcs7' | null {
  for (const [kind, parse] of [
    [
      'pkcs7',
      (b: Buffer) => {
        const info = pkijs.ContentInfo.fromBER(berOf(b));
        if (info.contentType !== SIGNED_DATA) throw new Error('not SignedData');
      },
    ],
    ['certificate', (b: Buffer) => pkijs.Certificate.fromBER(berOf(b))],
    ['crl', (b: Buffer) => pkijs.CertificateRevocationList.fromBER(berOf(b))],
  ] as const) {
    try {
      parse(der);
      return kind;
    } catch {
      // try the next kind
    }
  }
  return null;
}

function addDer(der: Buffer, out: TrustFileContents): boolean {
  const kind = derKind(der);
  if (kind === 'certificate') out.certificates.push(der);
  else if (kind === 'crl') out.crls.push(der);
  else if (kind === 'pkcs7') {
    const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(berOf(der)).content });
    for (const c of signed.certificates ?? []) {
      if (c instanceof pkijs.Certificate) out.certificates.push(Buffer.from(c.toSchema().toBER()));
    }
    for (const crl of signed.crls ?? []) {
      if (crl instanceof pkijs.CertificateRevocationList) out.crls.push(Buffer.from(crl.toSchema().toBER()));
    }
  } else return false;
  return true;
}

/** The certificates and CRLs in one file; an error value when it holds neither. */
export function readTrustFile(bytes: Buffer, name: string): TrustFileContents {
  const out: TrustFileContents = { certificates: [], crls: [] };
  const text = bytes.subarray(0, Math.min(bytes.length, 64)).toString('latin1');
  if (text.includes('-----BEGIN')) {
    for (const m of bytes.toString('latin1').matchAll(PEM_BLOCK)) {
      const body = Buffer.from((m[2] ?? '').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
      addDer(body, out);
    }
  } else {
    addDer(bytes, out);
  }
  if (out.certificates.length === 0 && out.crls.length === 0) {
    throw appError(
      'trust-file-unreadable',
      `Tệp "${name}" không chứa chứng thư số hay danh sách thu hồi (CRL) đọc được (.cer, .crt, .pem, .p7b, .crl).`,
      `"${name}" holds no readable certificate or revocation list (CRL) (.cer, .crt, .pem, .p7b, .crl).`,
      { name },
    );
  }
  return out;
}

/** Every certificate and CRL in the files of a folder (not its sub-folders): the CLI's `--trust DIR`. */
export async function readTrustDir(dir: string): Promise<TrustMaterial> {
  const anchors: Buffer[] = [];
  const crls: Buffer[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    throw appError(
      'trust-dir-unreadable',
      `--trust: không đọc được thư mục "${dir}".`,
      `--trust: the folder "${dir}" could not be read.`,
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_TRUST_FILE_BYTES) continue;
    try {
      const found = readTrustFile(await readFile(path), name);
      anchors.push(...found.certificates);
      crls.push(...found.crls);
    } catch {
      // A README or another stray file in the folder is not trust material: skipped.
    }
  }
  return { anchors, crls };
}
