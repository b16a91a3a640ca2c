/** Strings of the session book (sổ tài liệu, issue 13), spread into the main catalogue. */
export const bookMessages = {
  'book.make': { vi: 'Tạo sổ tài liệu', en: 'Make the book' },
  'book.title.meeting': { vi: 'Sổ tài liệu của cuộc họp', en: 'Book of the meeting' },
  'book.title.item': { vi: 'Sổ tài liệu của nội dung trình', en: 'Book of the agenda item' },
  'book.intro': {
    vi: 'Ghép mọi tài liệu PDF theo thứ tự chương trình và danh mục hồ sơ thành một tệp PDF: bìa, mục lục, mỗi trang đóng dấu "Trang x/y" và số nội dung ở lề dưới, có mục lục điện tử (bookmark). Đây là bản để đọc: các tệp gốc đã ký không bị sửa đổi.',
    en: 'Binds every PDF, in agenda and checklist order, into one PDF: a cover, contents, each page stamped "Trang x/y" with the item number in the bottom margin, with bookmarks. It is a reading copy: the signed originals are not altered.',
  },
  'book.leftOutNote': {
    vi: 'Tệp không phải PDF, PDF mã hoá, hỏng hoặc đã mất khỏi kho được liệt kê trong mục lục kèm lý do và mã SHA-256.',
    en: 'Non-PDF files and encrypted, damaged or missing PDFs are listed in the contents with the reason and their SHA-256.',
  },
  'book.start': { vi: 'Tạo sổ', en: 'Make it' },
  'book.working': { vi: 'Đang tạo sổ tài liệu…', en: 'Making the book…' },
  'book.progress': {
    vi: '{done}/{total} tài liệu — {pages} trang',
    en: '{done}/{total} documents — {pages} {pages:page|pages}',
  },
  'book.cancel': { vi: 'Hủy tạo sổ', en: 'Cancel' },
  'book.cancelled': { vi: 'Đã hủy; không có tệp nào được ghi.', en: 'Cancelled; no file was written.' },
  'book.done': { vi: 'Đã tạo sổ tài liệu.', en: 'The book was made.' },
  'book.pages': { vi: 'Số trang', en: 'Pages' },
  'book.bound': { vi: 'Tài liệu trong sổ', en: 'Documents bound in' },
  'book.leftOut': { vi: 'Không đưa vào sổ', en: 'Left out' },
  'book.open': { vi: 'Mở sổ', en: 'Open the book' },
  'book.download': { vi: 'Tải sổ về máy', en: 'Download the book' },
  'book.reason.missing': { vi: 'tệp đã mất khỏi kho lưu trữ', en: 'the file is gone from the store' },
  'book.reason.changed': {
    vi: 'tệp trong kho không còn khớp mã SHA-256 đã ghi',
    en: 'the stored file no longer matches its SHA-256',
  },
  'book.reason.not-pdf': { vi: 'không phải tệp PDF', en: 'not a PDF file' },
  'book.reason.encrypted': { vi: 'PDF được mã hoá (có mật khẩu)', en: 'the PDF is encrypted' },
  'book.reason.damaged': { vi: 'PDF bị hỏng, không đọc được', en: 'the PDF is damaged' },
  'book.reason.no-pages': { vi: 'PDF không có trang nào', en: 'the PDF has no pages' },
  'book.includeInPackage': {
    vi: 'Kèm sổ tài liệu (một PDF đánh số, bản để đọc) trong gói: 00-so-tai-lieu.pdf',
    en: 'Include the book (one numbered PDF, a reading copy) in the package: 00-so-tai-lieu.pdf',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
