import { type AppErrorData, appError } from '../../shared/errors/appError';

/** The PDF module's errors as values: one constructor per situation a user can meet. */
function data(code: string, vi: string, en: string, detail?: Record<string, unknown>): AppErrorData {
  return appError(code, vi, en, detail).toData();
}

export const pdfErrors = {
  unreadable: (reason: string) =>
    data('pdf.unreadable', 'Không đọc được tệp.', 'The file could not be read.', { reason }),
  empty: () =>
    data('pdf.empty', 'Tệp rỗng (0 byte), không phải PDF.', 'The file is empty (0 bytes), not a PDF.'),
  notPdf: () =>
    data(
      'pdf.notPdf',
      'Tệp không phải PDF (thiếu phần đầu %PDF-).',
      'The file is not a PDF (no %PDF- header).',
    ),
  truncated: () =>
    data(
      'pdf.truncated',
      'Tệp PDF bị cắt cụt (thiếu %%EOF ở cuối tệp).',
      'The PDF is truncated (no %%EOF at the end of the file).',
    ),
  damaged: (reason: string) =>
    data(
      'pdf.damaged',
      'Tệp PDF bị hỏng, không đọc được cấu trúc.',
      'The PDF is damaged; its structure cannot be read.',
      {
        reason,
      },
    ),
  encrypted: () =>
    data(
      'pdf.encrypted',
      'Tệp PDF được mã hóa; nội dung có thể không mở được nếu không có mật khẩu.',
      'The PDF is encrypted; its content may not open without a password.',
    ),
  tooLargeToCount: (size: number, cap: number) =>
    data(
      'pdf.pagesApproximate',
      'Tệp PDF quá lớn để phân tích đầy đủ; số trang được ước lượng hoặc không xác định.',
      'The PDF is too large to parse fully; the page count is estimated or unknown.',
      { size, cap },
    ),
  tooManySignatures: (found: number, checked: number) =>
    data(
      'pdf.tooManySignatures',
      `Tệp khai báo ${found} vùng ký khác nhau; chỉ ${checked} vùng đầu được kiểm tra. Tệp có thể đã bị làm giả.`,
      `The file declares ${found} distinct signed ranges; only the first ${checked} were checked. The file may be forged.`,
      { found, checked },
    ),
  signatureUnreadable: (reason: string) =>
    data(
      'pdf.signature.unreadable',
      'Không đọc được chữ ký số (dữ liệu CMS/PKCS#7 hỏng).',
      'The digital signature cannot be read (damaged CMS/PKCS#7 data).',
      { reason },
    ),
  signatureUnsupported: (what: string) =>
    data(
      'pdf.signature.unsupported',
      'Kiểu chữ ký số này chưa được hỗ trợ kiểm tra.',
      'This kind of digital signature cannot be checked yet.',
      { what },
    ),
  byteRangeInvalid: (reason: string) =>
    data(
      'pdf.signature.byteRangeInvalid',
      'Vùng byte được ký (/ByteRange) không hợp lệ với tệp này.',
      'The signed byte range (/ByteRange) does not fit this file.',
      { reason },
    ),
  stampPageMissing: (page: number, pages: number) =>
    data(
      'pdf.stampPageMissing',
      `Không có trang ${page} để đặt hình chữ ký (tệp có ${pages} trang).`,
      `There is no page ${page} for the signature stamp (the file has ${pages} pages).`,
      { page, pages },
    ),
  signFailed: (reason: string) =>
    data('pdf.sign.failed', 'Không ký được tệp PDF.', 'The PDF could not be signed.', { reason }),
};
