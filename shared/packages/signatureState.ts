/**
 * One word for a document's signature, the same on the sending side (cover sheet, dossier.json) and on
 * the receiving side (verify, import). Pure.
 */
import { SIGNATURE_STATES } from '../contract/packages';
import { isValidWholeFileSignature, type SignatureFactView } from '../dossiers/signatureCheck';

export type SignatureState = (typeof SIGNATURE_STATES)[number];

export interface PdfSignatureFacts {
  signatures: readonly SignatureFactView[];
  problem: { code: string } | null;
}

/** `pdf` null: the file is not a PDF. */
export function signatureStateOf(pdf: PdfSignatureFacts | null): SignatureState {
  if (pdf === null) return 'not-pdf';
  if (pdf.signatures.some(isValidWholeFileSignature)) return 'valid';
  if (pdf.signatures.some((s) => s.digestMatches && s.signatureValid && !s.coversWholeFile))
    return 'not-whole-file';
  if (pdf.signatures.length > 0) return 'invalid';
  if (pdf.problem) return 'unreadable';
  return 'unsigned';
}

export const SIGNATURE_STATE_TEXT: Record<SignatureState, { vi: string; en: string }> = {
  valid: { vi: 'Đã ký số hợp lệ', en: 'Validly signed' },
  'not-whole-file': {
    vi: 'Chữ ký không bao trùm toàn bộ tệp',
    en: 'Signature does not cover the whole file',
  },
  invalid: { vi: 'Chữ ký số không hợp lệ', en: 'Invalid signature' },
  unsigned: { vi: 'Chưa ký số', en: 'Not signed' },
  unreadable: { vi: 'PDF không đọc được', en: 'Unreadable PDF' },
  'not-pdf': { vi: 'Không phải PDF', en: 'Not a PDF' },
};

export function isSignatureState(value: string): value is SignatureState {
  return (SIGNATURE_STATES as readonly string[]).includes(value);
}
