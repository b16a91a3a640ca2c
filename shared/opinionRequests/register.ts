/**
 * Xin ý kiến đến: the register of requests for the agency's opinion on someone else's draft (directive
 * §3a, §3b). Ministries, central agencies, other provinces, the PPC or its Office and other agencies send
 * a draft; the agency answers in writing (công văn góp ý) by a due date. Pure rules: no I/O, no clock.
 */
import {
  formatDateVi,
  type IsoDate,
  parseIsoDate,
  weekdayNameEn,
  weekdayNameVi,
} from '../calendar/civilDate';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { appError } from '../errors/appError';
import { pluralWord } from '../format/plural';

/** Who asks: the kinds of sender §3a and §3b name. */
export const REQUESTER_KINDS = ['ministry', 'province', 'agency', 'ppc', 'ppc-office', 'other'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

export const REQUESTER_KIND_LABELS: Record<RequesterKind, { vi: string; en: string }> = {
  ministry: { vi: 'Bộ, cơ quan trung ương', en: 'Ministry or central agency' },
  province: { vi: 'Tỉnh, thành phố khác', en: 'Another province' },
  agency: { vi: 'Sở, ban, ngành, địa phương', en: 'Department or local authority' },
  ppc: { vi: 'UBND tỉnh, Chủ tịch UBND tỉnh', en: 'The PPC or its Chairman' },
  'ppc-office': { vi: 'Văn phòng UBND tỉnh', en: 'The PPC Office' },
  other: { vi: 'Khác', en: 'Other' },
};

/** The stance of the answer letter: the same three answers as a coordinating agency's opinion. */
export const OPINION_STANCES = ['agree', 'agree-with-comments', 'disagree'] as const;
export type OpinionStance = (typeof OPINION_STANCES)[number];

export const OPINION_STANCE_LABELS: Record<OpinionStance, { vi: string; en: string }> = {
  agree: { vi: 'Thống nhất', en: 'Agree' },
  'agree-with-comments': { vi: 'Thống nhất, có ý kiến bổ sung', en: 'Agree with comments' },
  disagree: { vi: 'Không thống nhất', en: 'Disagree' },
};

/** What the clerk records; "overdue" is never stored, it is judged against today. */
export const STORED_STATES = ['received', 'drafting', 'answered'] as const;
export type StoredState = (typeof STORED_STATES)[number];
export const OPINION_REQUEST_STATES = ['received', 'drafting', 'answered', 'overdue'] as const;
export type OpinionRequestState = (typeof OPINION_REQUEST_STATES)[number];

export const OPINION_REQUEST_STATE_LABELS: Record<OpinionRequestState, { vi: string; en: string }> = {
  received: { vi: 'Mới nhận', en: 'Received' },
  drafting: { vi: 'Đang dự thảo', en: 'Being drafted' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
};

/** The default "N working days after receipt" when the sender names no date (Settings changes it). */
export const DEFAULT_ANSWER_WORKING_DAYS = 5;
export const MAX_ANSWER_WORKING_DAYS = 60;

/** An answered request is answered; an open one whose due day is before today is overdue. */
export function requestState(stored: StoredState, due: IsoDate, today: IsoDate): OpinionRequestState {
  if (stored === 'answered') return 'answered';
  return due < today ? 'overdue' : stored;
}

/** Hạn trả lời, with the reason it falls where it does. */
export interface OpinionDue {
  due: IsoDate;
  /** 'typed': the sender's own date; 'working-days': N working days after receipt. */
  source: 'typed' | 'working-days';
  workingDays: number | null;
  /** A year involved has no announced holiday schedule: the date may move when it is announced. */
  provisional: boolean;
  /** Non-working days passed over between receipt and the due day. */
  skipped: Array<{ date: IsoDate; reason: string; reasonEn: string }>;
  explanation: { vi: string; en: string };
}

function longVi(iso: IsoDate): string {
  const dn = parseIsoDate(iso);
  return `${weekdayNameVi(dn)} ${formatDateVi(dn)}`;
}

function longEn(iso: IsoDate): string {
  const dn = parseIsoDate(iso);
  return `${weekdayNameEn(dn)} ${formatDateVi(dn)}`;
}

/**
 * The answer's due date: the date the sender typed, or the N-th working day after the day of receipt on
 * the agency's calendar (the day of receipt itself does not count, as in "trong thời hạn N ngày làm việc
 * kể từ ngày nhận"). A due date before receipt is refused: it is always a typing mistake.
 */
export function opinionDue(
  input: { received: IsoDate; typedDue: IsoDate | null; workingDays: number },
  calendar: WorkingCalendar,
): OpinionDue {
  const received = parseIsoDate(input.received, 'received');
  if (input.typedDue !== null) {
    const typed = parseIsoDate(input.typedDue, 'due');
    if (typed < received) {
      throw appError(
        'opinionRequest.dueBeforeReceipt',
        `Hạn trả lời ${formatDateVi(typed)} ở trước ngày nhận ${formatDateVi(received)}. Không có gì được ghi.`,
        `The answer due date ${formatDateVi(typed)} is before the day of receipt ${formatDateVi(received)}. Nothing was written.`,
        { field: 'due' },
      );
    }
    return {
      due: input.typedDue,
      source: 'typed',
      workingDays: null,
      provisional: false,
      skipped: [],
      explanation: {
        vi: `Hạn do cơ quan gửi ấn định: ${longVi(input.typedDue)}.`,
        en: `Due date set by the sender: ${longEn(input.typedDue)}.`,
      },
    };
  }
  const n = input.workingDays;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ANSWER_WORKING_DAYS) {
    throw appError(
      'opinionRequest.invalidWorkingDays',
      `Số ngày làm việc để trả lời phải từ 1 đến ${MAX_ANSWER_WORKING_DAYS} (nhận được: ${n}).`,
      `The working days to answer must be 1 to ${MAX_ANSWER_WORKING_DAYS} (got ${n}).`,
      { field: 'workingDays' },
    );
  }
  const dueDn = calendar.shiftWorkingDays(received, n);
  const skipped: OpinionDue['skipped'] = [];
  for (let d = received + 1; d < dueDn; d++) {
    if (calendar.isWorkingDay(d)) continue;
    const info = calendar.dayInfo(d);
    skipped.push({ date: info.date, reason: info.name, reasonEn: info.nameEn });
  }
  const due = calendar.dayInfo(dueDn).date;
  const firstYear = Number(input.received.slice(0, 4));
  const lastYear = Number(due.slice(0, 4));
  let provisional = false;
  for (let y = firstYear; y <= lastYear; y++) provisional ||= calendar.isProvisional(y);
  let vi = `${n} ngày làm việc kể từ ngày nhận ${longVi(input.received)}: hạn ${longVi(due)}.`;
  let en = `${n} working ${pluralWord(n, 'day', 'days', 'en')} after receipt on ${longEn(input.received)}: due ${longEn(due)}.`;
  if (skipped.length > 0) {
    vi += ` Không tính: ${skipped.map((s) => `${formatDateVi(parseIsoDate(s.date))} (${s.reason})`).join(', ')}.`;
    en += ` Not counted: ${skipped.map((s) => `${formatDateVi(parseIsoDate(s.date))} (${s.reasonEn})`).join(', ')}.`;
  }
  if (provisional) {
    vi += ' Tạm tính: năm chưa có lịch nghỉ chính thức.';
    en += ' Provisional: no official holiday schedule for that year yet.';
  }
  return { due, source: 'working-days', workingDays: n, provisional, skipped, explanation: { vi, en } };
}

/** The answer recorded: refused without a stance or with a date before receipt. */
export function checkAnswer(input: {
  received: IsoDate;
  answeredOn: IsoDate;
  stance: OpinionStance | null;
  today: IsoDate;
}): OpinionStance {
  if (input.stance === null) {
    throw appError(
      'opinionRequest.answerWithoutStance',
      'Cần chọn ý kiến của cơ quan (thống nhất / thống nhất có ý kiến bổ sung / không thống nhất). Không có gì được ghi.',
      'Choose the agency’s stance (agree / agree with comments / disagree). Nothing was written.',
      { field: 'stance' },
    );
  }
  if (input.answeredOn < input.received) {
    throw appError(
      'opinionRequest.answerBeforeReceipt',
      `Ngày văn bản trả lời ${formatDateVi(parseIsoDate(input.answeredOn))} ở trước ngày nhận ${formatDateVi(parseIsoDate(input.received))}. Không có gì được ghi.`,
      `The answer date ${formatDateVi(parseIsoDate(input.answeredOn))} is before the day of receipt ${formatDateVi(parseIsoDate(input.received))}. Nothing was written.`,
      { field: 'answeredOn' },
    );
  }
  if (input.answeredOn > input.today) {
    throw appError(
      'opinionRequest.answerInFuture',
      `Ngày văn bản trả lời ${formatDateVi(parseIsoDate(input.answeredOn))} ở sau hôm nay. Không có gì được ghi.`,
      `The answer date ${formatDateVi(parseIsoDate(input.answeredOn))} is after today. Nothing was written.`,
      { field: 'answeredOn' },
    );
  }
  return input.stance;
}

export function isRequesterKind(value: string): value is RequesterKind {
  return REQUESTER_KINDS.some((k) => k === value);
}
