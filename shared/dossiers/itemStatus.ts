/**
 * Trạng thái nội dung trình: the life of an agenda item, and which moves between states are allowed.
 * The main line runs forward, and steps may be skipped (not every matter needs appraisal or coordinating
 * opinions); going back is one step at a time (a draft sent back by the appraising agency, a wrong
 * click). Withdrawn (rút) and struck (bị loại khỏi chương trình) end the item from any state of the main
 * line, and a withdrawn or struck item can only be reopened as a draft.
 */
export const AGENDA_ITEM_STATUSES = [
  'drafting', // Đang soạn thảo
  'under-appraisal', // Đang thẩm định / thẩm tra
  'awaiting-coordination', // Chờ ý kiến phối hợp
  'awaiting-signature', // Chờ ký
  'signed', // Đã ký, đóng dấu
  'submitted', // Đã gửi Văn phòng UBND tỉnh
  'withdrawn', // Rút khỏi chương trình
  'struck', // Bị loại khỏi chương trình họp
] as const;

export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

const MAIN_LINE: readonly AgendaItemStatus[] = [
  'drafting',
  'under-appraisal',
  'awaiting-coordination',
  'awaiting-signature',
  'signed',
  'submitted',
];

export const STATUS_LABELS: Record<AgendaItemStatus, { vi: string; en: string }> = {
  drafting: { vi: 'Đang soạn thảo', en: 'Drafting' },
  'under-appraisal': { vi: 'Đang thẩm định, thẩm tra', en: 'Under appraisal' },
  'awaiting-coordination': { vi: 'Chờ ý kiến phối hợp', en: 'Awaiting coordination opinions' },
  'awaiting-signature': { vi: 'Chờ ký', en: 'Awaiting signature' },
  signed: { vi: 'Đã ký, đóng dấu', en: 'Signed' },
  submitted: { vi: 'Đã gửi Văn phòng UBND tỉnh', en: 'Submitted to the Office' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  struck: { vi: 'Bị loại khỏi chương trình', en: 'Struck from the program' },
};

/** Still being prepared: its deadlines are live and it appears on the dashboard. */
export const OPEN_STATUSES: readonly AgendaItemStatus[] = MAIN_LINE.slice(0, 5);

export function isOpenStatus(status: AgendaItemStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The states an item may move to from `from` (never itself). */
export function allowedTransitions(from: AgendaItemStatus): AgendaItemStatus[] {
  if (from === 'withdrawn' || from === 'struck') return ['drafting'];
  const i = MAIN_LINE.indexOf(from);
  const next: AgendaItemStatus[] = [];
  next.push(...MAIN_LINE.slice(i + 1));
  const back = MAIN_LINE[i - 1];
  if (back) next.push(back);
  // A submitted item can still be withdrawn or struck by the Office; so can any open one.
  next.push('withdrawn', 'struck');
  return next;
}

export function canTransition(from: AgendaItemStatus, to: AgendaItemStatus): boolean {
  return allowedTransitions(from).includes(to);
}
