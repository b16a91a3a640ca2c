import type { ParsedArgs } from '../../../shared/contract';
import type { Meeting } from '../../../shared/contract/meetings';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { pluralWord } from '../../../shared/format/plural';
import { getAgency } from '../../db/repositories/agencyRepository';
import * as meetings from '../../db/repositories/meetingRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

type MeetingInput = ParsedArgs<'meetings.create'>;

export function listMeetings(ctx: AppContext, args: ParsedArgs<'meetings.list'>): Meeting[] {
  return meetings.listMeetings(requireDb(ctx), { today: todayOf(ctx.now), ...args });
}

export function getMeeting(ctx: AppContext, id: number): Meeting {
  return meetings.getMeeting(requireDb(ctx), id) ?? throwNotFound(id);
}

export function createMeeting(ctx: AppContext, input: MeetingInput): Meeting {
  const db = requireDb(ctx);
  const fields = checkedFields(ctx, input);
  return db.transaction(() => {
    requireAgency(ctx);
    if (!input.confirmDuplicate) refuseUnconfirmedDuplicate(ctx, fields, null);
    return meetings.insertMeeting(db, fields, ctx.now().toISOString());
  })();
}

export function updateMeeting(ctx: AppContext, args: ParsedArgs<'meetings.update'>): Meeting {
  const db = requireDb(ctx);
  const { id, ...input } = args;
  const fields = checkedFields(ctx, input);
  return (
    db.transaction(() => {
      if (!input.confirmDuplicate) refuseUnconfirmedDuplicate(ctx, fields, id);
      return meetings.updateMeeting(db, id, fields, ctx.now().toISOString());
    })() ?? throwNotFound(id)
  );
}

/** Cancelling keeps the meeting (and later its dossiers) for the record; it only leaves the active lists. */
export function cancelMeeting(ctx: AppContext, id: number): Meeting {
  const db = requireDb(ctx);
  return (
    db.transaction(() => meetings.setMeetingStatus(db, id, 'cancelled', ctx.now().toISOString()))() ??
    throwNotFound(id)
  );
}

function checkedFields(ctx: AppContext, input: MeetingInput): meetings.MeetingFields {
  const today = todayOf(ctx.now);
  // A past meeting is entered for the record (the 12-month scorecard needs them), after a confirmation.
  if (input.date < today && !input.confirmPast) {
    throw appError(
      'meeting-in-past',
      `Ngày họp ${formatDate(input.date)} đã qua (hôm nay là ${formatDate(today)}). Nếu đây là cuộc họp đã diễn ra, cần nhập để theo dõi, hãy xác nhận để lưu.`,
      `The meeting date ${formatDate(input.date)} is in the past (today is ${formatDate(today)}). If it is a meeting that took place and is entered for the record, confirm to save it.`,
      { field: 'date', date: input.date, today, confirm: 'confirmPast' },
    );
  }
  if (input.kind === 'vice-chairman' && !input.viceChairman) {
    throw appError(
      'vice-chairman-required',
      'Buổi làm việc của Phó Chủ tịch cần ghi rõ Phó Chủ tịch nào chủ trì.',
      'A Vice-Chairman working session needs the name of the Vice-Chairman who chairs it.',
      { field: 'viceChairman' },
    );
  }
  const { confirmPast: _past, confirmDuplicate: _duplicate, ...fields } = input;
  return {
    ...fields,
    viceChairman: input.kind === 'vice-chairman' ? input.viceChairman : null,
  };
}

/** A second meeting of the same kind on the same day is usually a typing slip: ask before saving it. */
function refuseUnconfirmedDuplicate(
  ctx: AppContext,
  fields: meetings.MeetingFields,
  self: number | null,
): void {
  const same = meetings.countSameKindOnDay(requireDb(ctx), fields.kind, fields.date, self);
  if (same > 0) {
    throw appError(
      'meeting-duplicate',
      `Ngày ${formatDate(fields.date)} đã có ${same} cuộc họp cùng loại. Vẫn lưu thêm cuộc họp này?`,
      `There ${pluralWord(same, 'is', 'are', 'en')} already ${same} ${pluralWord(same, 'meeting', 'meetings', 'en')} of the same kind on ${formatDate(fields.date)}. Save this one as well?`,
      { field: 'date', date: fields.date, kind: fields.kind, existing: same, confirm: 'confirmDuplicate' },
    );
  }
}

function requireAgency(ctx: AppContext): void {
  if (!getAgency(requireDb(ctx))) {
    throw appError(
      'agency-not-set-up',
      'Chưa khai báo cơ quan. Hãy hoàn tất bước thiết lập ban đầu.',
      'No agency is set up yet. Finish the first-run setup.',
    );
  }
}

function throwNotFound(id: number): never {
  throw appError('meeting-not-found', `Không tìm thấy cuộc họp số ${id}.`, `Meeting ${id} was not found.`, {
    id,
  });
}
