/**
 * Loại nội dung trình: what an agenda item submits. The kind picks the checklist template (DOMAIN.md,
 * "The dossier"); the order is the order shown in pickers.
 */
export const CONTENT_KINDS = [
  'legal-normative', // Văn bản quy phạm pháp luật
  'individual-decision', // Quyết định cá biệt, chủ trương
  'report-plan-scheme', // Báo cáo, kế hoạch, đề án
  'other', // Khác
] as const;

export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_KIND_LABELS: Record<ContentKind, { vi: string; en: string }> = {
  'legal-normative': { vi: 'Văn bản quy phạm pháp luật', en: 'Legal normative document' },
  'individual-decision': { vi: 'Quyết định cá biệt, chủ trương', en: 'Individual decision or policy' },
  'report-plan-scheme': { vi: 'Báo cáo, kế hoạch, đề án', en: 'Report, plan or scheme' },
  other: { vi: 'Nội dung khác', en: 'Other' },
};

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}
