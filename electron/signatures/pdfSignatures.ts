/**
 * The one answer to "what signatures does this PDF have, and how far can each be trusted": inspection
 * (electron/pdf) plus the trust judgement (judgeSignature) against the agency's material. Attach,
 * pre-flight, cover sheet, package verify and import, and the CLI all come through here.
 */

import {
  integrityOf,
  reasonsOf,
  type SignatureTrust,
  trustOf,
  trustReason,
} from '../../shared/signatures/trust';
import { type InspectOptions, inspectPdf, WORKER_WHOLE_FILE_CAP } from '../pdf/inspectPdf';
import type { PdfFacts, PdfSignatureFact } from '../pdf/pdfFacts';
import { judgeSignature, type PreparedTrust, prepareTrust } from './judgeSignature';
import { type TrustMaterialInput, trustMaterialFromInput } from './trustMaterial';

/** Adds `trust` and `reasons` to every signature of `facts`. */
export async function judgePdfFacts(facts: PdfFacts, trust: PreparedTrust, now: Date): Promise<PdfFacts> {
  const signatures: PdfSignatureFact[] = [];
  for (const s of facts.signatures) {
    const judged = await judgeSignature(
      {
        digestMatches: s.digestMatches,
        signatureValid: s.signatureValid,
        certificates: s.certificates ?? [],
        signingTime: s.signingTime,
        unreadable: !s.digestMatches && !s.signatureValid && s.problem !== undefined,
      },
      trust,
      now,
    );
    const reasons = s.coversWholeFile ? judged.reasons : [...judged.reasons, trustReason('not-whole-file')];
    signatures.push({ ...s, trust: judged.trust, reasons });
  }
  return { ...facts, signatures };
}

/** Inspects a PDF on disk and judges each signature. Never throws (problems come back in `error`). */
export async function inspectAndJudgePdf(
  path: string,
  trust: PreparedTrust,
  now: Date,
  options: InspectOptions = {},
): Promise<PdfFacts> {
  return judgePdfFacts(await inspectPdf(path, options), trust, now);
}

/** What the guarded worker gets to inspect and judge one PDF: plain data only (see workerTasks.ts). */
export interface JudgePdfInput {
  path: string;
  trust: TrustMaterialInput;
  /** ISO 8601: the time the signatures are judged at. */
  now: string;
}

/**
 * Attach's whole reading of a PDF, in the worker: inspection and the trust judgement (pkijs chain building,
 * CRL checks), so the main thread does no certificate work. Never throws (problems come back in `error`).
 */
export async function inspectAndJudgeInWorker(input: JudgePdfInput): Promise<PdfFacts> {
  return inspectAndJudgePdf(
    input.path,
    prepareTrust(trustMaterialFromInput(input.trust)),
    new Date(input.now),
    { wholeFileCap: WORKER_WHOLE_FILE_CAP },
  );
}

/** One signature as `dossier-desk verify-pdf --json` prints it (a fixed contract: extend, never break). */
export interface SignatureReport {
  signer: string | null;
  signedAt: string | null;
  coversWholeFile: boolean;
  integrity: 'ok' | 'broken';
  trust: SignatureTrust;
  reasons: Array<{ code: string; vi: string; en: string }>;
}

export function signatureReport(s: PdfSignatureFact): SignatureReport {
  const trust = trustOf(s);
  return {
    signer: s.signerName,
    signedAt: s.signingTime,
    coversWholeFile: s.coversWholeFile,
    integrity: integrityOf(s),
    // pdf verdict words: 'untrusted' is "valid but not trusted".
    trust,
    reasons: reasonsOf(s).map(({ code, vi, en }) => ({ code, vi, en })),
  };
}
