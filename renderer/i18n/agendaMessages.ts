/** Strings of the deadline agenda (Lịch hạn, issue 11), spread into the main catalogue. */
export const agendaMessages = {
  'rules.leaderOpinionCap': {
    vi: 'Hạn xin ý kiến không muộn hơn hạn nộp bản ký, đóng dấu của cùng phiên họp (ý kiến phải có trước khi ký)',
    en: "The opinion is due no later than the same session's signed-documents deadline (sought before signing)",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
