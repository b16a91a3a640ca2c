import type { IsoDate } from '../workProgram/yearMonth';

/** Trạng thái nhiệm vụ as the agency records it; whether it counts as completed is `taskOutcome`'s call. */
export const TASK_STATUSES = ['in-progress', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Báo cáo xin gia hạn (§1g): the written report an agency sends when a task cannot be finished on time
 * for an objective reason. `reasonLegitimate` is the leadership's judgement of the reason (lý do chính
 * đáng); undefined while nobody has judged it.
 */
export interface TaskReport {
  submittedOn: IsoDate;
  reason: string;
  reasonLegitimate?: boolean;
}

/** Nhiệm vụ được giao: a task the PPC or its Chairman assigned to the agency. */
export interface Task {
  id: string;
  /** Văn bản giao nhiệm vụ, e.g. "Thông báo 123/TB-UBND ngày 05/03/2026". */
  sourceDocument: string;
  content: string;
  deadline: IsoDate;
  /** Lãnh đạo phụ trách. */
  leader: string;
  status: TaskStatus;
  report?: TaskReport;
  completedOn?: IsoDate;
  /** Chất lượng: judged after completion; null until judged. */
  quality: 'adequate' | 'insufficient' | null;
}
