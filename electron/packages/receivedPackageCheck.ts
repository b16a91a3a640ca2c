/**
 * The worker's side of verifying and importing a received package (runs in the guarded parser worker,
 * electron/workers): everything that reads the untrusted file — its digest, the zip and BagIt check, the
 * PDFs inside, the sender's dossier.json — so that the main thread only moves a folder and writes rows.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { VerifyResultView } from '../../shared/contract/packages';
import { pdfFindings } from '../app/services/pdfFindings';
import { inspectPdf, inspectPdfBuffer, WORKER_WHOLE_FILE_CAP } from '../pdf/inspectPdf';
import { type PreparedTrust, prepareTrust } from '../signatures/judgeSignature';
import { judgePackageSignature } from '../signatures/packageSignature';
import { judgePdfFacts } from '../signatures/pdfSignatures';
import { type TrustMaterialInput, trustMaterialFromInput } from '../signatures/trustMaterial';
import { TAG_MANIFEST_SIGNATURE } from './bagitFormat';
import { type VerifyReport, verifyBagZip } from './verifyBagZip';
import { verifyView } from './verifyView';
import type { ZipLimits } from './zipLimits';

export interface VerifiedPackage {
  report: VerifyReport;
  view: VerifyResultView;
}

/** What the sender's PDF shows once checked: the same findings (and trust verdicts) as for an attachment. */
async function inspectReceivedPdf(pdf: Buffer | string, trust: PreparedTrust, now: Date) {
  const options = { wholeFileCap: WORKER_WHOLE_FILE_CAP };
  const facts =
    typeof pdf === 'string' ? await inspectPdf(pdf, options) : await inspectPdfBuffer(pdf, options);
  return pdfFindings(await judgePdfFacts(facts, trust, now));
}

/** The receiver's anchors and CRLs arrive as bytes (the worker has no database). */
function trustOf(input: VerifyInput): PreparedTrust {
  return prepareTrust(trustMaterialFromInput(input.trust));
}

export interface VerifyInput {
  zipPath: string;
  /** The user's name for the package, shown in the view and in messages. */
  fileName: string;
  limits?: Partial<ZipLimits>;
  /** Extract a valid bag into this folder (import). */
  extractTo?: string;
  /** Where a PDF too large for memory may be copied to be inspected; without it, it goes uninspected. */
  scratchDir?: string;
  /** Inspect each payload PDF (default true). */
  inspectPdfs?: boolean;
  /** The receiver's trust anchors and CRLs (DER); none: every signature is at best "not trusted". */
  trust?: TrustMaterialInput;
  /** When the signatures are judged (ISO); default now. */
  now?: string;
}

export async function verifyReceivedPackage(input: VerifyInput): Promise<VerifiedPackage> {
  const trust = trustOf(input);
  const now = input.now ? new Date(input.now) : new Date();
  const report = await verifyBagZip(input.zipPath, {
    ...(input.inspectPdfs !== false
      ? { inspectPdf: (pdf: Buffer | string) => inspectReceivedPdf(pdf, trust, now) }
      : {}),
    ...(input.limits ? { limits: input.limits } : {}),
    ...(input.extractTo !== undefined ? { extractTo: input.extractTo } : {}),
    ...(input.scratchDir !== undefined ? { scratchDir: input.scratchDir } : {}),
  });
  const view = verifyView(report, input.fileName);
  // A signature file that is there but could not be read whole (a damaged entry) is a broken signature,
  // not an unsigned package: judged from no bytes, it reads as unreadable and invalid.
  const signatureFileDamaged = report.files.some(
    (f) => f.path === TAG_MANIFEST_SIGNATURE && f.status !== 'ok',
  );
  const signed =
    report.tagManifestSignature ??
    (signatureFileDamaged ? { manifest: new Uint8Array(), signature: new Uint8Array() } : undefined);
  if (signed) {
    // Every file the bag's manifests no longer vouch for: the package signature no longer covers it.
    const changed = [
      ...new Set([
        ...report.files.filter((f) => f.status !== 'ok').map((f) => f.path),
        ...report.problems.flatMap((p) => (p.path ? [p.path] : [])),
      ]),
    ];
    view.packageSignature = await judgePackageSignature(signed, changed, trust, now);
  }
  return { report, view };
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hash);
  return hash.digest('hex');
}

/** dossier.json above this is not read: the Office still has the documents and the manifest. */
export const DOSSIER_JSON_CAP = 4 * 1024 * 1024;

/** The sender's dossier.json, when it is ours and readable; the bag is valid without it. */
export async function readDossierJson(bagDir: string): Promise<unknown> {
  const path = join(bagDir, 'data', 'dossier.json');
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > DOSSIER_JSON_CAP) return null;
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (
      typeof value === 'object' &&
      value !== null &&
      'format' in value &&
      value.format === 'dossier-desk/package'
    )
      return value;
  } catch {
    // Not JSON: the Office still has the documents and the manifest.
  }
  return null;
}

export interface PreparedImport extends VerifiedPackage {
  zipSha256: string;
  /** The file's digest after the check differs from before: what was verified is not what is there. */
  changedDuringCheck: boolean;
  dossier: unknown;
}

export async function prepareImport(
  input: Pick<VerifyInput, 'zipPath' | 'fileName' | 'trust' | 'now'> & { extractTo: string },
): Promise<PreparedImport> {
  const zipSha256 = await sha256File(input.zipPath);
  const verified = await verifyReceivedPackage(input);
  const valid = verified.report.verdict === 'valid' && verified.report.extractedTo !== undefined;
  const changedDuringCheck = valid && (await sha256File(input.zipPath)) !== zipSha256;
  const dossier =
    valid && !changedDuringCheck && verified.report.extractedTo
      ? await readDossierJson(verified.report.extractedTo)
      : null;
  return { ...verified, zipSha256, changedDuringCheck, dossier };
}
