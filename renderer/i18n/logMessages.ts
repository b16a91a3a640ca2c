/** Strings of the app's log (Settings › Chung), spread into messages.ts. */
export const logMessages = {
  'settings.logFolder': { vi: 'Nhật ký hoạt động', en: 'Log folder' },
  'settings.logFolder.open': { vi: 'Mở thư mục nhật ký', en: 'Open the log folder' },
  'settings.logFolder.hint': {
    vi: 'Khi báo lỗi cho bộ phận tin học, hãy gửi kèm tệp main.log và mã lỗi (dạng E-XXXXXX). Nhật ký không chứa mã PIN, khóa truy cập hay nội dung văn bản.',
    en: 'When reporting a problem to IT, send main.log with the error id (E-XXXXXX). The log holds no PINs, access tokens or document contents.',
  },
} as const;
