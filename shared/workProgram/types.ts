import type { IsoDate, YearMonth } from './yearMonth';

/**
 * Nơi trình: who the item goes to. PPC session (phiên họp UBND tỉnh), the Chairman (Chủ tịch),
 * a Vice-Chairman (Phó Chủ tịch), or the Party Affairs Committee (Ban cán sự đảng UBND tỉnh).
 */
export const TO_WHOM = ['ppc', 'chairman', 'vice-chairman', 'party-committee'] as const;
export type ToWhom = (typeof TO_WHOM)[number];

export const TO_WHOM_LABELS: Record<ToWhom, { vi: string; en: string }> = {
  ppc: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
  chairman: { vi: 'Chủ tịch UBND tỉnh', en: 'Chairman' },
  'vice-chairman': { vi: 'Phó Chủ tịch UBND tỉnh', en: 'Vice-Chairman' },
  'party-committee': { vi: 'Ban cán sự đảng UBND tỉnh', en: 'Party Affairs Committee' },
};

/** Trạng thái nội dung trong chương trình công tác. */
export const WORK_PROGRAM_STATUSES = [
  'not-started',
  'in-progress',
  'submitted',
  'promulgated',
  'postponed',
  'withdrawn',
] as const;
export type WorkProgramStatus = (typeof WORK_PROGRAM_STATUSES)[number];

export const WORK_PROGRAM_STATUS_LABELS: Record<WorkProgramStatus, { vi: string; en: string }> = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  submitted: { vi: 'Đã trình', en: 'Submitted' },
  promulgated: { vi: 'Đã ban hành', en: 'Promulgated' },
  postponed: { vi: 'Tạm hoãn', en: 'Postponed' },
  withdrawn: { vi: 'Rút khỏi chương trình', en: 'Withdrawn' },
};

export function isWorkProgramStatus(value: string): value is WorkProgramStatus {
  return (WORK_PROGRAM_STATUSES as readonly string[]).includes(value);
}

export function isToWhom(value: string): value is ToWhom {
  return (TO_WHOM as readonly string[]).includes(value);
}

/** Kế hoạch chi tiết: one step of an item's detailed plan (draft, consult, appraise, submit...). */
export interface Milestone {
  title: string;
  due: IsoDate;
  doneOn?: IsoDate;
}

/**
 * Nội dung trong chương trình công tác: one item the agency leads in the PPC's work program.
 * `targetMonth` is the month currently in force: an approved adjustment rewrites it (the old month
 * is history kept with the adjustment request, not here). `lateCause`, `remedy` and `newSchedule` are
 * what the agency writes in its monthly report about a late item (nguyên nhân, biện pháp, tiến độ mới);
 * `newSchedule` is the agency's own plan and does not move `targetMonth`.
 */
export interface WorkProgramItem {
  id: string;
  /** STT as written in the program ("1", "2.3", "II.1"). */
  number: string;
  title: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  targetMonth: YearMonth;
  toWhom: ToWhom;
  status: WorkProgramStatus;
  submittedOn?: IsoDate;
  promulgatedOn?: IsoDate;
  milestones: Milestone[];
  notes: string;
  lateCause?: string;
  remedy?: string;
  newSchedule?: YearMonth;
}

/**
 * An item read from a spreadsheet before it has an id. `toWhom` is null when the sheet does not say:
 * the importer must not guess whether an item goes to a PPC session or to the Chairman.
 */
export interface WorkProgramItemDraft {
  number: string;
  title: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  targetMonth: YearMonth;
  toWhom: ToWhom | null;
  status: WorkProgramStatus;
  notes: string;
}
