import type { Database } from 'better-sqlite3';
import type { ParsedArgs } from '../../../shared/contract';
import type {
  ExportedFile,
  LinkedAgendaItem,
  WorkProgramItemView,
} from '../../../shared/contract/workProgram';
import { foldVietnamese } from '../../../shared/dossiers/searchText';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import type { WorkProgramStatus } from '../../../shared/workProgram/types';
import { formatIsoDateVi, monthsBetween, yearMonthOf } from '../../../shared/workProgram/yearMonth';
import { getAgency } from '../../db/repositories/agencyRepository';
import * as repo from '../../db/repositories/workProgramRepository';
import { writeWorkProgramXlsx } from '../../workProgram/writeWorkProgramXlsx';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { asciiSlug, writeExport } from './exportFiles';
import { requireDb } from './requireDb';

/**
 * Chương trình công tác: the items the agency leads, their status with its dates, their milestones and
 * the dossiers (agenda items) that fulfil them. Status rules (checked here, in one place):
 * - "submitted" needs the submission date; "promulgated" needs both dates, submission first;
 * - no date may lie after today (a status records what happened, not a plan);
 * - going back to not started / in progress clears the dates; postponed and withdrawn keep them as history.
 */

type ListArgs = ParsedArgs<'workProgram.list'>;

export function listItems(ctx: AppContext, args: ListArgs): WorkProgramItemView[] {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const words = foldVietnamese(args.text)
    .split(' ')
    .filter((w) => w !== '');
  return views(db, repo.listItems(db, { fromMonth: args.fromMonth, toMonth: args.toMonth }), today).filter(
    (v) =>
      (args.statuses.length === 0 || args.statuses.includes(v.status)) &&
      (args.toWhom === null || v.toWhom === args.toWhom) &&
      (!args.lateOnly || v.monthsLate !== null) &&
      (words.length === 0 ||
        words.every((w) => foldVietnamese(`${v.number} ${v.title} ${v.leadAgency}`).includes(w))),
  );
}

export function getItemView(ctx: AppContext, id: number): WorkProgramItemView {
  const db = requireDb(ctx);
  const record = repo.getItem(db, id) ?? throwNotFound(id);
  const [view] = views(db, [record], todayOf(ctx.now));
  return view ?? throwNotFound(id);
}

function views(db: Database, records: repo.WorkProgramItemRecord[], today: string): WorkProgramItemView[] {
  const milestones = repo.milestonesByItem(db);
  const links = repo.linkedAgendaItems(db);
  const pending = repo.pendingAdjustmentCounts(db);
  const thisMonth = yearMonthOf(today);
  return records.map((r) => ({
    ...r,
    milestones: milestones.get(r.id) ?? [],
    linkedAgendaItems: links.get(r.id) ?? [],
    monthsLate: monthsLateOf(r, thisMonth),
    pendingAdjustments: pending.get(r.id) ?? 0,
  }));
}

/**
 * Late = the target month has ended (or is this month) and the item is still not submitted. Reading
 * "late" only once the month is over would hide this month's items until it is too late to act.
 */
function monthsLateOf(r: repo.WorkProgramItemRecord, thisMonth: string): number | null {
  if (r.status === 'withdrawn' || r.status === 'postponed') return null;
  if (r.status === 'submitted' || r.status === 'promulgated') return null;
  const months = monthsBetween(r.targetMonth, thisMonth);
  return months > 0 ? months : null;
}

export function createItem(ctx: AppContext, args: ParsedArgs<'workProgram.create'>): WorkProgramItemView {
  const db = requireDb(ctx);
  const { milestones, ...fields } = args;
  const id = db.transaction(() => {
    requireAgency(db);
    const newId = repo.insertItem(db, { ...fields, status: 'not-started' }, ctx.now().toISOString());
    repo.replaceMilestones(db, newId, milestones);
    return newId;
  })();
  return getItemView(ctx, id);
}

export function updateItem(ctx: AppContext, args: ParsedArgs<'workProgram.update'>): WorkProgramItemView {
  const db = requireDb(ctx);
  const { id, milestones, ...fields } = args;
  db.transaction(() => {
    if (!repo.updateItem(db, id, fields, ctx.now().toISOString())) throwNotFound(id);
    repo.replaceMilestones(db, id, milestones);
  })();
  return getItemView(ctx, id);
}

export function deleteItem(ctx: AppContext, id: number): { deleted: true } {
  const db = requireDb(ctx);
  db.transaction(() => {
    if (!repo.deleteItem(db, id)) throwNotFound(id);
  })();
  return { deleted: true };
}

export function setStatus(ctx: AppContext, args: ParsedArgs<'workProgram.setStatus'>): WorkProgramItemView {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  db.transaction(() => {
    const item = repo.getItem(db, args.id) ?? throwNotFound(args.id);
    const dates = datesForStatus(
      args.status,
      args.submittedOn ?? null,
      args.promulgatedOn ?? null,
      item,
      today,
    );
    repo.setItemStatus(
      db,
      args.id,
      args.status,
      dates.submittedOn,
      dates.promulgatedOn,
      ctx.now().toISOString(),
    );
  })();
  return getItemView(ctx, args.id);
}

/** The dates a status change stores, or a typed refusal (see the rules at the top of the file). */
export function datesForStatus(
  status: WorkProgramStatus,
  submittedOn: string | null,
  promulgatedOn: string | null,
  current: Pick<repo.WorkProgramItemRecord, 'submittedOn' | 'promulgatedOn'>,
  today: string,
): { submittedOn: string | null; promulgatedOn: string | null } {
  for (const [field, date] of [
    ['submittedOn', submittedOn],
    ['promulgatedOn', promulgatedOn],
  ] as const) {
    if (date !== null && date > today) {
      throw appError(
        'workProgram.dateInFuture',
        `Ngày ${field === 'submittedOn' ? 'trình' : 'ban hành'} ${formatIsoDateVi(date)} ở sau hôm nay (${formatIsoDateVi(today)}): trạng thái ghi điều đã xảy ra.`,
        `The ${field === 'submittedOn' ? 'submission' : 'promulgation'} date ${formatDate(date)} is after today (${formatDate(today)}): a status records what happened.`,
        { field, date, today },
      );
    }
  }
  switch (status) {
    case 'not-started':
    case 'in-progress':
      return { submittedOn: null, promulgatedOn: null };
    case 'submitted': {
      if (submittedOn === null) throw missingDate('submittedOn');
      return { submittedOn, promulgatedOn: null };
    }
    case 'promulgated': {
      const submitted = submittedOn ?? current.submittedOn;
      if (submitted === null) throw missingDate('submittedOn');
      if (promulgatedOn === null) throw missingDate('promulgatedOn');
      if (promulgatedOn < submitted) {
        throw appError(
          'workProgram.promulgatedBeforeSubmitted',
          `Ngày ban hành ${formatIsoDateVi(promulgatedOn)} trước ngày trình ${formatIsoDateVi(submitted)}: nội dung phải được trình trước khi ban hành.`,
          `The promulgation date ${formatIsoDateVi(promulgatedOn)} is before the submission date ${formatIsoDateVi(submitted)}: an item is submitted before it is promulgated.`,
          { field: 'promulgatedOn', submittedOn: submitted, promulgatedOn },
        );
      }
      return { submittedOn: submitted, promulgatedOn };
    }
    case 'postponed':
    case 'withdrawn':
      return { submittedOn: current.submittedOn, promulgatedOn: current.promulgatedOn };
  }
}

function missingDate(field: 'submittedOn' | 'promulgatedOn') {
  return field === 'submittedOn'
    ? appError(
        'workProgram.submittedOnRequired',
        'Cần ghi ngày trình để chuyển sang trạng thái "Đã trình" hoặc "Đã ban hành".',
        'A submission date is needed for the "submitted" or "promulgated" status.',
        { field },
      )
    : appError(
        'workProgram.promulgatedOnRequired',
        'Cần ghi ngày ban hành để chuyển sang trạng thái "Đã ban hành".',
        'A promulgation date is needed for the "promulgated" status.',
        { field },
      );
}

export function linkAgendaItem(
  ctx: AppContext,
  args: ParsedArgs<'workProgram.linkAgendaItem'>,
): WorkProgramItemView {
  const db = requireDb(ctx);
  db.transaction(() => {
    if (!repo.getItem(db, args.id)) throwNotFound(args.id);
    if (!repo.agendaItemExists(db, args.agendaItemId)) {
      throw appError(
        'agenda-item-not-found',
        `Không tìm thấy nội dung trình số ${args.agendaItemId}.`,
        `Agenda item ${args.agendaItemId} was not found.`,
        { agendaItemId: args.agendaItemId },
      );
    }
    repo.setAgendaItemLink(db, args.agendaItemId, args.linked ? args.id : null, ctx.now().toISOString());
  })();
  return getItemView(ctx, args.id);
}

export function agendaItemsToLink(ctx: AppContext): LinkedAgendaItem[] {
  return repo.recentAgendaItems(requireDb(ctx), 300);
}

export async function exportXlsx(ctx: AppContext): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const agency = requireAgency(db);
  const items = repo.listItems(db, { fromMonth: null, toMonth: null });
  const today = todayOf(ctx.now);
  const years = [...new Set(items.map((i) => i.targetMonth.slice(0, 4)))].sort();
  const span =
    years.length === 0 ? today.slice(0, 4) : years.length === 1 ? years[0] : `${years[0]}–${years.at(-1)}`;
  const data = await writeWorkProgramXlsx(items, {
    title: `CHƯƠNG TRÌNH CÔNG TÁC NĂM ${span} CỦA ${agency.name.toUpperCase()}`,
  });
  return writeExport(ctx.dataDir, `chuong-trinh-cong-tac-${asciiSlug(agency.code)}-${today}.xlsx`, data);
}

export function requireAgency(db: Database) {
  const agency = getAgency(db);
  if (!agency) {
    throw appError(
      'agency-not-set-up',
      'Chưa khai báo cơ quan. Hãy hoàn tất bước thiết lập ban đầu.',
      'No agency is set up yet. Finish the first-run setup.',
    );
  }
  return agency;
}

export function throwNotFound(id: number): never {
  throw appError(
    'workProgram.itemNotFound',
    `Không tìm thấy nội dung số ${id} trong chương trình công tác.`,
    `Work program item ${id} was not found.`,
    { id },
  );
}
