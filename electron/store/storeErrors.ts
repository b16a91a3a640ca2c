/** The attachment store's errors, in both languages, naming the file the user picked. */
import { type AppError, appError } from '../../shared/errors/appError';

const GB = 1024 ** 3;

function sizeText(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${bytes} byte`;
}

export const storeErrors = {
  sourceMissing: (name: string): AppError =>
    appError(
      'attachment-source-missing',
      `Không tìm thấy tệp "${name}". Tệp có thể đã bị di chuyển, đổi tên hoặc xoá. Không có gì được lưu.`,
      `The file "${name}" was not found. It may have been moved, renamed or deleted. Nothing was saved.`,
      { name },
    ),
  notAFile: (name: string): AppError =>
    appError(
      'attachment-not-a-file',
      `"${name}" là thư mục hoặc không phải tệp thông thường, không đính kèm được.`,
      `"${name}" is a folder or not a regular file and cannot be attached.`,
      { name },
    ),
  /**
   * Zero-byte files are refused: an empty document is never a valid part of a dossier, and is almost
   * always a failed download or an interrupted copy that the user should redo.
   */
  empty: (name: string): AppError =>
    appError(
      'attachment-empty',
      `Tệp "${name}" rỗng (0 byte): không có nội dung để đính kèm. Hãy kiểm tra lại tệp gốc (có thể tải xuống hoặc sao chép chưa xong).`,
      `The file "${name}" is empty (0 bytes): there is nothing to attach. Check the original (a download or copy may not have finished).`,
      { name },
    ),
  tooLarge: (name: string, size: number, max: number): AppError =>
    appError(
      'attachment-too-large',
      `Tệp "${name}" (${sizeText(size)}) vượt giới hạn ${sizeText(max)} cho một tệp đính kèm.`,
      `The file "${name}" (${sizeText(size)}) exceeds the ${sizeText(max)} limit for one attachment.`,
      { name, size, max },
    ),
  vanished: (name: string): AppError =>
    appError(
      'attachment-source-vanished',
      `Tệp "${name}" đã bị xoá hoặc di chuyển trong khi đang sao chép. Không có gì được lưu; hãy đính kèm lại.`,
      `The file "${name}" was deleted or moved while it was being copied. Nothing was saved; attach it again.`,
      { name },
    ),
  changed: (name: string, expected: number, copied: number): AppError =>
    appError(
      'attachment-source-changed',
      `Tệp "${name}" bị thay đổi trong khi đang sao chép (${expected} byte lúc bắt đầu, đọc được ${copied}). Không có gì được lưu; hãy đóng chương trình đang ghi tệp rồi đính kèm lại.`,
      `The file "${name}" changed while it was being copied (${expected} bytes at the start, ${copied} read). Nothing was saved; close the program writing it and attach it again.`,
      { name, expected, copied },
    ),
  diskFull: (name: string): AppError =>
    appError(
      'store-disk-full',
      `Ổ đĩa chứa dữ liệu đã đầy khi sao chép "${name}". Không có gì được lưu; hãy giải phóng dung lượng rồi thử lại.`,
      `The data disk became full while copying "${name}". Nothing was saved; free some space and try again.`,
      { name },
    ),
  unreadable: (name: string, code: string): AppError =>
    appError(
      'attachment-source-unreadable',
      `Không đọc được tệp "${name}" (${code}). Tệp có thể đang bị chương trình khác khoá hoặc không có quyền đọc.`,
      `Cannot read the file "${name}" (${code}). Another program may be locking it, or it is not readable.`,
      { name, code },
    ),
  copyFailed: (name: string, code: string): AppError =>
    appError(
      'attachment-copy-failed',
      `Sao chép tệp "${name}" vào kho dữ liệu không thành công (${code}). Không có gì được lưu.`,
      `Copying "${name}" into the data store failed (${code}). Nothing was saved.`,
      { name, code },
    ),
};

export function errnoOf(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
