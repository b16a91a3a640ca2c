/**
 * The words printed in the book, Vietnamese first with English beside: why a document is not in it, the
 * reading-copy notice, the stamp.
 */

import type { BOOK_LEFT_OUT_REASONS } from '../../shared/contract/book';

/** Why a document of the plan is listed on the contents but not bound into the book. */
export type LeftOutReason = (typeof BOOK_LEFT_OUT_REASONS)[number];

export const LEFT_OUT_TEXT: Record<LeftOutReason, { vi: string; en: string }> = {
  missing: { vi: 'tệp đã mất khỏi kho lưu trữ', en: 'the file is gone from the store' },
  changed: {
    vi: 'tệp trong kho không còn khớp mã SHA-256 đã ghi',
    en: 'the stored file no longer matches its SHA-256',
  },
  'not-pdf': { vi: 'không phải tệp PDF', en: 'not a PDF file' },
  encrypted: { vi: 'PDF được mã hoá (có mật khẩu)', en: 'the PDF is encrypted' },
  damaged: { vi: 'PDF bị hỏng, không đọc được', en: 'the PDF is damaged' },
  'no-pages': { vi: 'PDF không có trang nào', en: 'the PDF has no pages' },
};

export const READING_COPY_NOTICE = {
  vi: 'BẢN ĐỂ ĐỌC. Sổ này được ghép từ các tệp gốc lưu trong kho của ứng dụng để tiện đọc; các tệp gốc đã ký số không bị sửa đổi. Chữ ký số chỉ được kiểm tra trên tệp gốc (trong ứng dụng hoặc trong gói hồ sơ), không kiểm tra trên sổ này.',
  en: 'READING COPY. This book was assembled from the original files kept in the app’s store, for reading; the signed originals are not altered. Digital signatures are checked on the original files (in the app or in the package), not on this book.',
};

/** The stamp in each page's margin, up to the total page count (drawn once for the whole book). */
export function stampPrefix(itemPosition: number | null, page: number): string {
  const item = itemPosition === null ? '' : ` · Nội dung ${itemPosition}`;
  return `Sổ tài liệu${item} · Trang ${page}/`;
}
