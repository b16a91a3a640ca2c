/**
 * Default checklist templates (mẫu danh mục hồ sơ) per content kind, from the directive as restated in
 * DOMAIN.md (§4c, §1c, §1e). They are only the starting point: each agency edits its own copy in
 * Settings, and an item's checklist is a copy taken when the item is created.
 */
import type { ContentKind } from './contentKinds';

/**
 * 'document': a file to gather and attach. 'content-requirement': something the tờ trình itself must
 * state (legal basis, practical basis, procedure and authority, advisory position), ticked when it does.
 */
export const ENTRY_KINDS = ['document', 'content-requirement'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface TemplateEntryDraft {
  /** Stable code of a standard entry (export folders, reports); null for entries an agency adds. */
  code: string | null;
  label: string;
  entryKind: EntryKind;
  required: boolean;
  /** Bản ký, đóng dấu: the final version must carry the signature and the seal. */
  mustBeSigned: boolean;
}

const doc = (code: string, label: string, required: boolean, mustBeSigned: boolean): TemplateEntryDraft => ({
  code,
  label,
  entryKind: 'document',
  required,
  mustBeSigned,
});

/** The four things every submission must state (§4c), as entries of every template. */
export const CONTENT_REQUIREMENTS: readonly TemplateEntryDraft[] = [
  {
    code: 'legal-basis',
    label: 'Căn cứ pháp lý',
    entryKind: 'content-requirement',
    required: true,
    mustBeSigned: false,
  },
  {
    code: 'practical-basis',
    label: 'Căn cứ thực tiễn',
    entryKind: 'content-requirement',
    required: true,
    mustBeSigned: false,
  },
  {
    code: 'procedure-authority',
    label: 'Trình tự, thủ tục và thẩm quyền ban hành',
    entryKind: 'content-requirement',
    required: true,
    mustBeSigned: false,
  },
  {
    code: 'advisory-position',
    label: 'Ý kiến tham mưu, đề xuất rõ ràng',
    entryKind: 'content-requirement',
    required: true,
    mustBeSigned: false,
  },
];

const SUBMISSION = doc('submission', 'Tờ trình', true, true);
const COORDINATION = doc('coordination-opinions', 'Ý kiến của các cơ quan phối hợp', true, false);

export const DEFAULT_TEMPLATES: Readonly<Record<ContentKind, readonly TemplateEntryDraft[]>> = {
  'legal-normative': [
    SUBMISSION,
    doc('draft', 'Dự thảo văn bản quy phạm pháp luật', true, false),
    doc('appraisal-report', 'Báo cáo thẩm định của Sở Tư pháp', true, true),
    doc('comment-synthesis', 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý', true, false),
    doc('impact-assessment', 'Báo cáo đánh giá tác động của chính sách', true, false),
    COORDINATION,
    ...CONTENT_REQUIREMENTS,
  ],
  'individual-decision': [
    SUBMISSION,
    doc('draft-decision', 'Dự thảo quyết định', true, false),
    doc('appraisal-opinion', 'Ý kiến thẩm định hoặc thẩm tra (nếu phải thẩm định)', false, true),
    COORDINATION,
    ...CONTENT_REQUIREMENTS,
  ],
  'report-plan-scheme': [
    SUBMISSION,
    doc('main-document', 'Báo cáo / kế hoạch / đề án', true, false),
    doc('opinions', 'Ý kiến góp ý của các cơ quan, đơn vị', true, false),
    ...CONTENT_REQUIREMENTS,
  ],
  other: [SUBMISSION, doc('documents', 'Tài liệu kèm theo', false, false), ...CONTENT_REQUIREMENTS],
};
