import type { ParsedArgs } from '../../../shared/contract';
import type { AdjustmentRequestView, ExportedFile } from '../../../shared/contract/workProgram';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import type { AdjustmentKind } from '../../../shared/workProgram/adjustmentGrounds';
import type { AdjustmentRequestLetter } from '../../../shared/workProgram/adjustmentRequest';
import { formatIsoDateVi, formatYearMonth } from '../../../shared/workProgram/yearMonth';
import type { AdjustmentEntryRecord } from '../../db/repositories/adjustmentRepository';
import * as adjustments from '../../db/repositories/adjustmentRepository';
import * as items from '../../db/repositories/workProgramRepository';
import { adjustmentRequestDocx } from '../../reports/adjustmentRequestDocx';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { headingFrom, readDocumentSettings, recipientsFrom, signerFrom } from './documentSettingsService';
import { asciiSlug, writeExport } from './exportFiles';
import { requireDb } from './requireDb';
import { requireAgency, throwNotFound } from './workProgramService';

/**
 * Đề nghị điều chỉnh, bổ sung chương trình công tác (§2b): the request is recorded with the items it
 * covers (their number, title and month copied, so the filed letter reads the same later), its letter is
 * written as a DOCX, and its outcome is recorded when the PPC answers. Only an approval changes the
 * program: a reschedule moves the target month, a withdrawal withdraws the item, an amendment retitles
 * it, an addition creates the new item.
 */

export function listRequests(ctx: AppContext): AdjustmentRequestView[] {
  return adjustments.listRequests(requireDb(ctx));
}

export async function createRequest(
  ctx: AppContext,
  args: ParsedArgs<'adjustments.create'>,
): Promise<{ request: AdjustmentRequestView; file: ExportedFile }> {
  const db = requireDb(ctx);
  const agency = requireAgency(db);
  const today = todayOf(ctx.now);
  if (args.date > today) {
    throw appError(
      'adjustment.dateInFuture',
      `Ngày văn bản ${formatIsoDateVi(args.date)} ở sau hôm nay.`,
      `The letter date ${formatDate(args.date)} is after today.`,
      { field: 'date' },
    );
  }
  const settings = readDocumentSettings(db);
  const symbol = args.symbol === '' ? settings.letterSymbol : args.symbol;
  const id = db.transaction(() => {
    // Checked inside the transaction: the months copied into the entries are the ones in force now.
    const entries = args.entries.map((e, i) => checkedEntry(ctx, e, i + 1));
    const subject = subjectOf(
      entries.map((e) => e.kind),
      entries,
    );
    return adjustments.insertRequest(
      db,
      {
        number: args.number,
        symbol,
        date: args.date,
        subject,
        ground: args.ground,
        reason: args.reason,
        necessity: args.necessity,
        impact: args.impact,
      },
      entries,
      ctx.now().toISOString(),
    );
  })();
  const request = adjustments.getRequest(db, id) ?? throwRequestNotFound(id);
  return { request, file: await writeLetter(ctx, request, agency) };
}

function checkedEntry(
  ctx: AppContext,
  e: ParsedArgs<'adjustments.create'>['entries'][number],
  ordinal: number,
): AdjustmentEntryRecord {
  const db = requireDb(ctx);
  const bad = (vi: string, en: string) =>
    appError('adjustment.invalidEntry', `Dòng ${ordinal}: ${vi}`, `Entry ${ordinal}: ${en}`, {
      entry: ordinal,
    });
  if (e.kind === 'add') {
    if (e.title === '') throw bad('cần tên nội dung bổ sung.', 'the added item needs a title.');
    if (e.proposedMonth === null) throw bad('cần tháng đề nghị trình.', 'the month proposed is needed.');
    if (e.toWhom === null)
      throw bad('cần cấp trình của nội dung bổ sung.', 'the added item needs a to-whom.');
    return {
      kind: 'add',
      itemId: null,
      number: '',
      title: e.title,
      currentMonth: null,
      proposedMonth: e.proposedMonth,
      toWhom: e.toWhom,
    };
  }
  if (e.itemId === null) throw bad('cần chọn nội dung trong chương trình.', 'pick an item of the program.');
  const item = items.getItem(db, e.itemId) ?? throwNotFound(e.itemId);
  if (item.status === 'withdrawn') {
    throw bad(`nội dung "${item.title}" đã rút khỏi chương trình.`, `"${item.title}" was withdrawn already.`);
  }
  if (e.kind === 'reschedule') {
    if (e.proposedMonth === null) throw bad('cần tháng đề nghị trình.', 'the month proposed is needed.');
    if (e.proposedMonth === item.targetMonth) {
      throw bad(
        `tháng đề nghị trùng tháng trong chương trình (${formatYearMonth(item.targetMonth)}).`,
        `the month proposed is the month in the program (${item.targetMonth}).`,
      );
    }
  }
  if (e.kind === 'amend' && e.title === '') {
    throw bad('cần nội dung sau điều chỉnh.', 'the amended title is needed.');
  }
  return {
    kind: e.kind,
    itemId: item.id,
    number: item.number,
    title: e.kind === 'amend' ? e.title : item.title,
    currentMonth: item.targetMonth,
    proposedMonth: e.kind === 'reschedule' ? e.proposedMonth : null,
    toWhom: null,
  };
}

function subjectOf(kinds: readonly AdjustmentKind[], entries: readonly AdjustmentEntryRecord[]): string {
  const months = entries.flatMap((e) => [e.currentMonth, e.proposedMonth]).filter((m) => m !== null);
  const year = months.map((m) => m.slice(0, 4)).sort()[0] ?? '';
  const adds = kinds.includes('add');
  const adjusts = kinds.some((k) => k !== 'add');
  const verb = adds && adjusts ? 'điều chỉnh, bổ sung' : adds ? 'bổ sung' : 'điều chỉnh';
  return `đề nghị ${verb} nội dung trong chương trình công tác năm ${year} của UBND tỉnh`;
}

export async function letterDocx(ctx: AppContext, id: number): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const agency = requireAgency(db);
  const request = adjustments.getRequest(db, id) ?? throwRequestNotFound(id);
  return writeLetter(ctx, request, agency);
}

async function writeLetter(
  ctx: AppContext,
  request: AdjustmentRequestView,
  agency: { name: string; code: string },
): Promise<ExportedFile> {
  const settings = readDocumentSettings(requireDb(ctx));
  const program = settings.programDecision.trim();
  const letter: AdjustmentRequestLetter = {
    heading: headingFrom(settings, agency.name, {
      number: request.number,
      symbol: request.symbol,
      date: request.date,
    }),
    subject: request.subject,
    addressees: [settings.addressee],
    opening:
      `Thực hiện ${program === '' ? 'chương trình công tác của UBND tỉnh' : program}, ${agency.name} được giao chủ trì ` +
      `tham mưu các nội dung dưới đây. ${agency.name} kính đề nghị UBND tỉnh xem xét, điều chỉnh, bổ sung như sau:`,
    entries: request.entries.map((e) => ({
      kind: e.kind,
      ...(e.itemId !== null && { itemId: String(e.itemId) }),
      number: e.number,
      title: e.title,
      ...(e.currentMonth !== null && { currentMonth: e.currentMonth }),
      ...(e.proposedMonth !== null && { proposedMonth: e.proposedMonth }),
      ground: request.ground,
      reason: request.reason,
      necessity: request.necessity,
      impact: request.impact,
    })),
    closing: `${agency.name} kính đề nghị UBND tỉnh xem xét, chấp thuận./.`,
    recipients: recipientsFrom(settings, agency.code),
    signer: signerFrom(settings),
  };
  const data = await adjustmentRequestDocx(letter);
  return writeExport(
    ctx.dataDir,
    `de-nghi-dieu-chinh-CTCT-${asciiSlug(agency.code)}-${request.date}-so-${request.id}.docx`,
    data,
  );
}

export function setOutcome(
  ctx: AppContext,
  args: ParsedArgs<'adjustments.setOutcome'>,
): AdjustmentRequestView {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  if (args.outcomeOn > today) {
    throw appError(
      'adjustment.dateInFuture',
      `Ngày có ý kiến ${formatIsoDateVi(args.outcomeOn)} ở sau hôm nay.`,
      `The answer date ${formatIsoDateVi(args.outcomeOn)} is after today.`,
      { field: 'outcomeOn' },
    );
  }
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const request = adjustments.getRequest(db, args.id) ?? throwRequestNotFound(args.id);
    if (request.outcome !== 'pending') {
      throw appError(
        'adjustment.outcomeAlreadyRecorded',
        `Đề nghị này đã có kết quả (${request.outcome === 'approved' ? 'được chấp thuận' : 'không được chấp thuận'} ngày ${formatIsoDateVi(request.outcomeOn ?? request.date)}).`,
        `This request already has its outcome (${request.outcome} on ${formatIsoDateVi(request.outcomeOn ?? request.date)}).`,
        { id: args.id },
      );
    }
    if (args.outcomeOn < request.date) {
      throw appError(
        'adjustment.outcomeBeforeRequest',
        `Ngày có ý kiến ${formatIsoDateVi(args.outcomeOn)} trước ngày đề nghị ${formatIsoDateVi(request.date)}.`,
        `The answer date ${formatIsoDateVi(args.outcomeOn)} is before the request date ${formatIsoDateVi(request.date)}.`,
        { field: 'outcomeOn' },
      );
    }
    adjustments.setOutcome(db, args.id, args.outcome, args.outcomeOn, args.note, at);
    if (args.outcome === 'approved') applyApproval(db, request, at);
  })();
  return adjustments.getRequest(db, args.id) ?? throwRequestNotFound(args.id);
}

function applyApproval(db: ReturnType<typeof requireDb>, request: AdjustmentRequestView, at: string): void {
  request.entries.forEach((e, i) => {
    if (e.kind === 'add') {
      if (e.proposedMonth === null || e.toWhom === null) return;
      const created = items.insertItem(
        db,
        {
          number: '',
          title: e.title,
          leadAgency: '',
          coordinatingAgencies: [],
          targetMonth: e.proposedMonth,
          toWhom: e.toWhom,
          status: 'not-started',
          notes: `Bổ sung theo đề nghị số ${request.number === '' ? request.id : request.number}/${request.symbol} ngày ${formatIsoDateVi(request.date)}`,
          lateCause: '',
          remedy: '',
          newSchedule: null,
        },
        at,
      );
      adjustments.setEntryCreatedItem(db, request.id, i + 1, created);
      return;
    }
    // The item may have been deleted since (the entry keeps its copy); then there is nothing to change.
    if (e.itemId === null) return;
    const item = items.getItem(db, e.itemId);
    if (!item) return;
    if (e.kind === 'reschedule' && e.proposedMonth !== null)
      items.setItemTargetMonth(db, item.id, e.proposedMonth, at);
    if (e.kind === 'amend') items.setItemTitle(db, item.id, e.title, at);
    if (e.kind === 'withdraw') {
      items.setItemStatus(db, item.id, 'withdrawn', item.submittedOn, item.promulgatedOn, at);
    }
  });
}

function throwRequestNotFound(id: number): never {
  throw appError(
    'adjustment.notFound',
    `Không tìm thấy đề nghị điều chỉnh số ${id}.`,
    `Adjustment request ${id} was not found.`,
    { id },
  );
}
