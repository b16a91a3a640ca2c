/**
 * Whether the files of a checklist entry carry what the entry needs. Pure: takes the PDF facts stored
 * with each blob and says, per entry, which warnings to show (an entry that must be signed and stamped
 * whose PDF has no valid digital signature covering the whole file).
 */

export interface SignatureFactView {
  signerName: string | null;
  signingTime: string | null;
  coversWholeFile: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
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
  | 'no-signed-pdf'
  | 'marked-signed-without-file';

export interface EntryWarning {
  code: EntryWarningCode;
  attachmentId: number | null;
  vi: string;
  en: string;
}

/** A signature the app accepts: the signed bytes are the whole file and the CMS checks out. */
export function isValidWholeFileSignature(s: SignatureFactView): boolean {
  return s.coversWholeFile && s.digestMatches && s.signatureValid;
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
    if (a.signatures.some(isValidWholeFileSignature)) {
      anyValid = true;
      continue;
    }
    if (a.signatures.length === 0) {
      warnings.push({
        code: 'unsigned-pdf',
        attachmentId: a.attachmentId,
        vi: `Tệp "${a.name}" chưa có chữ ký số, trong khi "${entry.label}" phải là bản ký, đóng dấu.`,
        en: `"${a.name}" carries no digital signature, but "${entry.label}" must be signed and stamped.`,
      });
    } else if (a.signatures.some((s) => s.digestMatches && s.signatureValid && !s.coversWholeFile)) {
      warnings.push({
        code: 'signature-not-whole-file',
        attachmentId: a.attachmentId,
        vi: `Chữ ký số trong tệp "${a.name}" không bao trùm toàn bộ tệp: tệp đã bị sửa hoặc bổ sung sau khi ký.`,
        en: `The signature in "${a.name}" does not cover the whole file: it was changed or extended after signing.`,
      });
    } else {
      warnings.push({
        code: 'signature-invalid',
        attachmentId: a.attachmentId,
        vi: `Chữ ký số trong tệp "${a.name}" không hợp lệ (nội dung không khớp với chữ ký).`,
        en: `The signature in "${a.name}" is not valid (the content does not match it).`,
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
