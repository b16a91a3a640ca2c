/**
 * Hạn nộp: every deadline rule of the directive, computed on day numbers over a WorkingCalendar and a
 * RuleSet, and explained (which rule, from which date, which days were skipped and why, provisional or
 * not). The `…DueDay` functions are the fast core (a dashboard recomputes thousands); the `…Deadline`
 * functions wrap them with the explanation.
 */
import {
  civilFromDays,
  type DayNumber,
  daysFromCivil,
  formatDateVi,
  type IsoDate,
  isoFromDayNumber,
  parseIsoDate,
  weekdayNameEn,
  weekdayNameVi,
} from '../calendar/civilDate';
import type { DayKind, WorkingCalendar } from '../calendar/workingCalendar';
import { appError } from '../errors/appError';
import { ordinalEn, pluralWord } from '../format/plural';
import { isMeetingKind, MEETING_KINDS, type MeetingKind } from '../meetings/kinds';
import { DEFAULT_RULE_SET, type RuleSet } from './ruleSet';

export type DeadlineRule = 'signed-documents' | 'leader-opinion' | 'monthly-report' | 'task-extension-report';

/** A day passed over while counting back, with the reason it is not a working day. */
export interface SkippedDay {
  date: IsoDate;
  /** Vietnamese: "Thứ bảy", "Chủ nhật", "Nghỉ Tết Nguyên đán", "Nghỉ bù Quốc khánh"… */
  reason: string;
  reasonEn: string;
  kind: DayKind;
}

export interface Deadline {
  rule: DeadlineRule;
  due: IsoDate;
  /** End of office hours on the due day. */
  dueTime: string;
  /** True when a year involved has no announced schedule: the result may move when it is announced. */
  provisional: boolean;
  /** The date the rule counts from: the meeting, the 10th / 15th of the month, or the task's deadline. */
  from: IsoDate;
  /** Non-working days strictly between `due` and `from`, ascending. */
  skipped: SkippedDay[];
  explanation: { vi: string; en: string };
  /** Leader opinion only: true when the signed-documents deadline pulled it earlier (the cap). */
  capped?: boolean;
  /** Monthly report only: the month reported on (M) and the month it is sent in (M+1), 'YYYY-MM'. */
  months?: { reported: string; sent: string };
  /** With `today`: working days in (today, due] (0 = due today, negative = overdue). */
  workingDaysLeft?: number;
  /** With `today`: due − today in calendar days. */
  calendarDaysLeft?: number;
}

export interface MeetingRef {
  kind: string;
  date: IsoDate;
}

export function checkMeetingKind(kind: string): MeetingKind {
  if (!isMeetingKind(kind)) {
    throw appError(
      'unknown-meeting-kind',
      `Loại cuộc họp "${kind}" không tồn tại. Các loại: ${MEETING_KINDS.join(', ')}.`,
      `Unknown meeting kind "${kind}". Kinds: ${MEETING_KINDS.join(', ')}.`,
      { input: kind },
    );
  }
  return kind;
}

/** Reads 'YYYY-MM' (a report month); AppError 'invalid-month' otherwise. */
export function parseYearMonth(text: string, fieldName = 'month'): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const year = m ? Number(m[1]) : Number.NaN;
  const month = m ? Number(m[2]) : Number.NaN;
  if (!m || month < 1 || month > 12) {
    throw appError(
      'invalid-month',
      `${fieldName}: "${text}" không phải tháng hợp lệ (định dạng YYYY-MM, ví dụ 2026-03).`,
      `${fieldName}: "${text}" is not a valid month (format YYYY-MM, e.g. 2026-03).`,
      { field: fieldName, input: text },
    );
  }
  parseIsoDate(`${text}-01`, fieldName);
  return { year, month };
}

// ---- fast core -------------------------------------------------------------------------------------

/** Signed documents due day (WORKDAY(meeting, −n)), or null when the kind has no such rule. */
export function signedDocumentsDueDay(
  meeting: DayNumber,
  kind: MeetingKind,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
): DayNumber | null {
  const n = rules.signedDocumentsWorkingDays[kind];
  return n === null ? null : calendar.shiftWorkingDays(meeting, -n);
}

/** "Before the Nth of the month": the (N−1)th, or the working day before it when it is a day off. */
function beforeDayOfMonth(calendar: WorkingCalendar, year: number, month: number, n: number): DayNumber {
  return calendar.previousWorkingDayOnOrBefore(daysFromCivil(year, month, n - 1));
}

export function leaderOpinionDueDay(
  meeting: DayNumber,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
): DayNumber {
  const { year, month } = civilFromDays(meeting);
  return beforeDayOfMonth(calendar, year, month, rules.leaderOpinion.beforeDayOfMonth);
}

export function monthlyReportDueDay(
  year: number,
  month: number,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
): DayNumber {
  return beforeDayOfMonth(calendar, year, month, rules.monthlyReport.beforeDayOfMonth);
}

export function taskExtensionReportDueDay(
  taskDeadline: DayNumber,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
): DayNumber {
  return calendar.shiftWorkingDays(taskDeadline, -rules.taskExtensionReport.workingDaysBefore);
}

// ---- explained deadlines ---------------------------------------------------------------------------

function longVi(dn: DayNumber): string {
  return `${weekdayNameVi(dn)} ${formatDateVi(dn)}`;
}

function longEn(dn: DayNumber): string {
  return `${weekdayNameEn(dn)} ${formatDateVi(dn)}`;
}

interface Wording {
  vi: string;
  en: string;
}

function explain(
  rule: DeadlineRule,
  due: DayNumber,
  from: DayNumber,
  calendar: WorkingCalendar,
  rules: RuleSet,
  wording: Wording,
  today: IsoDate | undefined,
): Deadline {
  const skipped: SkippedDay[] = [];
  const lo = Math.min(due, from);
  const hi = Math.max(due, from);
  for (let d = lo + 1; d < hi; d++) {
    if (calendar.isWorkingDay(d)) continue;
    const info = calendar.dayInfo(d);
    skipped.push({ date: info.date, reason: info.name, reasonEn: info.nameEn, kind: info.kind });
  }
  const provisionalYears: number[] = [];
  for (let y = civilFromDays(lo).year; y <= civilFromDays(hi).year; y++) {
    if (calendar.isProvisional(y)) provisionalYears.push(y);
  }
  const provisional = provisionalYears.length > 0;
  let vi = `${wording.vi} Hạn: ${longVi(due)}, trước ${rules.officeHoursEnd}.`;
  let en = `${wording.en} Due: ${longEn(due)}, by ${rules.officeHoursEnd}.`;
  if (skipped.length > 0) {
    vi += ` Không tính các ngày nghỉ: ${skipped.map((s) => `${formatDateVi(parseIsoDate(s.date))} (${s.reason})`).join(', ')}.`;
    en += ` Days off not counted: ${skipped.map((s) => `${formatDateVi(parseIsoDate(s.date))} (${s.reasonEn})`).join(', ')}.`;
  }
  if (provisional) {
    const years = provisionalYears.join(', ');
    vi += ` Tạm tính: năm ${years} chưa có lịch nghỉ chính thức, ngày nghỉ tính theo quy định của Bộ luật Lao động.`;
    en += ` Provisional: no official holiday schedule for ${years} yet; days off follow the Labour Code's rules.`;
  }
  const deadline: Deadline = {
    rule,
    due: isoFromDayNumber(due),
    dueTime: rules.officeHoursEnd,
    provisional,
    from: isoFromDayNumber(from),
    skipped,
    explanation: { vi, en },
  };
  if (today !== undefined) {
    const t = parseIsoDate(today, 'today');
    deadline.workingDaysLeft = calendar.workingDaysBetween(t, due);
    deadline.calendarDaysLeft = due - t;
  }
  return deadline;
}

/** Every deadline that applies to a meeting, in the order of the rules (signed documents first). */
export function deadlinesForMeeting(
  meeting: MeetingRef,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
  today?: IsoDate,
): Deadline[] {
  const kind = checkMeetingKind(meeting.kind);
  const dn = parseIsoDate(meeting.date, 'meeting');
  const result: Deadline[] = [];
  const n = rules.signedDocumentsWorkingDays[kind];
  if (n !== null) {
    const due = calendar.shiftWorkingDays(dn, -n);
    result.push(
      explain(
        'signed-documents',
        due,
        dn,
        calendar,
        rules,
        {
          vi: `Bản ký, đóng dấu gửi Văn phòng UBND tỉnh trước ${n} ngày làm việc so với ngày họp ${longVi(dn)}.`,
          en: `Signed and stamped documents reach the PPC Office ${n} working ${pluralWord(n, 'day', 'days', 'en')} before the meeting on ${longEn(dn)}.`,
        },
        today,
      ),
    );
  }
  if (rules.leaderOpinion.kinds.includes(kind)) {
    const { year, month } = civilFromDays(dn);
    const limit = rules.leaderOpinion.beforeDayOfMonth;
    const monthRule = beforeDayOfMonth(calendar, year, month, limit);
    const signed = n === null ? null : calendar.shiftWorkingDays(dn, -n);
    const capped = rules.leaderOpinion.capAtSignedDocuments && signed !== null && signed < monthRule;
    const mm = `${String(month).padStart(2, '0')}/${year}`;
    const base = {
      vi: `Xin ý kiến Chủ tịch, Phó Chủ tịch UBND tỉnh trước ngày ${limit} của tháng họp (${mm}): ngày ${limit - 1}, lùi về ngày làm việc trước đó nếu là ngày nghỉ, tức ${longVi(monthRule)}.`,
      en: `Seek the Chairman's and Vice-Chairmen's opinion before the ${ordinalEn(limit)} of the session's month (${mm}): the ${ordinalEn(limit - 1)}, moved back to the previous working day if it is a day off, i.e. ${longEn(monthRule)}.`,
    };
    if (capped && signed !== null) {
      // The cap counts from the meeting (as the signed-documents rule does), so the skipped days listed
      // are those between the signed-documents deadline and the meeting.
      const deadline = explain(
        'leader-opinion',
        signed,
        dn,
        calendar,
        rules,
        {
          vi: `${base.vi} Ý kiến phải được xin trước khi hoàn thiện và ký hồ sơ, nên hạn không muộn hơn hạn nộp bản ký, đóng dấu (${n} ngày làm việc trước ngày họp ${longVi(dn)}): ${longVi(signed)}.`,
          en: `${base.en} The opinion must be sought before the documents are finalised and signed, so it is due no later than the signed-documents deadline (${n} working ${pluralWord(n ?? 0, 'day', 'days', 'en')} before the meeting on ${longEn(dn)}): ${longEn(signed)}.`,
        },
        today,
      );
      deadline.capped = true;
      result.push(deadline);
    } else {
      const late = monthRule >= dn;
      result.push(
        explain(
          'leader-opinion',
          monthRule,
          daysFromCivil(year, month, limit),
          calendar,
          rules,
          {
            vi: base.vi + (late ? ' Lưu ý: hạn này không sớm hơn ngày họp.' : ''),
            en: base.en + (late ? ' Note: this deadline is not earlier than the meeting.' : ''),
          },
          today,
        ),
      );
    }
  }
  return result;
}

/** 'YYYY-MM' of the month after `year`/`month`. */
function nextYearMonth(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

function mmYyyy(year: number, month: number): string {
  return `${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The month convention, in one place: the report ON month M ('YYYY-MM') is sent before the 15th of
 * month M+1 and also covers the preparation of M+1's items. Every screen, document and the CLI name
 * both months with these words.
 */
export function monthlyReportMonths(reportedMonth: string): { reported: string; sent: string } {
  const { year, month } = parseYearMonth(reportedMonth);
  const next = nextYearMonth(year, month);
  return { reported: reportedMonth, sent: `${next.year}-${String(next.month).padStart(2, '0')}` };
}

/** "Báo cáo tháng 02/2026 (gửi tháng 03/2026)": the label every output uses. */
export function monthlyReportLabel(reportedMonth: string): { vi: string; en: string } {
  const { year, month } = parseYearMonth(reportedMonth);
  const next = nextYearMonth(year, month);
  return {
    vi: `Báo cáo tháng ${mmYyyy(year, month)} (gửi tháng ${mmYyyy(next.year, next.month)})`,
    en: `Report on ${mmYyyy(year, month)} (sent in ${mmYyyy(next.year, next.month)})`,
  };
}

/**
 * Monthly work-program report ON month `reportedMonth` ('YYYY-MM'): due before the 15th (by default) of
 * the month after it.
 */
export function monthlyReportDeadline(
  reportedMonth: string,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
  today?: IsoDate,
): Deadline {
  const { year, month } = parseYearMonth(reportedMonth);
  const sent = nextYearMonth(year, month);
  const limit = rules.monthlyReport.beforeDayOfMonth;
  const due = beforeDayOfMonth(calendar, sent.year, sent.month, limit);
  const reported = mmYyyy(year, month);
  const sentText = mmYyyy(sent.year, sent.month);
  const limitDate = `${String(limit).padStart(2, '0')}/${sentText}`;
  const deadline = explain(
    'monthly-report',
    due,
    daysFromCivil(sent.year, sent.month, limit),
    calendar,
    rules,
    {
      vi: `Báo cáo kết quả thực hiện chương trình công tác tháng ${reported} và tình hình chuẩn bị các nội dung tháng ${sentText}, gửi Văn phòng UBND tỉnh trước ngày ${limitDate}: ngày ${limit - 1}/${sentText}, lùi về ngày làm việc trước đó nếu là ngày nghỉ.`,
      en: `Work-program report on ${reported} and on the preparation of ${sentText}'s items, to the PPC Office before ${limitDate}: the ${ordinalEn(limit - 1)} of ${sentText}, moved back to the previous working day if it is a day off.`,
    },
    today,
  );
  deadline.months = monthlyReportMonths(reportedMonth);
  return deadline;
}

/** Written report asking to extend an assigned task: the working day(s) before the task's deadline. */
export function taskExtensionReportDeadline(
  taskDeadline: IsoDate,
  calendar: WorkingCalendar,
  rules: RuleSet = DEFAULT_RULE_SET,
  today?: IsoDate,
): Deadline {
  const dn = parseIsoDate(taskDeadline, 'taskDeadline');
  const n = rules.taskExtensionReport.workingDaysBefore;
  return explain(
    'task-extension-report',
    calendar.shiftWorkingDays(dn, -n),
    dn,
    calendar,
    rules,
    {
      vi: `Nhiệm vụ không hoàn thành đúng hạn vì lý do khách quan, chính đáng phải có báo cáo bằng văn bản trước ${n} ngày làm việc so với hạn nhiệm vụ ${longVi(dn)}.`,
      en: `A task that cannot be finished on time for an objective, legitimate reason needs a written report ${n} working ${pluralWord(n, 'day', 'days', 'en')} before its deadline, ${longEn(dn)}.`,
    },
    today,
  );
}
