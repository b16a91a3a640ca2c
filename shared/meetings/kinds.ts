/**
 * Loại cuộc họp: the kinds of meeting an agency prepares for. The kind decides which deadline rules apply
 * (see shared/deadlines). Order is the order shown in pickers.
 */
export const MEETING_KINDS = [
  'ppc', // Phiên họp UBND tỉnh thường kỳ
  'ppc-thematic', // Phiên họp UBND tỉnh chuyên đề
  'chairman', // Buổi làm việc do Chủ tịch chủ trì
  'vice-chairman', // Buổi làm việc do Phó Chủ tịch chủ trì
  'party-committee', // Phiên họp Ban cán sự đảng UBND tỉnh
  'other', // Khác
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

export function isMeetingKind(value: string): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value);
}
