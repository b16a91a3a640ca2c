/**
 * Lịch hạn: the kinds of dated duty the agenda gathers. One list, so the screen's filters, the CLI's
 * `rule` field, the .ics categories and the per-kind warning thresholds all read the same names.
 * `opinion-request` (the §3a/§3b register of opinions the agency is asked for) is named here so that
 * the register's source can join the agenda with one line in electron/app/services/agenda/sources.
 */
export const AGENDA_KINDS = [
  'signed-documents',
  'leader-opinion',
  'coordination-answer',
  'task-deadline',
  'task-extension-report',
  'monthly-report',
  'plan-step',
  'opinion-request',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export function isAgendaKind(text: string): text is AgendaKind {
  return (AGENDA_KINDS as readonly string[]).includes(text);
}

/** What is due, as a row's heading says it. */
export const AGENDA_KIND_LABELS: Readonly<Record<AgendaKind, { vi: string; en: string }>> = {
  'signed-documents': { vi: 'Nộp bản ký, đóng dấu', en: 'Signed documents due' },
  'leader-opinion': { vi: 'Xin ý kiến Chủ tịch, Phó Chủ tịch', en: "Leaders' opinion due" },
  'coordination-answer': { vi: 'Chờ ý kiến phối hợp', en: 'Coordination answer due' },
  'task-deadline': { vi: 'Hạn nhiệm vụ được giao', en: 'Assigned task due' },
  'task-extension-report': { vi: 'Báo cáo xin gia hạn nhiệm vụ', en: 'Task extension report due' },
  'monthly-report': { vi: 'Báo cáo chương trình công tác tháng', en: 'Monthly work-program report due' },
  'plan-step': { vi: 'Bước kế hoạch chi tiết', en: 'Work-program plan step due' },
  'opinion-request': { vi: 'Trả lời xin ý kiến', en: 'Opinion requested of the agency due' },
};

/**
 * Where a duty stands: `pending` (not done, due date not passed), `overdue` (not done, passed), `done`
 * (done by its due date and time), `done-late` (done after it).
 */
export const AGENDA_STATES = ['pending', 'overdue', 'done', 'done-late'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];
