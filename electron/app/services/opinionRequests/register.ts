/**
 * Xin ý kiến đến (§3a, §3b): the register's use cases. Due days are counted on the agency's working
 * calendar when recorded (the clerk writes that day into the register) and explained from the same
 * calendar; "overdue" and "due soon" are judged against today on every read.
 */
import type { Database } from 'better-sqlite3';
import { dayNumber } from '../../../../shared/calendar/civilDate';
import type { ParsedArgs } from '../../../../shared/contract';
import type { OpinionRequestSettings, OpinionRequestView } from '../../../../shared/contract/opinionRequests';
import { ftsMatchExpression } from '../../../../shared/dossiers/searchText';
import { appError } from '../../../../shared/errors/appError';
import { type OpinionRequestDuty, opinionRequestDuties } from '../../../../shared/opinionRequests/agenda';
import {
  checkAnswer,
  DEFAULT_ANSWER_WORKING_DAYS,
  type OpinionDue,
  opinionDue,
  requestState,
} from '../../../../shared/opinionRequests/register';
import { deleteBlobIfUnreferenced } from '../../../db/repositories/blobRepository';
import * as repo from '../../../db/repositories/opinionRequestRepository';
import { readSetting, writeSetting } from '../../../db/repositories/settingRepository';
import { todayOf } from '../../clock';
import type { AppContext } from '../../context';
import { ingest, placeAndRecord } from '../attachmentService';
import { storeFor } from '../attachmentStore';
import { calendarFor } from '../calendarService';
import { readThresholds } from '../dossierDeadlines';
import { requireDb } from '../requireDb';

export const OPINION_REQUEST_SETTINGS = 'opinion-requests';

export function readRegisterSettings(db: Database): OpinionRequestSettings {
  const stored = readSetting(db, OPINION_REQUEST_SETTINGS);
  const n =
    typeof stored === 'object' && stored !== null
      ? (stored as Record<string, unknown>).answerWorkingDays
      : null;
  // Settings outlive the code that wrote them: a value out of range falls back to the default.
  return {
    answerWorkingDays:
      typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 60 ? n : DEFAULT_ANSWER_WORKING_DAYS,
  };
}

export function getSettings(ctx: AppContext): OpinionRequestSettings {
  return readRegisterSettings(requireDb(ctx));
}

export function saveSettings(ctx: AppContext, args: OpinionRequestSettings): OpinionRequestSettings {
  const db = requireDb(ctx);
  db.transaction(() => writeSetting(db, OPINION_REQUEST_SETTINGS, args, ctx.now().toISOString()))();
  return readRegisterSettings(db);
}

/** The due day of a request about to be recorded (typed, or N working days after receipt). */
export function dueFor(
  ctx: AppContext,
  input: { received: string; due: string | null; workingDays: number | null },
): OpinionDue {
  const n = input.workingDays ?? readRegisterSettings(requireDb(ctx)).answerWorkingDays;
  return opinionDue({ received: input.received, typedDue: input.due, workingDays: n }, calendarFor(ctx));
}

export function previewDue(ctx: AppContext, args: ParsedArgs<'opinionRequests.previewDue'>) {
  const due = dueFor(ctx, args);
  return {
    due: due.due,
    workingDays: due.workingDays,
    provisional: due.provisional,
    explanation: due.explanation,
  };
}

function fieldsOf(ctx: AppContext, args: ParsedArgs<'opinionRequests.create'>): repo.OpinionRequestFields {
  if (args.theirDate !== null && args.theirDate > args.received) {
    throw appError(
      'opinionRequest.theirDateAfterReceipt',
      'Ngày văn bản xin ý kiến ở sau ngày nhận. Không có gì được ghi.',
      'The request’s document date is after the day it was received. Nothing was written.',
      { field: 'theirDate' },
    );
  }
  const due = dueFor(ctx, args);
  return {
    requesterKind: args.requesterKind,
    requester: args.requester,
    theirNumber: args.theirNumber,
    theirDate: args.theirDate,
    subject: args.subject,
    received: args.received,
    due: due.due,
    dueWorkingDays: due.workingDays,
    assignee: args.assignee,
    notes: args.notes,
  };
}

export function createRequest(
  ctx: AppContext,
  args: ParsedArgs<'opinionRequests.create'>,
): OpinionRequestView {
  const db = requireDb(ctx);
  const fields = fieldsOf(ctx, args);
  const id = db.transaction(() => repo.insertRequest(db, fields, ctx.now().toISOString()))();
  return getRequestView(ctx, id);
}

export function updateRequest(
  ctx: AppContext,
  args: ParsedArgs<'opinionRequests.update'>,
): OpinionRequestView {
  const db = requireDb(ctx);
  const fields = fieldsOf(ctx, args);
  db.transaction(() => {
    const current = requireRecord(db, args.id);
    if (current.answeredOn !== null && current.answeredOn < fields.received) {
      throw appError(
        'opinionRequest.answerBeforeReceipt',
        'Ngày nhận mới ở sau ngày văn bản trả lời. Không có gì được ghi.',
        'The new day of receipt is after the answer’s date. Nothing was written.',
        { field: 'received' },
      );
    }
    // An answered request stays answered: its state changes through answer / reopen only.
    const storedState = current.storedState === 'answered' ? 'answered' : args.storedState;
    repo.updateRequest(db, args.id, { ...fields, storedState }, ctx.now().toISOString());
  })();
  return getRequestView(ctx, args.id);
}

/** Records the answer; with a file, the letter is stored like an attachment before the row points to it. */
export async function answerRequest(
  ctx: AppContext,
  args: ParsedArgs<'opinionRequests.answer'>,
): Promise<OpinionRequestView> {
  const db = requireDb(ctx);
  const before = requireRecord(db, args.id);
  const stance = checkAnswer({
    received: before.received,
    answeredOn: args.answeredOn,
    stance: args.stance,
    today: todayOf(ctx.now),
  });
  const at = ctx.now().toISOString();
  const answer = { number: args.number, answeredOn: args.answeredOn, stance, summary: args.summary };
  let freed: string | null = null;
  const store = storeFor(ctx);
  if (args.file) {
    const file = await ingest(ctx, store, args.file);
    freed = placeAndRecord(ctx, store, file, () => {
      const current = requireRecord(db, args.id);
      repo.setAnswer(db, args.id, { ...answer, file: { sha256: file.staged.sha256, name: file.name } }, at);
      const old = current.blobSha256;
      return old && old !== file.staged.sha256 && deleteBlobIfUnreferenced(db, old) ? old : null;
    });
  } else {
    db.transaction(() => {
      requireRecord(db, args.id);
      repo.setAnswer(db, args.id, { ...answer, file: null }, at);
    })();
  }
  if (freed) store.removeFile(freed);
  return getRequestView(ctx, args.id);
}

export function reopenRequest(ctx: AppContext, id: number): OpinionRequestView {
  const db = requireDb(ctx);
  db.transaction(() => {
    requireRecord(db, id);
    repo.clearAnswer(db, id, ctx.now().toISOString());
  })();
  return getRequestView(ctx, id);
}

export function deleteRequest(ctx: AppContext, id: number): { deleted: true } {
  const db = requireDb(ctx);
  const freed = db.transaction(() => {
    const current = requireRecord(db, id);
    repo.deleteRequest(db, id);
    const old = current.blobSha256;
    return old && deleteBlobIfUnreferenced(db, old) ? old : null;
  })();
  if (freed) storeFor(ctx).removeFile(freed);
  return { deleted: true };
}

export function getRequestView(ctx: AppContext, id: number): OpinionRequestView {
  const record = requireRecord(requireDb(ctx), id);
  return viewOf(ctx, record, todayOf(ctx.now), readThresholds(requireDb(ctx)).amber);
}

export function listRegister(ctx: AppContext, args: ParsedArgs<'opinionRequests.list'>) {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const amber = readThresholds(db).amber;
  const match = ftsMatchExpression(args.text);
  const all = repo
    .listRequests(db, {
      match: args.text.trim() === '' ? null : (match ?? '""'),
      requesterKind: args.requesterKind,
      fromDate: args.fromDate,
      toDate: args.toDate,
    })
    .map((r) => viewOf(ctx, r, today, amber));
  const requests = args.states.length === 0 ? all : all.filter((r) => args.states.includes(r.state));
  // The warnings count the whole register, so a filter cannot hide an overdue request.
  const open = repo.listOpenDueBy(db, '9999-12-31').map((r) => viewOf(ctx, r, today, amber));
  return {
    requests,
    overdue: open.filter((r) => r.state === 'overdue').length,
    dueSoon: open.filter((r) => r.dueSoon).length,
  };
}

/**
 * The register's dated duties for the deadline agenda: open requests due in [from, to], and the overdue
 * ones before `from` when asked. Reads only open rows by the partial index of migration 0008.
 */
export function registerDuties(
  ctx: AppContext,
  range: { from: string; to: string; includeOverdue: boolean },
): OpinionRequestDuty[] {
  const db = requireDb(ctx);
  const calendar = calendarFor(ctx);
  const rows = repo.listOpenDueBy(db, range.to).map((r) => ({
    id: r.id,
    subject: r.subject,
    requester: r.requester,
    theirNumber: r.theirNumber,
    due: r.due,
    storedState: r.storedState,
    assignee: r.assignee,
    provisional: calendar.isProvisional(Number(r.due.slice(0, 4))),
  }));
  return opinionRequestDuties(rows, { ...range, today: todayOf(ctx.now) });
}

function viewOf(
  ctx: AppContext,
  r: repo.OpinionRequestRecord,
  today: string,
  amber: number,
): OpinionRequestView {
  const calendar = calendarFor(ctx);
  let explanation: OpinionRequestView['dueExplanation'];
  let provisional = false;
  const recomputed =
    r.dueWorkingDays === null
      ? opinionDue({ received: r.received, typedDue: r.due, workingDays: 1 }, calendar)
      : opinionDue({ received: r.received, typedDue: null, workingDays: r.dueWorkingDays }, calendar);
  if (recomputed.due === r.due) {
    explanation = recomputed.explanation;
    provisional = recomputed.provisional;
  } else {
    // The calendar changed since the day was recorded (an agency day off added): the register keeps the
    // day it wrote, and says what the calendar gives now.
    explanation = {
      vi: `Hạn ghi khi nhận: ${r.due.split('-').reverse().join('/')}. Theo lịch hiện tại: ${recomputed.explanation.vi}`,
      en: `Due day recorded on receipt: ${r.due.split('-').reverse().join('/')}. By the current calendar: ${recomputed.explanation.en}`,
    };
  }
  const state = requestState(r.storedState, r.due, today);
  const workingDaysLeft =
    r.storedState === 'answered' ? null : calendar.workingDaysBetween(dayNumber(today), dayNumber(r.due));
  return {
    id: r.id,
    requesterKind: r.requesterKind,
    requester: r.requester,
    theirNumber: r.theirNumber,
    theirDate: r.theirDate,
    subject: r.subject,
    received: r.received,
    due: r.due,
    dueWorkingDays: r.dueWorkingDays,
    dueExplanation: explanation,
    provisional,
    assignee: r.assignee,
    storedState: r.storedState,
    state,
    workingDaysLeft,
    dueSoon: state !== 'overdue' && workingDaysLeft !== null && workingDaysLeft <= amber,
    answer:
      r.answeredOn !== null && r.stance !== null
        ? { number: r.answerNumber, date: r.answeredOn, stance: r.stance, summary: r.answerSummary }
        : null,
    file: r.blobSha256 !== null && r.blobName !== null ? { sha256: r.blobSha256, name: r.blobName } : null,
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function requireRecord(db: Database, id: number): repo.OpinionRequestRecord {
  const record = repo.getRequest(db, id);
  if (!record) {
    throw appError(
      'opinionRequest.notFound',
      `Không tìm thấy văn bản xin ý kiến số ${id}.`,
      `Opinion request ${id} was not found.`,
      { id },
    );
  }
  return record;
}
