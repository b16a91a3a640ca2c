import type { ParsedArgs } from '../../../shared/contract';
import type { TaskView } from '../../../shared/contract/tasks';
import { taskExtensionReportDeadline } from '../../../shared/deadlines';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { taskOutcome } from '../../../shared/tasks/outcome';
import { formatIsoDateVi } from '../../../shared/workProgram/yearMonth';
import * as tasks from '../../db/repositories/taskRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { calendarFor, ruleSetFor } from './calendarService';
import { requireDb } from './requireDb';
import { requireAgency } from './workProgramService';

/**
 * Nhiệm vụ được giao (§1g): each task shows the extension-report deadline from the deadline engine (on
 * the agency's calendar and rule set) and its outcome by shared/tasks `taskOutcome`, judged today.
 * The service refuses what would make the outcome meaningless: a completion or report dated after
 * today, a "completed" without its date, a reason judged with no report, a quality judged before the
 * task is done.
 */

export function toView(ctx: AppContext, record: tasks.TaskRecord, today = todayOf(ctx.now)): TaskView {
  const extensionReport = taskExtensionReportDeadline(
    record.deadline,
    calendarFor(ctx),
    ruleSetFor(ctx),
    today,
  );
  return {
    ...record,
    extensionReport,
    outcome: taskOutcome(tasks.toDomainTask(record), today, { extensionReportDue: extensionReport.due }),
  };
}

export function listTasks(ctx: AppContext, args: ParsedArgs<'tasks.list'>): TaskView[] {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  return tasks
    .listTasks(db, { fromDate: args.fromDate, toDate: args.toDate })
    .map((r) => toView(ctx, r, today))
    .filter((v) =>
      args.filter === 'open'
        ? !v.outcome.completed && !v.outcome.notCompleted
        : args.filter === 'not-completed'
          ? v.outcome.notCompleted
          : true,
    );
}

function getView(ctx: AppContext, id: number): TaskView {
  const record = tasks.getTask(requireDb(ctx), id) ?? throwNotFound(id);
  return toView(ctx, record);
}

export function createTask(ctx: AppContext, args: ParsedArgs<'tasks.create'>): TaskView {
  const db = requireDb(ctx);
  const id = db.transaction(() => {
    requireAgency(db);
    return tasks.insertTask(db, args, ctx.now().toISOString());
  })();
  return getView(ctx, id);
}

export function updateTask(ctx: AppContext, args: ParsedArgs<'tasks.update'>): TaskView {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const { id, status, completedOn, ...fields } = args;
  let storedCompletedOn: string | null = null;
  if (status === 'completed') {
    if (completedOn === null) {
      throw appError(
        'task.completedOnRequired',
        'Cần ghi ngày hoàn thành: đúng hạn hay chậm được tính theo ngày này.',
        'The completion date is needed: on time or late is judged on it.',
        { field: 'completedOn' },
      );
    }
    notAfterToday(completedOn, today, 'completedOn', 'hoàn thành', 'completion');
    storedCompletedOn = completedOn;
  }
  db.transaction(() => {
    if (
      !tasks.updateTask(
        db,
        id,
        { ...fields, status, completedOn: storedCompletedOn },
        ctx.now().toISOString(),
      )
    ) {
      throwNotFound(id);
    }
  })();
  return getView(ctx, id);
}

export function deleteTask(ctx: AppContext, id: number): { deleted: true } {
  const db = requireDb(ctx);
  db.transaction(() => {
    if (!tasks.deleteTask(db, id)) throwNotFound(id);
  })();
  return { deleted: true };
}

export function reportTask(ctx: AppContext, args: ParsedArgs<'tasks.report'>): TaskView {
  const db = requireDb(ctx);
  notAfterToday(args.submittedOn, todayOf(ctx.now), 'submittedOn', 'gửi báo cáo', 'report');
  db.transaction(() => {
    if (!tasks.getTask(db, args.id)) throwNotFound(args.id);
    tasks.setReport(db, args.id, args.submittedOn, args.reason, ctx.now().toISOString());
  })();
  return getView(ctx, args.id);
}

export function assessTask(ctx: AppContext, args: ParsedArgs<'tasks.assess'>): TaskView {
  const db = requireDb(ctx);
  db.transaction(() => {
    const task = tasks.getTask(db, args.id) ?? throwNotFound(args.id);
    if (args.reasonLegitimate !== null && task.report === null) {
      throw appError(
        'task.noReportToJudge',
        'Nhiệm vụ chưa có báo cáo xin gia hạn: không có lý do để đánh giá.',
        'The task has no extension report: there is no reason to judge.',
        { field: 'reasonLegitimate' },
      );
    }
    if (args.quality !== null && task.status !== 'completed') {
      throw appError(
        'task.notCompletedYet',
        'Chỉ đánh giá chất lượng khi nhiệm vụ đã hoàn thành.',
        'Quality is judged only once the task is completed.',
        { field: 'quality' },
      );
    }
    tasks.setAssessment(db, args.id, args.reasonLegitimate, args.quality, args.note, ctx.now().toISOString());
  })();
  return getView(ctx, args.id);
}

/** Gia hạn: refuses a new deadline not after the current one, or a grant dated in the future. */
export function extendTask(ctx: AppContext, args: ParsedArgs<'tasks.extend'>): TaskView {
  const db = requireDb(ctx);
  notAfterToday(args.grantedOn, todayOf(ctx.now), 'grantedOn', 'cho gia hạn', 'extension grant');
  db.transaction(() => {
    const task = tasks.getTask(db, args.id) ?? throwNotFound(args.id);
    if (args.newDeadline <= task.deadline) {
      throw appError(
        'task.extensionNotLater',
        `Hạn mới ${formatIsoDateVi(args.newDeadline)} phải sau hạn hiện tại ${formatIsoDateVi(task.deadline)}.`,
        `The new deadline ${args.newDeadline} must be after the current deadline ${task.deadline}.`,
        { field: 'newDeadline', newDeadline: args.newDeadline, deadline: task.deadline },
      );
    }
    if (task.status === 'completed') {
      throw appError(
        'task.alreadyCompleted',
        'Nhiệm vụ đã hoàn thành: không gia hạn.',
        'The task is completed: it cannot be extended.',
        { field: 'newDeadline' },
      );
    }
    tasks.grantExtension(db, args.id, args.newDeadline, args.grantedOn, ctx.now().toISOString());
  })();
  return getView(ctx, args.id);
}

function notAfterToday(date: string, today: string, field: string, vi: string, en: string): void {
  if (date > today) {
    throw appError(
      'task.dateInFuture',
      `Ngày ${vi} ${formatIsoDateVi(date)} ở sau hôm nay (${formatIsoDateVi(today)}).`,
      `The ${en} date ${formatDate(date)} is after today (${formatDate(today)}).`,
      { field, date, today },
    );
  }
}

function throwNotFound(id: number): never {
  throw appError('task.notFound', `Không tìm thấy nhiệm vụ số ${id}.`, `Task ${id} was not found.`, { id });
}
