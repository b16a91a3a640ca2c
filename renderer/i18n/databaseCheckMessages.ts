/** The database's quick check after start-up (issue 16), spread into the main catalogue. */
export const databaseCheckMessages = {
  'dbCheck.failed': {
    vi: 'Kiểm tra nhanh cơ sở dữ liệu khi mở ứng dụng không đạt: dữ liệu có thể đã bị hỏng. Hãy sao lưu ngay rồi vào Cài đặt → Kiểm tra dữ liệu, hoặc khôi phục một bản sao lưu.',
    en: 'The quick check of the database after start-up failed: the data may be damaged. Back up now, then open Settings → Data check, or restore a backup.',
  },
  'dbCheck.status': { vi: 'Kiểm tra nhanh khi mở ứng dụng:', en: 'Quick check after start-up:' },
  'dbCheck.ok': { vi: 'đạt ({ms} ms, lúc {at})', en: 'passed ({ms} ms, at {at})' },
  'dbCheck.running': { vi: 'đang chạy…', en: 'running…' },
  'dbCheck.notRun': { vi: 'chưa chạy', en: 'not run' },
  'dbCheck.failedShort': { vi: 'KHÔNG ĐẠT: {findings}', en: 'FAILED: {findings}' },
} as const satisfies Record<string, { vi: string; en: string }>;
