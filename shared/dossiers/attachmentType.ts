/**
 * Whether a file may be attached to a checklist entry, from what its first bytes are (sniffed on attach,
 * see electron/store/mime.ts) rather than what its name claims: a renamed .exe is not a PDF.
 * Pure: the attach service, the pre-flight and the tests all ask these two functions.
 */

export const PDF_MIME = 'application/pdf';
/** What sniffMime calls a program (Windows PE "MZ", ELF, Mach-O, a script with "#!"). */
export const EXECUTABLE_MIME = 'application/x-executable';

export interface AttachCandidate {
  /** The file's name as the user had it. */
  name: string;
  /** The type sniffed from the first bytes. */
  mime: string;
}

export interface AttachTarget {
  label: string;
  /** Must be signed and stamped: such a document travels as a digitally signed PDF. */
  mustBeSigned: boolean;
}

export interface AttachRefusal {
  code: 'attachment-executable' | 'attachment-not-pdf' | 'attachment-pdf-name-mismatch';
  vi: string;
  en: string;
}

/** A short human name for a sniffed type, for messages ("một chương trình", "an image"). */
export function describeMime(mime: string): { vi: string; en: string } {
  if (mime === PDF_MIME) return { vi: 'tệp PDF', en: 'a PDF' };
  if (mime === EXECUTABLE_MIME) return { vi: 'một chương trình chạy được', en: 'an executable program' };
  if (mime.startsWith('image/')) return { vi: 'một tệp ảnh', en: 'an image' };
  if (mime.includes('wordprocessingml') || mime === 'application/msword')
    return { vi: 'một tệp Word', en: 'a Word document' };
  if (mime.includes('spreadsheetml') || mime === 'application/vnd.ms-excel')
    return { vi: 'một tệp Excel', en: 'an Excel workbook' };
  if (mime === 'application/zip') return { vi: 'một tệp nén', en: 'a zip archive' };
  if (mime === 'text/plain') return { vi: 'một tệp văn bản thuần', en: 'a plain text file' };
  return { vi: 'một tệp không rõ định dạng', en: 'a file of unknown type' };
}

function namesPdf(name: string): boolean {
  return /\.pdf$/i.test(name.trim());
}

/**
 * Null when the file may be attached; otherwise why not. A program is never a dossier document; a file
 * named .pdf must be one; an entry that must be signed takes only a PDF (the signature lives in it).
 */
export function attachRefusal(file: AttachCandidate, entry: AttachTarget): AttachRefusal | null {
  const what = describeMime(file.mime);
  if (file.mime === EXECUTABLE_MIME) {
    return {
      code: 'attachment-executable',
      vi: `"${file.name}" là ${what.vi}, không phải tài liệu của "${entry.label}".`,
      en: `"${file.name}" is ${what.en}, not a document for "${entry.label}".`,
    };
  }
  if (file.mime !== PDF_MIME && namesPdf(file.name)) {
    return {
      code: 'attachment-pdf-name-mismatch',
      vi: `"${file.name}" có đuôi .pdf nhưng nội dung không phải PDF (các byte đầu cho thấy ${what.vi}). Hãy chọn đúng tệp PDF.`,
      en: `"${file.name}" is named .pdf but is not a PDF (its first bytes show ${what.en}). Choose the real PDF.`,
    };
  }
  if (file.mime !== PDF_MIME && entry.mustBeSigned) {
    return {
      code: 'attachment-not-pdf',
      vi: `"${entry.label}" phải là bản ký số (tệp PDF), nhưng "${file.name}" là ${what.vi}.`,
      en: `"${entry.label}" must be a digitally signed PDF, but "${file.name}" is ${what.en}.`,
    };
  }
  return null;
}
