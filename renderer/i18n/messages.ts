/**
 * Every string the interface shows, Vietnamese first, English beside it. Keys are grouped by screen.
 * Placeholders are written {name} and filled by t(key, { name }).
 */
export const messages = {
  'app.title': { vi: 'Hồ sơ trình họp', en: 'Meeting dossiers' },
  'app.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'app.language': { vi: 'Ngôn ngữ', en: 'Language' },
  'app.browserMode': { vi: 'Chế độ trình duyệt', en: 'Browser mode' },
  'app.today': { vi: 'Hôm nay', en: 'Today' },

  'nav.dashboard': { vi: 'Tổng quan', en: 'Dashboard' },
  'nav.meetings': { vi: 'Cuộc họp', en: 'Meetings' },
  'nav.dossiers': { vi: 'Hồ sơ trình', en: 'Dossiers' },
  'nav.workProgram': { vi: 'Chương trình công tác', en: 'Work program' },
  'nav.tasks': { vi: 'Nhiệm vụ được giao', en: 'Assigned tasks' },
  'nav.settings': { vi: 'Cài đặt', en: 'Settings' },

  'setup.title': { vi: 'Thiết lập ban đầu', en: 'First-run setup' },
  'setup.intro': {
    vi: 'Khai báo cơ quan, đơn vị sử dụng ứng dụng. Dữ liệu được lưu trên máy này, tại:',
    en: 'Enter the agency that uses this app. Data is kept on this computer, in:',
  },
  'setup.name': { vi: 'Tên cơ quan, đơn vị', en: 'Agency name' },
  'setup.namePlaceholder': { vi: 'Ví dụ: Sở Tư pháp', en: 'e.g. Department of Justice' },
  'setup.code': { vi: 'Ký hiệu viết tắt', en: 'Short code' },
  'setup.codePlaceholder': { vi: 'Ví dụ: STP', en: 'e.g. STP' },
  'setup.preset': { vi: 'Bộ quy tắc', en: 'Rule preset' },
  'setup.preset.default-53-2022': {
    vi: 'Mặc định — Quy chế làm việc (QĐ 53/2022/QĐ-UBND)',
    en: 'Default — Working Regulations (Decision 53/2022/QĐ-UBND)',
  },
  'setup.officeHoursEnd': { vi: 'Giờ kết thúc làm việc', en: 'End of office hours' },
  'setup.submit': { vi: 'Bắt đầu sử dụng', en: 'Start' },

  'meetings.title': { vi: 'Cuộc họp', en: 'Meetings' },
  'meetings.new': { vi: 'Thêm cuộc họp', en: 'New meeting' },
  'meetings.empty': {
    vi: 'Chưa có cuộc họp nào. Nhấn "Thêm cuộc họp" (phím N) để bắt đầu.',
    en: 'No meetings yet. Press "New meeting" (key N) to start.',
  },
  'meetings.upcoming': { vi: 'Sắp tới', en: 'Upcoming' },
  'meetings.past': { vi: 'Đã qua', en: 'Past' },
  'meetings.showCancelled': { vi: 'Hiện cuộc họp đã hủy', en: 'Show cancelled meetings' },
  'meetings.edit': { vi: 'Sửa', en: 'Edit' },
  'meetings.cancel': { vi: 'Hủy họp', en: 'Cancel meeting' },
  'meetings.cancelConfirm': {
    vi: 'Hủy cuộc họp "{title}"? Cuộc họp vẫn được lưu để tra cứu.',
    en: 'Cancel the meeting "{title}"? It stays on record.',
  },
  'meetings.cancelled': { vi: 'Đã hủy', en: 'Cancelled' },
  'meetings.saved': { vi: 'Đã lưu cuộc họp.', en: 'Meeting saved.' },
  'meetings.col.date': { vi: 'Ngày họp', en: 'Date' },
  'meetings.col.kind': { vi: 'Loại', en: 'Kind' },
  'meetings.col.title': { vi: 'Nội dung', en: 'Title' },
  'meetings.col.chair': { vi: 'Chủ trì', en: 'Chair' },
  'meetings.col.place': { vi: 'Địa điểm', en: 'Place' },

  'meetingForm.titleNew': { vi: 'Thêm cuộc họp', en: 'New meeting' },
  'meetingForm.titleEdit': { vi: 'Sửa cuộc họp', en: 'Edit meeting' },
  'meetingForm.kind': { vi: 'Loại cuộc họp', en: 'Meeting kind' },
  'meetingForm.viceChairman': { vi: 'Phó Chủ tịch chủ trì', en: 'Chairing Vice-Chairman' },
  'meetingForm.date': { vi: 'Ngày họp (dd/mm/yyyy)', en: 'Date (dd/mm/yyyy)' },
  'meetingForm.time': { vi: 'Giờ (HH:mm)', en: 'Time (HH:mm)' },
  'meetingForm.place': { vi: 'Địa điểm', en: 'Place' },
  'meetingForm.chair': { vi: 'Người chủ trì', en: 'Chair' },
  'meetingForm.title': { vi: 'Nội dung / tiêu đề', en: 'Title' },
  'meetingForm.notes': { vi: 'Ghi chú', en: 'Notes' },
  'meetingForm.save': { vi: 'Lưu', en: 'Save' },
  'meetingForm.close': { vi: 'Đóng', en: 'Close' },
  'meetingForm.badDate': {
    vi: 'Ngày "{text}" không đúng dạng dd/mm/yyyy.',
    en: 'The date "{text}" is not in the form dd/mm/yyyy.',
  },

  'meetingKind.ppc': { vi: 'Phiên họp UBND tỉnh thường kỳ', en: 'PPC regular session' },
  'meetingKind.ppc-thematic': { vi: 'Phiên họp UBND tỉnh chuyên đề', en: 'PPC thematic session' },
  'meetingKind.chairman': { vi: 'Làm việc với Chủ tịch', en: 'Chairman working session' },
  'meetingKind.vice-chairman': { vi: 'Làm việc với Phó Chủ tịch', en: 'Vice-Chairman working session' },
  'meetingKind.party-committee': {
    vi: 'Họp Ban cán sự đảng UBND tỉnh',
    en: 'Party Affairs Committee session',
  },
  'meetingKind.other': { vi: 'Khác', en: 'Other' },

  'dashboard.title': { vi: 'Tổng quan', en: 'Dashboard' },
  'dashboard.nextMeetings': { vi: 'Cuộc họp sắp tới', en: 'Next meetings' },
  'dashboard.none': { vi: 'Không có cuộc họp sắp tới.', en: 'No upcoming meetings.' },
  'dashboard.inDays': { vi: 'còn {n} ngày', en: 'in {n} days' },
  'dashboard.todayMeeting': { vi: 'hôm nay', en: 'today' },

  'settings.title': { vi: 'Cài đặt', en: 'Settings' },
  'settings.agency': { vi: 'Cơ quan', en: 'Agency' },
  'settings.dataLocation': { vi: 'Nơi lưu dữ liệu', en: 'Data location' },
  'settings.database': { vi: 'Tệp cơ sở dữ liệu', en: 'Database file' },
  'settings.version': { vi: 'Phiên bản', en: 'Version' },

  'placeholder.notYet': {
    vi: 'Màn hình này thuộc một phần chưa được xây dựng trong phiên bản này.',
    en: 'This screen belongs to a part not built in this version yet.',
  },

  'error.title': { vi: 'Không thực hiện được', en: 'Could not complete' },
  'error.dbRefused': { vi: 'Không mở được dữ liệu', en: 'Cannot open the data' },
  'common.dismiss': { vi: 'Đóng', en: 'Dismiss' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof messages;
