/**
 * Whether the files of a checklist entry carry what the entry needs. Pure: takes the PDF facts stored
 * with each blob and says, per entry, which warnings to show (an entry that must be signed and stamped
 * whose PDF has no trusted digital signature covering the whole file). The verdict words are
 * shared/signatures/trust.ts's: trusted, valid but not trusted, invalid.
 */
import {
  isTrustedWholeFile,
  isUntrustedWholeFile,
  type JudgedSignature,
  reasonsOf,
  trustOf,
} from '../signatures/trust';

export interface SignatureFactView extends JudgedSignature {
  signerName: string | null;
  signingTime: string | null;
}

export interface AttachmentFacts {
  attachmentId: number;
  name: string;
  isPdf: boolean;
  /** Null when the file is not a PDF or could not be read as one. */
  signatures: readonly SignatureFactView[] | null;
}

export type EntryWarningCode =
  | 'unsigned-pdf'
  | 'signature-not-whole-file'
  | 'signature-invalid'
  | 'signature-untrusted'
  | 'no-signed-pdf'
  | 'marked-signed-without-file';

export interface EntryWarning {
  code: EntryWarningCode;
  attachmentId: number | null;
  vi: string;
  en: string;
}

/**
 * A signature the app accepts without a warning: the signed bytes are the whole file, the CMS checks out,
 * and the certificate chains to an imported anchor (valid at the signing time, not revoked).
 */
export function isTrustedWholeFileSignature(s: SignatureFactView): boolean {
  return isTrustedWholeFile(s);
}

export function entrySignatureWarnings(
  entry: { mustBeSigned: boolean; state: string; label: string },
  attachments: readonly AttachmentFacts[],
): EntryWarning[] {
  if (!entry.mustBeSigned) return [];
  const warnings: EntryWarning[] = [];
  if (attachments.length === 0) {
    if (entry.state === 'signed') {
      warnings.push({
        code: 'marked-signed-without-file',
        attachmentId: null,
        vi: `"${entry.label}" được đánh dấu đã ký nhưng chưa có tệp bản ký đính kèm.`,
        en: `"${entry.label}" is marked signed but no signed file is attached.`,
      });
    }
    return warnings;
  }
  let anyValid = false;
  for (const a of attachments) {
    if (!a.isPdf || a.signatures === null) continue;
    if (a.signatures.some(isTrustedWholeFileSignature)) {
      anyValid = true;
      continue;
    }
    const untrusted = a.signatures.find(isUntrustedWholeFile);
    if (untrusted) {
      const why = reasonsOf(untrusted)[0];
      warnings.push({
        code: 'signature-untrusted',
        attachmentId: a.attachmentId,
        vi: `Chữ ký số trong tệp "${a.name}" hợp lệ nhưng chưa được tin cậy${why ? `: ${why.vi}` : '.'}`,
        en: `The signature in "${a.name}" is valid but not trusted${why ? `: ${why.en}` : '.'}`,
      });
      continue;
    }
    if (a.signatures.length === 0) {
      warnings.push({
        code: 'unsigned-pdf',
        attachmentId: a.attachmentId,
        vi: `Tệp "${a.name}" chưa có chữ ký số, trong khi "${entry.label}" phải là bản ký, đóng dấu.`,
        en: `"${a.name}" carries no digital signature, but "${entry.label}" must be signed and stamped.`,
      });
    } else if (a.signatures.some((s) => trustOf(s) !== 'invalid' && !s.coversWholeFile)) {
      warnings.push({
        code: 'signature-not-whole-file',
        attachmentId: a.attachmentId,
        vi: `Chữ ký số trong tệp "${a.name}" không bao trùm toàn bộ tệp: tệp đã bị sửa hoặc bổ sung sau khi ký.`,
        en: `The signature in "${a.name}" does not cover the whole file: it was changed or extended after signing.`,
      });
    } else {
      const first = a.signatures[0];
      const why = first ? reasonsOf(first)[0] : undefined;
      warnings.push({
        code: 'signature-invalid',
        attachmentId: a.attachmentId,
        vi: `Chữ ký số trong tệp "${a.name}" không hợp lệ${why ? `: ${why.vi}` : '.'}`,
        en: `The signature in "${a.name}" is not valid${why ? `: ${why.en}` : '.'}`,
      });
    }
  }
  if (!anyValid && warnings.length === 0) {
    // Only non-PDF files (a DOCX, a scan as an image): nothing here can prove the signature.
    warnings.push({
      code: 'no-signed-pdf',
      attachmentId: null,
      vi: `"${entry.label}" phải là bản ký, đóng dấu nhưng chưa có tệp PDF có chữ ký số.`,
      en: `"${entry.label}" must be signed and stamped but has no digitally signed PDF.`,
    });
  }
  return anyValid ? [] : warnings;
}
