/**
 * One word for a document's signature, the same on the sending side (cover sheet, dossier.json) and on
 * the receiving side (verify, import). Pure. The best whole-file signature decides: trusted, then valid
 * but not trusted; a signature that stopped covering the file, then invalid.
 */
import { SIGNATURE_STATES } from '../contract/packages';
import type { SignatureFactView } from '../dossiers/signatureCheck';
import { isTrustedWholeFile, isUntrustedWholeFile, trustOf } from '../signatures/trust';

export type SignatureState = (typeof SIGNATURE_STATES)[number];

export interface PdfSignatureFacts {
  signatures: readonly SignatureFactView[];
  problem: { code: string } | null;
}

/** `pdf` null: the file is not a PDF. */
export function signatureStateOf(pdf: PdfSignatureFacts | null): SignatureState {
  if (pdf === null) return 'not-pdf';
  if (pdf.signatures.some(isTrustedWholeFile)) return 'trusted';
  if (pdf.signatures.some(isUntrustedWholeFile)) return 'untrusted';
  if (pdf.signatures.some((s) => trustOf(s) !== 'invalid' && !s.coversWholeFile)) return 'not-whole-file';
  if (pdf.signatures.length > 0) return 'invalid';
  if (pdf.problem) return 'unreadable';
  return 'unsigned';
}

export const SIGNATURE_STATE_TEXT: Record<SignatureState, { vi: string; en: string }> = {
  trusted: { vi: 'Đã ký số, chữ ký tin cậy', en: 'Signed, trusted signature' },
  untrusted: {
    vi: 'Chữ ký số hợp lệ nhưng chưa được tin cậy',
    en: 'Valid signature, but not trusted',
  },
  'not-whole-file': {
    vi: 'Chữ ký không bao trùm toàn bộ tệp',
    en: 'Signature does not cover the whole file',
  },
  invalid: { vi: 'Chữ ký số không hợp lệ', en: 'Invalid signature' },
  unsigned: { vi: 'Chưa ký số', en: 'Not signed' },
  unreadable: { vi: 'PDF không đọc được', en: 'Unreadable PDF' },
  'not-pdf': { vi: 'Không phải PDF', en: 'Not a PDF' },
};

/** How well each state vouches for a document, best first: among a document's files, the best one speaks. */
const STATE_RANK: Record<SignatureState, number> = {
  trusted: 0,
  untrusted: 1,
  'not-whole-file': 2,
  invalid: 3,
  unsigned: 4,
  unreadable: 5,
  'not-pdf': 6,
};

/** The verdict of a document with several files (a checklist entry): the best of theirs; null for none. */
export function bestSignatureState(states: readonly SignatureState[]): SignatureState | null {
  let best: SignatureState | null = null;
  for (const s of states) if (best === null || STATE_RANK[s] < STATE_RANK[best]) best = s;
  return best;
}

export function isSignatureState(value: string): value is SignatureState {
  return (SIGNATURE_STATES as readonly string[]).includes(value);
}
