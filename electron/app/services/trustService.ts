/**
 * Settings › Chữ ký số › trust: the anchors and CRLs the agency imports (never fetched from the network),
 * and keeping every stored signature verdict in step with them.
 */
import { createHash } from 'node:crypto';
import { readFile, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import * as pkijs from 'pkijs';
import type { PdfSignatureView } from '../../../shared/contract/attachments';
import type { FileSource } from '../../../shared/contract/fileSource';
import type { TrustListView } from '../../../shared/contract/signatures';
import { appError } from '../../../shared/errors/appError';
import { listBlobSignatures, updateBlobSignatures } from '../../db/repositories/blobRepository';
import * as trustRepo from '../../db/repositories/trustRepository';
import { nameAttributes, readCertificate } from '../../pdf/certificate';
import { berOf } from '../../signatures/judgeSignature';
import { MAX_TRUST_FILE_BYTES, readTrustFile } from '../../signatures/trustFiles';
import { resolveFileSource } from '../../store/uploads';
import { runInWorker } from '../../workers/guardedWorker';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

import { trustMaterialOf } from './trustMaterialOf';

const readFileAsync = promisify(readFile);

export function trustList(ctx: AppContext): TrustListView {
  const db = requireDb(ctx);
  return { anchors: trustRepo.listAnchors(db), crls: trustRepo.listCrls(db) };
}

function sha256(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex');
}

function nameText(der: ArrayBuffer): string {
  return nameAttributes(Buffer.from(der))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

export async function importTrustFile(
  ctx: AppContext,
  source: FileSource,
): Promise<{ list: TrustListView; addedAnchors: number; addedCrls: number; duplicates: number }> {
  const db = requireDb(ctx);
  const { path, name, isUpload } = resolveFileSource(ctx, source);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_TRUST_FILE_BYTES) {
      throw appError(
        'trust-file-too-large',
        `Tệp "${name}" quá lớn để là chứng thư số hay CRL (tối đa 16 MB).`,
        `"${name}" is too large to be a certificate or a CRL (at most 16 MB).`,
      );
    }
    bytes = await readFileAsync(path);
  } finally {
    if (isUpload) rmSync(path, { force: true });
  }
  const found = readTrustFile(bytes, name);
  const at = ctx.now().toISOString();
  let addedAnchors = 0;
  let addedCrls = 0;
  let duplicates = 0;
  const anchors = found.certificates.map((der) => {
    const facts = readCertificate(der);
    const cert = pkijs.Certificate.fromBER(berOf(der));
    return {
      sha256: sha256(der),
      der,
      subject: facts.subject,
      issuer: facts.issuer,
      notBefore: cert.notBefore.value.toISOString(),
      notAfter: cert.notAfter.value.toISOString(),
      selfSigned: facts.selfSigned,
      fileName: name,
      importedAt: at,
    };
  });
  const crls = found.crls.map((der) => {
    const crl = pkijs.CertificateRevocationList.fromBER(berOf(der));
    return {
      sha256: sha256(der),
      der,
      issuer: nameText(crl.issuer.toSchema().toBER()),
      thisUpdate: crl.thisUpdate.value.toISOString(),
      nextUpdate: crl.nextUpdate?.value.toISOString() ?? null,
      revokedCount: crl.revokedCertificates?.length ?? 0,
      fileName: name,
      importedAt: at,
    };
  });
  db.transaction(() => {
    for (const a of anchors) trustRepo.insertAnchor(db, a) ? addedAnchors++ : duplicates++;
    for (const c of crls) trustRepo.insertCrl(db, c) ? addedCrls++ : duplicates++;
  })();
  if (addedAnchors + addedCrls > 0) await rejudgeStoredSignatures(ctx);
  return { list: trustList(ctx), addedAnchors, addedCrls, duplicates };
}

export async function removeTrust(
  ctx: AppContext,
  kind: 'anchor' | 'crl',
  id: number,
): Promise<TrustListView> {
  const db = requireDb(ctx);
  const removed = kind === 'anchor' ? trustRepo.deleteAnchor(db, id) : trustRepo.deleteCrl(db, id);
  if (!removed) {
    throw appError(
      'trust-not-found',
      'Không tìm thấy chứng thư / CRL này (có thể đã được xóa).',
      'This certificate / CRL was not found (it may have been removed already).',
      { kind, id },
    );
  }
  await rejudgeStoredSignatures(ctx);
  return trustList(ctx);
}

/**
 * Every attached PDF's verdicts follow the trust material: importing a root turns its signers' files from
 * "valid but not trusted" to "trusted" on every screen, a CRL turns a revoked signer's files invalid.
 * Judged in the guarded worker (no chain building on the main thread), then written in one transaction.
 */
export async function rejudgeStoredSignatures(ctx: AppContext): Promise<number> {
  const db = requireDb(ctx);
  const blobs = listBlobSignatures(db);
  if (blobs.length === 0) return 0;
  const judged = await runInWorker(
    'rejudge-signatures',
    { blobs, trust: trustMaterialOf(ctx), now: ctx.now().toISOString() },
    { fileName: 'chữ ký số đã lưu / stored signatures' },
  );
  const byHash = new Map(judged.map((j) => [j.sha256, j.verdicts]));
  const updates: Array<{ sha256: string; signatures: PdfSignatureView[] }> = [];
  for (const blob of blobs) {
    const verdicts = byHash.get(blob.sha256);
    if (!verdicts) continue;
    updates.push({
      sha256: blob.sha256,
      signatures: blob.signatures.map((s, i) => {
        const v = verdicts[i];
        return v ? { ...s, trust: v.trust, reasons: v.reasons } : s;
      }),
    });
  }
  db.transaction(() => {
    for (const u of updates) updateBlobSignatures(db, u.sha256, u.signatures);
  })();
  return updates.length;
}
