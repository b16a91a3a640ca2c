/**
 * What the deadline rules need recorded on an agenda item beyond its status: when the signed documents
 * reached the Office (date and time, judged against the end of office hours), a legitimate reason for
 * lateness, and when / how the leaders' opinion was sought. Bad input is refused before anything is
 * written: a moment in the future, or before the item existed.
 */
import { todayInVietnam } from '../../../shared/calendar/civilDate';
import type { ParsedArgs } from '../../../shared/contract';
import type { AgendaItem, AgendaItemDetail } from '../../../shared/contract/agendaItems';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import * as items from '../../db/repositories/agendaItemRepository';
import { timeInVietnam, todayOf } from '../clock';
import type { AppContext } from '../context';
import { getItem } from './agendaItemService';
import { dossierErrors } from './dossierErrors';
import { requireDb } from './requireDb';

export interface Moment {
  date: string;
  time: string;
}

/** The moment given, or now (Vietnam time) for what is left out. */
export function momentOrNow(ctx: AppContext, date: string | null, time: string | null): Moment {
  const now = ctx.now();
  return { date: date ?? todayInVietnam(now), time: time ?? timeInVietnam(now) };
}

/** Refuses a submission before the item was created or after now; nothing is written on refusal. */
export function checkSubmissionMoment(ctx: AppContext, item: AgendaItem, at: Moment): void {
  const now = ctx.now();
  const today = todayInVietnam(now);
  const created = new Date(item.createdAt);
  const createdDay = Number.isNaN(created.getTime()) ? null : todayInVietnam(created);
  if (createdDay !== null && at.date < createdDay) {
    throw appError(
      'submission-before-item',
      `Ngày nộp ${formatDate(at.date)} trước ngày tạo nội dung trình (${formatDate(createdDay)}).`,
      `The submission date ${formatDate(at.date)} is before the item was created (${formatDate(createdDay)}).`,
      { field: 'submittedOn', date: at.date, created: createdDay },
    );
  }
  if (at.date > today || (at.date === today && at.time > timeInVietnam(now))) {
    throw appError(
      'submission-in-future',
      `Thời điểm nộp ${at.time} ngày ${formatDate(at.date)} ở sau thời điểm hiện tại.`,
      `The submission time ${at.time} on ${formatDate(at.date)} is in the future.`,
      { field: 'submittedOn', date: at.date, time: at.time, today },
    );
  }
}

export function recordSubmission(
  ctx: AppContext,
  args: ParsedArgs<'agendaItems.recordSubmission'>,
): AgendaItemDetail {
  const db = requireDb(ctx);
  db.transaction(() => {
    const item = items.getAgendaItem(db, args.id) ?? throwItemNotFound(args.id);
    if (item.status !== 'submitted') {
      throw appError(
        'item-not-submitted',
        'Chỉ ghi thời điểm nộp cho nội dung trình đã ở trạng thái "Đã nộp".',
        'A submission time is recorded only for an item whose status is "Submitted".',
        { status: item.status },
      );
    }
    checkSubmissionMoment(ctx, item, { date: args.submittedOn, time: args.submittedTime });
    items.setSubmission(db, args.id, args, ctx.now().toISOString());
  })();
  return getItem(ctx, args.id);
}

export function recordOpinion(
  ctx: AppContext,
  args: ParsedArgs<'agendaItems.recordOpinion'>,
): AgendaItemDetail {
  const db = requireDb(ctx);
  db.transaction(() => {
    const item = items.getAgendaItem(db, args.id) ?? throwItemNotFound(args.id);
    if (args.soughtOn !== null && args.soughtOn > todayOf(ctx.now)) {
      throw appError(
        'opinion-in-future',
        `Ngày xin ý kiến ${formatDate(args.soughtOn)} ở sau hôm nay.`,
        `The day the opinion was sought, ${formatDate(args.soughtOn)}, is after today.`,
        { field: 'soughtOn' },
      );
    }
    if (args.soughtOn !== null) {
      const created = new Date(item.createdAt);
      const createdDay = Number.isNaN(created.getTime()) ? null : todayInVietnam(created);
      if (createdDay !== null && args.soughtOn < createdDay) {
        throw appError(
          'opinion-before-item',
          `Ngày xin ý kiến ${formatDate(args.soughtOn)} trước ngày tạo nội dung trình (${formatDate(createdDay)}).`,
          `The day the opinion was sought, ${formatDate(args.soughtOn)}, is before the item was created (${formatDate(createdDay)}).`,
          { field: 'soughtOn' },
        );
      }
    }
    items.setOpinionSought(db, args.id, { soughtOn: args.soughtOn, how: args.how }, ctx.now().toISOString());
  })();
  return getItem(ctx, args.id);
}

function throwItemNotFound(id: number): never {
  throw dossierErrors.itemNotFound(id);
}
