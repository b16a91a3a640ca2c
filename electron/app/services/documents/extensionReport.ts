/**
 * Báo cáo xin gia hạn (§1g): the written report, sent before a task's deadline, that it cannot be met
 * for an objective, legitimate reason: the task, what was done, why not on time, the date asked for.
 * The reason defaults to the one recorded with the task's report.
 */
import type { ParsedArgs } from '../../../../shared/contract';
import type { ExportedFile } from '../../../../shared/contract/workProgram';
import { appError } from '../../../../shared/errors/appError';
import { formatIsoDateVi } from '../../../../shared/workProgram/yearMonth';
import * as tasks from '../../../db/repositories/taskRepository';
import { extensionReportDocx } from '../../../reports/agencyDocumentsDocx';
import { todayOf } from '../../clock';
import type { AppContext } from '../../context';
import { asciiSlug, writeExport } from '../exportFiles';
import { requireDb } from '../requireDb';
import { documentFrame, paragraphsOf } from './frame';

export async function extensionReportFile(
  ctx: AppContext,
  args: ParsedArgs<'documents.extensionReport'>,
): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const task = tasks.getTask(db, args.taskId);
  if (!task) {
    throw appError(
      'task.notFound',
      `Không tìm thấy nhiệm vụ số ${args.taskId}.`,
      `Task ${args.taskId} was not found.`,
      {
        id: args.taskId,
      },
    );
  }
  if (args.requestedDeadline <= task.deadline) {
    throw appError(
      'documents.extensionNotLater',
      `Thời hạn đề nghị gia hạn (${formatIsoDateVi(args.requestedDeadline)}) phải sau thời hạn hiện tại (${formatIsoDateVi(task.deadline)}). Không có văn bản nào được lập.`,
      `The deadline asked for (${args.requestedDeadline}) must be after the current one (${task.deadline}). No document was made.`,
      { field: 'requestedDeadline' },
    );
  }
  const today = todayOf(ctx.now);
  const frame = documentFrame(db, { number: '', symbol: 'report', date: today });
  const reason = args.reason !== '' ? args.reason : (task.report?.reason ?? '');
  const content = task.content.charAt(0).toLocaleLowerCase('vi') + task.content.slice(1);
  const file = await extensionReportDocx({
    ...frame,
    about: `Xin gia hạn thời hạn thực hiện nhiệm vụ ${content}`,
    addressee: 'Ủy ban nhân dân tỉnh',
    task: {
      sourceDocument: task.sourceDocument,
      content: task.content,
      deadline: formatIsoDateVi(task.deadline),
    },
    progress:
      paragraphsOf(args.progress).length > 0
        ? paragraphsOf(args.progress)
        : ['[Các công việc đã thực hiện, kết quả đạt được.]'],
    reason: paragraphsOf(reason).length > 0 ? paragraphsOf(reason) : ['[Lý do khách quan, chính đáng.]'],
    request: `${frame.agency.name} kính đề nghị Ủy ban nhân dân tỉnh cho phép gia hạn thời hạn thực hiện nhiệm vụ đến ngày ${formatIsoDateVi(args.requestedDeadline)}.`,
    closing: `${frame.agency.name} kính báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.`,
  });
  return writeExport(
    ctx.dataDir,
    `bao-cao-gia-han-${asciiSlug(frame.agency.code)}-nhiem-vu-${task.id}-${today}.docx`,
    file,
  );
}
