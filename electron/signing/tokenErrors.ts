import { AppError, appError } from '../../shared/errors/appError';
import type { TokenFailure } from './tokenProtocol';

type TokenErrorKind = TokenFailure | 'timeout' | 'crashed' | 'no-module' | 'key-usage' | 'unsupported-key';

const MESSAGES: Record<TokenErrorKind, [string, string]> = {
  'module-unloadable': [
    'Không nạp được thư viện PKCS#11 đã chọn. Hãy kiểm tra đường dẫn trong Cài đặt › Chữ ký số và trình điều khiển token đã được cài.',
    'The chosen PKCS#11 module could not be loaded. Check its path in Settings › Digital signatures and that the token driver is installed.',
  ],
  'token-not-found': [
    'Không thấy token (USB ký số). Hãy cắm token rồi thử lại.',
    'No token (signing USB key) was found. Plug it in and try again.',
  ],
  'certificate-not-found': [
    'Không thấy chứng thư số đã chọn trên token.',
    'The chosen certificate is not on the token.',
  ],
  'key-not-found': [
    'Token không có khóa bí mật đi cùng chứng thư số đã chọn.',
    'The token holds no private key for the chosen certificate.',
  ],
  'pin-incorrect': [
    'Mã PIN không đúng; tệp không bị thay đổi. Lưu ý: nhập sai nhiều lần token sẽ bị khóa.',
    'Wrong PIN; the file was not changed. Note: too many wrong PINs lock the token.',
  ],
  'pin-locked': [
    'Token đã bị khóa do nhập sai PIN quá số lần cho phép; tệp không bị thay đổi. Hãy liên hệ tổ chức cung cấp chữ ký số để mở khóa.',
    'The token is locked after too many wrong PINs; the file was not changed. Contact the certificate provider to unlock it.',
  ],
  'pin-invalid': [
    'Mã PIN không hợp lệ (sai độ dài hoặc ký tự).',
    'The PIN is not valid (wrong length or characters).',
  ],
  'token-removed': [
    'Token đã bị rút ra hoặc mất kết nối trong khi ký. Tệp không bị thay đổi; hãy cắm lại token và ký lại.',
    'The token was removed or disconnected while signing. The file was not changed; plug it back in and sign again.',
  ],
  'mechanism-unsupported': [
    'Token không hỗ trợ thuật toán ký cần dùng cho khóa này.',
    'The token does not support the signing algorithm this key needs.',
  ],
  failed: ['Token báo lỗi khi ký.', 'The token reported an error while signing.'],
  timeout: [
    'Token không phản hồi sau 2 phút. Tệp không bị thay đổi.',
    'The token did not answer within 2 minutes. The file was not changed.',
  ],
  crashed: [
    'Trình điều khiển token bị lỗi và đã dừng. Ứng dụng vẫn chạy bình thường; tệp không bị thay đổi. Hãy rút, cắm lại token và thử lại.',
    'The token driver crashed and stopped. The app is unaffected and the file was not changed. Re-plug the token and try again.',
  ],
  'no-module': [
    'Chưa chọn thư viện PKCS#11 của token (Cài đặt › Chữ ký số).',
    'No PKCS#11 token module chosen yet (Settings › Digital signatures).',
  ],
  'key-usage': [
    'Chứng thư số này không được phép dùng để ký văn bản (thiếu digitalSignature / nonRepudiation); tệp không bị thay đổi. Hãy chọn chứng thư ký số khác.',
    'This certificate may not sign documents (no digitalSignature / nonRepudiation key usage); the file was not changed. Choose another signing certificate.',
  ],
  'unsupported-key': [
    'Khóa của chứng thư này không phải RSA hay ECDSA P-256: chưa hỗ trợ.',
    'The certificate key is neither RSA nor ECDSA P-256: not supported.',
  ],
};

/** The signing dialog's field a failure is about (the form marks it), when it is about one. */
const FIELD_OF: Partial<Record<TokenErrorKind, 'pin' | 'certificateId'>> = {
  'pin-incorrect': 'pin',
  'pin-invalid': 'pin',
  'pin-locked': 'pin',
  'certificate-not-found': 'certificateId',
  'key-not-found': 'certificateId',
  'key-usage': 'certificateId',
  'unsupported-key': 'certificateId',
};

/** The bilingual error for a token failure; `detail` keeps the driver's words for the log, never the PIN. */
export function tokenError(kind: TokenErrorKind, detail?: string): AppError {
  const [vi, en] = MESSAGES[kind];
  const code = kind.startsWith('token-') ? kind : `token-${kind}`;
  const field = FIELD_OF[kind];
  const details = { ...(detail ? { detail } : {}), ...(field ? { field } : {}) };
  return appError(code, vi, en, Object.keys(details).length > 0 ? details : undefined);
}

export function isTokenError(error: unknown): error is AppError {
  return error instanceof AppError && error.code.startsWith('token-');
}
