/**
 * Căn cứ đề nghị điều chỉnh, bổ sung chương trình công tác: the four grounds of directive §2b on which an
 * agency may ask the Chairman to adjust or add to its work program. The Vietnamese labels restore the
 * directive's wording with its diacritics; the letter quotes them verbatim.
 */
export const ADJUSTMENT_GROUNDS = [
  'direction',
  'objective-cause',
  'practical-needs',
  'legal-document-program',
] as const;
export type AdjustmentGround = (typeof ADJUSTMENT_GROUNDS)[number];

export const ADJUSTMENT_GROUND_LABELS: Record<AdjustmentGround, { vi: string; en: string }> = {
  direction: {
    vi: 'Có chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh hoặc của cấp có thẩm quyền',
    en: 'Direction of the Provincial People’s Committee, its Chairman or a Vice-Chairman, or of a competent level',
  },
  'objective-cause': {
    vi: 'Có nguyên nhân khách quan, bất khả kháng và tình huống cấp bách phát sinh trong quá trình triển khai thực hiện',
    en: 'An objective cause, force majeure or an urgent situation arising during implementation',
  },
  'practical-needs': {
    vi: 'Do yêu cầu thực tiễn của công tác chỉ đạo, điều hành của ngành, lĩnh vực, địa phương',
    en: 'Practical needs of direction and administration in the sector, field or locality',
  },
  'legal-document-program': {
    vi: 'Việc bổ sung, điều chỉnh chương trình xây dựng văn bản quy phạm pháp luật theo quy định của pháp luật về ban hành văn bản quy phạm pháp luật',
    en: 'Adding to or adjusting the legal-normative-document program under the law on promulgating legal normative documents',
  },
};

export function isAdjustmentGround(value: string): value is AdjustmentGround {
  return (ADJUSTMENT_GROUNDS as readonly string[]).includes(value);
}

/** Điều chỉnh (change month or content), bổ sung (add a new item), or rút (withdraw). */
export const ADJUSTMENT_KINDS = ['reschedule', 'add', 'withdraw', 'amend'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, { vi: string; en: string }> = {
  reschedule: { vi: 'Điều chỉnh thời gian trình', en: 'Change the submission month' },
  add: { vi: 'Bổ sung nội dung', en: 'Add an item' },
  withdraw: { vi: 'Rút khỏi chương trình', en: 'Withdraw from the program' },
  amend: { vi: 'Điều chỉnh nội dung', en: 'Amend the content' },
};
