/**
 * The session book inside a package (issue 13): one payload file at the top of data/, beside the cover
 * sheet, listed in the manifests like every payload file and named in dossier.json under "book". Item
 * folders start at 01-, so the 00- name can never clash with one.
 */
import type { PayloadDigests } from './dossierJson';

export const BOOK_NAME = '00-so-tai-lieu.pdf';

/** dossier.json's "book": where it is, its digest, and that it is a reading copy. */
export function bookEntry(book: { pages: number }, digests: PayloadDigests): Record<string, unknown> {
  const digest = digests.get(BOOK_NAME);
  return {
    book: {
      path: `data/${BOOK_NAME}`,
      pages: book.pages,
      sha256: digest?.sha256 ?? null,
      size: digest?.size ?? null,
      readingCopy: true,
      note: 'Sổ tài liệu: bản để đọc ghép từ các tệp gốc; chữ ký số được kiểm tra trên tệp gốc. / Session book: a reading copy of the originals; signatures are checked on the originals.',
    },
  };
}
