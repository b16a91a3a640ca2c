import type { ParsedArgs } from '../../../shared/contract';
import type { CoordinationView } from '../../../shared/contract/coordination';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { deleteBlobIfUnreferenced } from '../../db/repositories/blobRepository';
import * as requests from '../../db/repositories/coordinationRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { requireItem } from './agendaItemService';
import { ingest, placeAndRecord } from './attachmentService';
import { storeFor } from './attachmentStore';
import { calendarFor } from './calendarService';
import { dossierErrors } from './dossierErrors';
import { coordinationView } from './dossierViews';
import { requireDb } from './requireDb';

function requireRequest(ctx: AppContext, id: number): requests.CoordinationRecord {
  const found = requests.getRequest(requireDb(ctx), id);
  if (!found) throw dossierErrors.coordinationNotFound(id);
  return found;
}

function view(ctx: AppContext, id: number): CoordinationView {
  return coordinationView(requireRequest(ctx, id), todayOf(ctx.now), calendarFor(ctx));
}

function checkDates(askedOn: string, dueOn: string): void {
  if (dueOn < askedOn) {
    throw appError(
      'coordination-due-before-asked',
      `Hạn trả lời (${formatDate(dueOn)}) không được trước ngày gửi xin ý kiến (${formatDate(askedOn)}).`,
      `The response deadline (${formatDate(dueOn)}) cannot be before the date asked (${formatDate(askedOn)}).`,
      { field: 'dueOn', askedOn, dueOn },
    );
  }
}

export function listRequests(ctx: AppContext, itemId: number): CoordinationView[] {
  requireItem(ctx, itemId);
  const today = todayOf(ctx.now);
  const calendar = calendarFor(ctx);
  return requests.listRequests(requireDb(ctx), itemId).map((r) => coordinationView(r, today, calendar));
}

export function addRequest(ctx: AppContext, args: ParsedArgs<'coordination.add'>): CoordinationView {
  const db = requireDb(ctx);
  checkDates(args.askedOn, args.dueOn);
  const id = db.transaction(() => {
    requireItem(ctx, args.itemId);
    return requests.insertRequest(db, args.itemId, args, ctx.now().toISOString());
  })();
  return view(ctx, id);
}

export function updateRequest(ctx: AppContext, args: ParsedArgs<'coordination.update'>): CoordinationView {
  const db = requireDb(ctx);
  checkDates(args.askedOn, args.dueOn);
  db.transaction(() => {
    requireRequest(ctx, args.id);
    requests.updateRequest(db, args.id, args, ctx.now().toISOString());
  })();
  return view(ctx, args.id);
}

/** Records the answer; with a file, the letter is stored like an attachment, before the row points to it. */
export async function answerRequest(
  ctx: AppContext,
  args: ParsedArgs<'coordination.answer'>,
): Promise<CoordinationView> {
  const db = requireDb(ctx);
  const before = requireRequest(ctx, args.id);
  if (args.answeredOn < before.askedOn) {
    throw appError(
      'coordination-answer-before-asked',
      `Ngày nhận trả lời (${formatDate(args.answeredOn)}) không được trước ngày gửi xin ý kiến (${formatDate(before.askedOn)}).`,
      `The answer date (${args.answeredOn}) cannot be before the date asked (${before.askedOn}).`,
      { field: 'answeredOn' },
    );
  }
  const at = ctx.now().toISOString();
  const store = storeFor(ctx);
  let freed: string | null = null;
  if (args.file) {
    const file = await ingest(ctx, store, args.file);
    freed = placeAndRecord(ctx, store, file, () => {
      const current = requireRequest(ctx, args.id);
      requests.setAnswer(db, args.id, { ...args, file: { sha256: file.staged.sha256, name: file.name } }, at);
      const old = current.file?.sha256;
      return old && old !== file.staged.sha256 && deleteBlobIfUnreferenced(db, old) ? old : null;
    });
  } else {
    db.transaction(() => {
      const current = requireRequest(ctx, args.id);
      requests.setAnswer(db, args.id, { ...args, file: current.file }, at);
    })();
  }
  if (freed) store.removeFile(freed);
  return view(ctx, args.id);
}

export function clearAnswer(ctx: AppContext, id: number): CoordinationView {
  const db = requireDb(ctx);
  const freed = db.transaction(() => {
    const current = requireRequest(ctx, id);
    requests.clearAnswer(db, id, ctx.now().toISOString());
    const old = current.file?.sha256;
    return old && deleteBlobIfUnreferenced(db, old) ? old : null;
  })();
  if (freed) storeFor(ctx).removeFile(freed);
  return view(ctx, id);
}

export function removeRequest(ctx: AppContext, id: number): { id: number } {
  const db = requireDb(ctx);
  const freed = db.transaction(() => {
    const current = requireRequest(ctx, id);
    requests.deleteRequest(db, id);
    const old = current.file?.sha256;
    return old && deleteBlobIfUnreferenced(db, old) ? old : null;
  })();
  if (freed) storeFor(ctx).removeFile(freed);
  return { id };
}
