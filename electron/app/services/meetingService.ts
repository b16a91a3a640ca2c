import type { ParsedArgs } from '../../../shared/contract';
import type { Meeting } from '../../../shared/contract/meetings';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
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
    return meetings.insertMeeting(db, fields, ctx.now().toISOString());
  })();
}

export function updateMeeting(ctx: AppContext, args: ParsedArgs<'meetings.update'>): Meeting {
  const db = requireDb(ctx);
  const { id, ...input } = args;
  const fields = checkedFields(ctx, input);
  return (
    db.transaction(() => meetings.updateMeeting(db, id, fields, ctx.now().toISOString()))() ??
    throwNotFound(id)
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
  if (input.date < today) {
    throw appError(
      'meeting-in-past',
      `Ngày họp ${formatDate(input.date)} đã qua (hôm nay là ${formatDate(today)}). Hãy chọn ngày từ hôm nay trở đi.`,
      `The meeting date ${formatDate(input.date)} is in the past (today is ${formatDate(today)}). Choose today or a later date.`,
      { field: 'date', date: input.date, today },
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
  return {
    ...input,
    viceChairman: input.kind === 'vice-chairman' ? input.viceChairman : null,
  };
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
