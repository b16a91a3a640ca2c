import type { IsoDate } from '../workProgram/yearMonth';
import { formatIsoDateVi } from '../workProgram/yearMonth';
import type { Task } from './types';

/**
 * Kết quả thực hiện nhiệm vụ (directive §1g). A task is NOT completed when it is late without a report,
 * late with a report whose reason is not legitimate, or completed on time but of insufficient quality.
 *
 * Choices the directive leaves open, made explicit here:
 * - The deadline day itself is on time (a task completed on its deadline is not late).
 * - A report counts only if it reached the PPC by the extension-report deadline ("trước thời hạn giao
 *   01 ngày", computed by shared/deadlines `taskExtensionReportDeadline` and passed in): a report sent
 *   later is recorded but the task is treated as late without a timely report.
 * - Late with a timely report whose reason is judged legitimate is excused: completing it afterwards
 *   counts as completed; quality still applies.
 * - Until someone judges the reason or the quality, the outcome says so instead of guessing.
 */
export const TASK_OUTCOMES = [
  'completed',
  'completed-late-excused',
  'in-progress',
  'in-progress-report-due',
  'late-excused',
  'awaiting-reason-judgement',
  'awaiting-quality-judgement',
  'not-completed-late-without-report',
  'not-completed-report-too-late',
  'not-completed-reason-not-legitimate',
  'not-completed-insufficient-quality',
] as const;
export type TaskOutcomeCode = (typeof TASK_OUTCOMES)[number];

export interface TaskOutcome {
  code: TaskOutcomeCode;
  /** Counts against the agency in the monthly record ("không hoàn thành nhiệm vụ"). */
  notCompleted: boolean;
  /** Done and counted as completed. */
  completed: boolean;
  vi: string;
  en: string;
}

export interface TaskOutcomeContext {
  /** The last day for the extension report, from shared/deadlines `taskExtensionReportDeadline`. */
  extensionReportDue: IsoDate;
}

function outcome(code: TaskOutcomeCode, vi: string, en: string): TaskOutcome {
  const notCompleted = code.startsWith('not-completed');
  const completed = code === 'completed' || code === 'completed-late-excused';
  return { code, notCompleted, completed, vi: vi.normalize('NFC'), en };
}

export function taskOutcome(task: Task, today: IsoDate, context: TaskOutcomeContext): TaskOutcome {
  // A 'completed' status without a completion date is not trusted: lateness needs the date.
  const completedOn = task.status === 'completed' ? task.completedOn : undefined;
  const done = completedOn !== undefined;
  // Lateness is judged on the completion date when there is one, otherwise on today.
  const late = completedOn !== undefined ? completedOn > task.deadline : today > task.deadline;
  const reportDueVi = formatIsoDateVi(context.extensionReportDue);
  const report = task.report;
  const reportTimely = report !== undefined && report.submittedOn <= context.extensionReportDue;

  if (!late) {
    if (!done) {
      if (report === undefined && today >= context.extensionReportDue) {
        return outcome(
          'in-progress-report-due',
          `Chưa hoàn thành; nếu không kịp hạn phải báo cáo bằng văn bản chậm nhất ngày ${reportDueVi}`,
          `Not finished; if it cannot be done on time, a written report is due by ${context.extensionReportDue}`,
        );
      }
      return outcome('in-progress', 'Đang thực hiện, còn trong hạn', 'In progress, within the deadline');
    }
    return judgeQuality(task, 'completed', 'Hoàn thành đúng hạn', 'Completed on time');
  }

  if (report === undefined) {
    return outcome(
      'not-completed-late-without-report',
      'Không hoàn thành: quá hạn mà không có báo cáo',
      'Not completed: late without a report',
    );
  }
  if (!reportTimely) {
    return outcome(
      'not-completed-report-too-late',
      `Không hoàn thành: quá hạn, báo cáo gửi ngày ${formatIsoDateVi(report.submittedOn)}, sau hạn báo cáo ${reportDueVi}`,
      `Not completed: late, and the report of ${report.submittedOn} came after its due date ${context.extensionReportDue}`,
    );
  }
  if (report.reasonLegitimate === false) {
    return outcome(
      'not-completed-reason-not-legitimate',
      `Không hoàn thành: quá hạn, có báo cáo nhưng lý do không chính đáng (${report.reason})`,
      `Not completed: late, with a report whose reason is not legitimate (${report.reason})`,
    );
  }
  if (report.reasonLegitimate === undefined) {
    return outcome(
      'awaiting-reason-judgement',
      'Quá hạn, có báo cáo; chờ xác định lý do có chính đáng hay không',
      'Late with a report; waiting for a judgement on whether the reason is legitimate',
    );
  }
  if (!done) {
    return outcome(
      'late-excused',
      'Quá hạn, đã báo cáo với lý do chính đáng; đang thực hiện',
      'Late, reported with a legitimate reason; still in progress',
    );
  }
  return judgeQuality(
    task,
    'completed-late-excused',
    'Hoàn thành sau hạn, đã báo cáo với lý do chính đáng',
    'Completed after the deadline, reported with a legitimate reason',
  );
}

function judgeQuality(
  task: Task,
  code: 'completed' | 'completed-late-excused',
  vi: string,
  en: string,
): TaskOutcome {
  if (task.quality === 'insufficient') {
    return outcome(
      'not-completed-insufficient-quality',
      'Không hoàn thành: hoàn thành nhưng không bảo đảm chất lượng',
      'Not completed: finished but of insufficient quality',
    );
  }
  if (task.quality === null) {
    return outcome(
      'awaiting-quality-judgement',
      `${vi}; chờ đánh giá chất lượng`,
      `${en}; waiting for a quality judgement`,
    );
  }
  return outcome(code, vi, en);
}
