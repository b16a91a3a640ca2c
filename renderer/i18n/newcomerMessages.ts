/** Strings added by issue 15 (dialogs, field errors, counters, month picker), spread into messages.ts. */
export const newcomerMessages = {
  'confirm.title': { vi: 'Xác nhận', en: 'Please confirm' },
  'confirm.ok': { vi: 'Đồng ý', en: 'OK' },
  'confirm.cancel': { vi: 'Hủy', en: 'Cancel' },
  'field.counter': { vi: '{n}/{max} ký tự', en: '{n}/{max} characters' },
  'field.tooLong': { vi: 'dài quá {max} ký tự', en: 'is longer than {max} {max:character|characters}' },
  'docs.recipientsLine': { vi: 'Nơi nhận, dòng {n}', en: 'Recipients, line {n}' },
  'field.notADate': {
    vi: '"{text}" không phải ngày có thật (dd/mm/yyyy).',
    en: '"{text}" is not a real date (dd/mm/yyyy).',
  },
  'field.errorsTitle': { vi: 'Chưa lưu được — hãy sửa:', en: 'Not saved yet — please fix:' },
  'dashboard.dots.red': { vi: '{n} nội dung mức đỏ (gấp)', en: '{n} {n:item|items} red (urgent)' },
  'dashboard.dots.amber': { vi: '{n} nội dung mức vàng (cần chú ý)', en: '{n} {n:item|items} amber (watch)' },
  'dashboard.dots.green': {
    vi: '{n} nội dung mức xanh (kịp hạn)',
    en: '{n} {n:item|items} green (on track)',
  },
  'monthPicker.prevYear': { vi: 'Năm trước', en: 'Previous year' },
  'monthPicker.nextYear': { vi: 'Năm sau', en: 'Next year' },
  'monthPicker.choose': { vi: 'Chọn tháng', en: 'Choose a month' },
  'monthPicker.clear': { vi: 'Bỏ chọn tháng', en: 'Clear the month' },
} as const satisfies Record<string, { vi: string; en: string }>;
