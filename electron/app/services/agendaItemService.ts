import type { ParsedArgs } from '../../../shared/contract';
import type {
  AgendaItem,
  AgendaItemDetail,
  AgendaItemList,
  AgendaItemView,
  DossierDeadline,
  MeetingRef,
} from '../../../shared/contract/agendaItems';
import type { Meeting } from '../../../shared/contract/meetings';
import { allowedTransitions, canTransition, STATUS_LABELS } from '../../../shared/dossiers/itemStatus';
import { appError } from '../../../shared/errors/appError';
import * as items from '../../db/repositories/agendaItemRepository';
import { blobsOfItem } from '../../db/repositories/attachmentRepository';
import { deleteBlobIfUnreferenced } from '../../db/repositories/blobRepository';
import { insertEntries } from '../../db/repositories/checklistRepository';
import * as meetings from '../../db/repositories/meetingRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { documentsToSignByItem } from './documentsToSign';
import { deadlineContext, itemDeadlines, meetingDeadlines } from './dossierDeadlines';
import { dossierErrors } from './dossierErrors';
import { requireDb } from './requireDb';
import { checkSubmissionMoment, type Moment, momentOrNow } from './submissionRecords';
import { templateEntries } from './templateService';

const EMPTY_CHECKLIST = {
  total: 0,
  required: 0,
  done: 0,
  missingRequired: 0,
  unsignedMustSign: 0,
  attachments: 0,
};
const EMPTY_COORDINATION = { total: 0, answered: 0, overdue: 0, disagree: 0 };

export function meetingRef(m: Meeting): MeetingRef {
  return { id: m.id, kind: m.kind, date: m.date, time: m.time, title: m.title, status: m.status };
}

function requireMeeting(ctx: AppContext, id: number): Meeting {
  return meetings.getMeeting(requireDb(ctx), id) ?? throwError(dossierErrors.meetingNotFound(id));
}

export function requireItem(ctx: AppContext, id: number): AgendaItem {
  return items.getAgendaItem(requireDb(ctx), id) ?? throwError(dossierErrors.itemNotFound(id));
}

function throwError(error: Error): never {
  throw error;
}

/** The items of a meeting with their deadlines, checklist and coordination counts. */
export function listItems(ctx: AppContext, meetingId: number): AgendaItemList {
  const db = requireDb(ctx);
  const meeting = requireMeeting(ctx, meetingId);
  const dc = deadlineContext(ctx);
  const deadlines = meetingDeadlines(dc, meeting);
  const checklist = items.checklistCountsForMeeting(db, meetingId);
  const toSign = documentsToSignByItem(db, meetingId);
  const coordination = items.coordinationCountsForMeeting(db, meetingId, dc.today);
  return {
    meeting,
    deadlines,
    items: items.listAgendaItems(db, meetingId).map((item) => ({
      ...item,
      deadlines: itemDeadlines(item.status, deadlines),
      checklist: withUnsignedFromVerdicts(checklist.get(item.id), toSign.get(item.id)),
      coordination: coordination.get(item.id) ?? EMPTY_COORDINATION,
      allowedStatuses: allowedTransitions(item.status),
    })),
  };
}

/**
 * "N văn bản chưa có bản ký tin cậy" counts what the dashboard lists: must-sign documents without a trusted
 * signature over the whole file, read from the verdicts stored at attach time — not the entries' states,
 * which a user may have set to "signed" over a PDF that says otherwise.
 */
function withUnsignedFromVerdicts(
  counts: items.ChecklistTally | undefined,
  toSign: readonly unknown[] | undefined,
): AgendaItemView['checklist'] {
  return counts ? { ...counts, unsignedMustSign: toSign?.length ?? 0 } : EMPTY_CHECKLIST;
}

export function getItem(ctx: AppContext, id: number): AgendaItemDetail {
  const item = requireItem(ctx, id);
  const list = listItems(ctx, item.meetingId);
  const view = list.items.find((i) => i.id === id);
  if (!view) throw dossierErrors.itemNotFound(id);
  return { ...view, meeting: meetingRef(list.meeting) };
}

/** A new item, with its checklist copied from the agency's current template for its kind. */
export function createItem(ctx: AppContext, args: ParsedArgs<'agendaItems.create'>): AgendaItemDetail {
  const db = requireDb(ctx);
  const { meetingId, ...fields } = args;
  const id = db.transaction(() => {
    const meeting = requireMeeting(ctx, meetingId);
    if (meeting.status === 'cancelled') {
      throw appError(
        'meeting-cancelled',
        `Cuộc họp "${meeting.title}" đã bị huỷ; không thêm nội dung trình được.`,
        `The meeting "${meeting.title}" was cancelled; items cannot be added to it.`,
        { meetingId },
      );
    }
    const at = ctx.now().toISOString();
    const itemId = items.insertAgendaItem(db, meetingId, fields, at);
    insertEntries(db, itemId, templateEntries(db, fields.contentKind), at);
    return itemId;
  })();
  return getItem(ctx, id);
}

/** Edits the item's fields. A changed kind keeps the checklist: it is never rewritten behind the user. */
export function updateItem(ctx: AppContext, args: ParsedArgs<'agendaItems.update'>): AgendaItemDetail {
  const db = requireDb(ctx);
  const { id, ...fields } = args;
  db.transaction(() => {
    if (!items.updateAgendaItem(db, id, fields, ctx.now().toISOString()))
      throw dossierErrors.itemNotFound(id);
  })();
  return getItem(ctx, id);
}

export function setStatus(ctx: AppContext, args: ParsedArgs<'agendaItems.setStatus'>): AgendaItemDetail {
  const db = requireDb(ctx);
  db.transaction(() => {
    const item = requireItem(ctx, args.id);
    if (item.status === args.status) return;
    if (!canTransition(item.status, args.status)) {
      const from = STATUS_LABELS[item.status];
      const to = STATUS_LABELS[args.status];
      const allowed = allowedTransitions(item.status);
      throw appError(
        'invalid-status-transition',
        `Không chuyển được từ "${from.vi}" sang "${to.vi}". Có thể chuyển sang: ${allowed.map((s) => STATUS_LABELS[s].vi).join(', ')}.`,
        `Cannot move from "${from.en}" to "${to.en}". Allowed: ${allowed.map((s) => STATUS_LABELS[s].en).join(', ')}.`,
        { from: item.status, to: args.status, allowed },
      );
    }
    let at: Moment | null = null;
    if (args.status === 'submitted' && item.submittedOn === null) {
      at = momentOrNow(ctx, args.submittedOn, args.submittedTime);
      checkSubmissionMoment(ctx, item, at);
    }
    items.setAgendaItemStatus(
      db,
      args.id,
      args.status,
      ctx.now().toISOString(),
      at?.date ?? todayOf(ctx.now),
      at?.time ?? null,
    );
  })();
  return getItem(ctx, args.id);
}

/** Sets the order of a meeting's items; the list must name each of its items exactly once. */
export function reorderItems(ctx: AppContext, args: ParsedArgs<'agendaItems.reorder'>): AgendaItemList {
  const db = requireDb(ctx);
  db.transaction(() => {
    requireMeeting(ctx, args.meetingId);
    const current = items.listAgendaItems(db, args.meetingId).map((i) => i.id);
    const given = new Set(args.itemIds);
    if (
      given.size !== args.itemIds.length ||
      given.size !== current.length ||
      !current.every((id) => given.has(id))
    ) {
      throw appError(
        'invalid-item-order',
        'Thứ tự mới phải gồm đúng mỗi nội dung trình của cuộc họp một lần.',
        "The new order must list each of the meeting's items exactly once.",
        { meetingId: args.meetingId, expected: current, given: args.itemIds },
      );
    }
    items.setAgendaItemPositions(db, args.itemIds, ctx.now().toISOString());
  })();
  return listItems(ctx, args.meetingId);
}

/**
 * Deletes an item with its checklist, attachments and coordination requests. Stored files that nothing
 * else uses are removed after the transaction (a crash in between leaves an orphan file that "check
 * data" reports, never a row without its file).
 */
export function deleteItem(ctx: AppContext, id: number): { id: number } {
  const db = requireDb(ctx);
  const freed = db.transaction(() => {
    const item = requireItem(ctx, id);
    const hashes = blobsOfItem(db, item.id);
    items.deleteAgendaItem(db, item.id);
    return hashes.filter((h) => deleteBlobIfUnreferenced(db, h));
  })();
  const store = storeFor(ctx);
  for (const h of freed) store.removeFile(h);
  return { id };
}

export type { AgendaItemView, DossierDeadline };
