/**
 * How argument fields are named in error messages, so that "title: must not be empty" reads
 * "Nội dung / tiêu đề: không được để trống" for a Vietnamese user. Unknown fields keep their key.
 */
export const FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  name: { vi: 'Tên cơ quan, đơn vị', en: 'Agency name' },
  code: { vi: 'Ký hiệu viết tắt', en: 'Short code' },
  officeHoursEnd: { vi: 'Giờ kết thúc làm việc', en: 'End of office hours' },
  kind: { vi: 'Loại', en: 'Kind' },
  viceChairman: { vi: 'Phó Chủ tịch chủ trì', en: 'Chairing Vice-Chairman' },
  date: { vi: 'Ngày', en: 'Date' },
  time: { vi: 'Giờ', en: 'Time' },
  place: { vi: 'Địa điểm', en: 'Place' },
  chair: { vi: 'Người chủ trì', en: 'Chair' },
  title: { vi: 'Nội dung / tiêu đề', en: 'Title' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
};
