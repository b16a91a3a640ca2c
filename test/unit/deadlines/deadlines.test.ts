import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../../../shared/calendar/civilDate';
import { createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
import {
  type Deadline,
  type DeadlineRule,
  deadlinesForMeeting,
  type MeetingRef,
  monthlyReportDeadline,
  monthlyReportLabel,
  monthlyReportMonths,
  signedDocumentsDueDay,
  taskExtensionReportDeadline,
} from '../../../shared/deadlines/deadlines';
import { DEFAULT_RULE_SET, type RuleSet } from '../../../shared/deadlines/ruleSet';
import { type AppError, isAppError } from '../../../shared/errors/appError';

const calendar = createWorkingCalendar();
const aMeeting = (m: Partial<MeetingRef> = {}): MeetingRef => ({
  kind: 'chairman',
  date: '2026-12-17',
  ...m,
});
const aRuleSet = (r: Partial<RuleSet> = {}): RuleSet => ({ ...DEFAULT_RULE_SET, ...r });

function ruleOf(
  meeting: MeetingRef,
  rule: DeadlineRule,
  today?: string,
  rules: RuleSet = DEFAULT_RULE_SET,
): Deadline {
  const found = deadlinesForMeeting(meeting, calendar, rules, today).find((x) => x.rule === rule);
  if (!found) throw new Error(`no ${rule} deadline for ${JSON.stringify(meeting)}`);
  return found;
}
const signed = (m: Partial<MeetingRef>) => ruleOf(aMeeting(m), 'signed-documents');
const skippedOf = (x: Deadline) => x.skipped.map((s) => `${s.date} ${s.reason}`);

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('signed documents reach the PPC Office n working days before the meeting', () => {
  it('is due Monday 14/12/2026 for a Chairman’s session on Thursday 17/12/2026, by 17:00', () => {
    const x = signed({});
    expect(x).toMatchObject({ due: '2026-12-14', dueTime: '17:00', from: '2026-12-17', provisional: false });
    expect(x.skipped).toEqual([]);
    expect(x.explanation.vi).toContain('3 ngày làm việc');
    expect(x.explanation.en).toContain('Monday 14/12/2026');
  });

  it('applies 3 working days to PPC, thematic, Chairman and Vice-Chairman sessions and 2 to the Party Affairs Committee', () => {
    for (const kind of ['ppc', 'ppc-thematic', 'chairman', 'vice-chairman'])
      expect(signed({ kind }).due).toBe('2026-12-14');
    expect(signed({ kind: 'party-committee' }).due).toBe('2026-12-15');
    expect(deadlinesForMeeting(aMeeting({ kind: 'other' }), calendar)).toEqual([]);
    expect(signedDocumentsDueDay(dayNumber('2026-12-17'), 'other', calendar)).toBeNull();
  });

  it('moves back over the New Year holiday and the swapped Friday into December (meeting Mon 05/01/2026)', () => {
    const x = signed({ date: '2026-01-05' });
    expect(x.due).toBe('2025-12-29');
    expect(x.provisional).toBe(false);
    expect(skippedOf(x)).toEqual([
      '2026-01-01 Tết Dương lịch',
      '2026-01-02 Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)',
      '2026-01-03 Thứ bảy',
      '2026-01-04 Chủ nhật',
    ]);
  });

  it('crosses into a provisional year end (meeting Mon 04/01/2027) and says so', () => {
    const x = signed({ kind: 'ppc', date: '2027-01-04' });
    expect(x.due).toBe('2026-12-29');
    expect(x.provisional).toBe(true);
    expect(skippedOf(x)).toEqual(['2027-01-01 Tết Dương lịch', '2027-01-02 Thứ bảy', '2027-01-03 Chủ nhật']);
    expect(x.explanation.vi).toContain('Tạm tính: năm 2027');
  });

  it('counts the swapped Saturday 10/01/2026 as a working day', () => {
    expect(signed({ date: '2026-01-13' }).due).toBe('2026-01-09');
    expect(signed({ kind: 'party-committee', date: '2026-01-13' }).due).toBe('2026-01-10');
  });

  it('skips the whole Tết 2026 holiday (meeting Mon 23/02/2026 → Wed 11/02/2026)', () => {
    const x = signed({ date: '2026-02-23' });
    expect(x.due).toBe('2026-02-11');
    expect(x.skipped).toHaveLength(9);
    expect(x.skipped.filter((s) => s.reason === 'Nghỉ Tết Nguyên đán').map((s) => s.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('skips Tết 2025 for a Party Affairs Committee session on Mon 03/02/2025 → Thu 23/01/2025', () => {
    expect(signed({ kind: 'party-committee', date: '2025-02-03' }).due).toBe('2025-01-23');
  });

  it('skips 30/4–1/5 and the Hùng Kings make-up day in 2026 (meeting Mon 04/05/2026 → Fri 24/04/2026)', () => {
    const x = signed({ kind: 'vice-chairman', date: '2026-05-04' });
    expect(x.due).toBe('2026-04-24');
    expect(skippedOf(x)).toEqual([
      '2026-04-25 Thứ bảy',
      '2026-04-26 Giỗ Tổ Hùng Vương',
      '2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương',
      '2026-04-30 Ngày Chiến thắng',
      '2026-05-01 Quốc tế Lao động',
      '2026-05-02 Thứ bảy',
      '2026-05-03 Chủ nhật',
    ]);
  });

  it('lands on the swapped working Saturday 26/04/2025 (meeting Mon 05/05/2025)', () => {
    const x = signed({ date: '2025-05-05' });
    expect(x.due).toBe('2025-04-26');
    expect(skippedOf(x)).toContain('2025-05-02 Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)');
  });

  it('skips National Day 2025 and 2026 (1–2/9), with the swapped Monday 31/08/2026', () => {
    expect(signed({ kind: 'ppc', date: '2025-09-03' }).due).toBe('2025-08-27');
    const x = signed({ kind: 'ppc', date: '2026-09-03' });
    expect(x.due).toBe('2026-08-26');
    expect(skippedOf(x)).toContain('2026-08-31 Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)');
    expect(skippedOf(x)).toContain('2026-09-01 Quốc khánh');
  });

  it('is provisional in a year without a schedule (Tết 2030 by the rule: meeting Thu 07/02/2030 → Mon 28/01/2030)', () => {
    const x = signed({ date: '2030-02-07' });
    expect(x.due).toBe('2030-01-28');
    expect(x.provisional).toBe(true);
    expect(skippedOf(x)).toContain('2030-02-05 Nghỉ bù Tết Nguyên đán');
  });

  it('follows the agency’s edited rule set and office hours', () => {
    const rules = aRuleSet({
      officeHoursEnd: '16:30',
      signedDocumentsWorkingDays: { ...DEFAULT_RULE_SET.signedDocumentsWorkingDays, chairman: 5 },
    });
    const x = ruleOf(aMeeting(), 'signed-documents', undefined, rules);
    expect(x.due).toBe('2026-12-10');
    expect(x.dueTime).toBe('16:30');
  });

  it('counts working and calendar days left from today, negative once overdue', () => {
    expect(ruleOf(aMeeting(), 'signed-documents', '2026-12-01')).toMatchObject({
      workingDaysLeft: 9,
      calendarDaysLeft: 13,
    });
    expect(ruleOf(aMeeting(), 'signed-documents', '2026-12-14')).toMatchObject({
      workingDaysLeft: 0,
      calendarDaysLeft: 0,
    });
    expect(ruleOf(aMeeting(), 'signed-documents', '2026-12-15')).toMatchObject({
      workingDaysLeft: -1,
      calendarDaysLeft: -1,
    });
    expect(signed({}).workingDaysLeft).toBeUndefined();
  });
});

describe('the Chairman and Vice-Chairmen’s opinion is sought before the 10th of a PPC session’s month', () => {
  it('is due on the 9th when it is a working day', () => {
    expect(ruleOf(aMeeting({ kind: 'ppc' }), 'leader-opinion')).toMatchObject({
      due: '2026-12-09',
      from: '2026-12-10',
    });
    expect(ruleOf(aMeeting({ kind: 'ppc-thematic' }), 'leader-opinion').due).toBe('2026-12-09');
  });

  it('moves back to the previous working day when the 9th is a Saturday (May 2026 → Fri 08/05)', () => {
    const x = ruleOf(aMeeting({ kind: 'ppc', date: '2026-05-28' }), 'leader-opinion');
    expect(x.due).toBe('2026-05-08');
    expect(skippedOf(x)).toEqual(['2026-05-09 Thứ bảy']);
  });

  it('moves back over the provisional Tết 2027 make-up days (the 9th is one) to Wed 03/02/2027', () => {
    const x = ruleOf(aMeeting({ kind: 'ppc', date: '2027-02-25' }), 'leader-opinion');
    expect(x.due).toBe('2027-02-03');
    expect(x.provisional).toBe(true);
  });

  it('does not apply to Chairman’s working sessions or the Party Affairs Committee', () => {
    for (const kind of ['chairman', 'vice-chairman', 'party-committee']) {
      expect(deadlinesForMeeting(aMeeting({ kind }), calendar).map((x) => x.rule)).toEqual([
        'signed-documents',
      ]);
    }
  });

  it('warns when the session is held on or before the opinion deadline, with the cap turned off', () => {
    const noCap = aRuleSet({
      leaderOpinion: { ...DEFAULT_RULE_SET.leaderOpinion, capAtSignedDocuments: false },
    });
    const x = ruleOf(aMeeting({ kind: 'ppc', date: '2026-12-04' }), 'leader-opinion', undefined, noCap);
    expect(x.due).toBe('2026-12-09');
    expect(x.capped).toBeUndefined();
    expect(x.explanation.vi).toContain('không sớm hơn ngày họp');
  });
});

describe('the leaders’ opinion is never due later than the signed documents of the same session', () => {
  it('is capped to Mon 02/03/2026 for the PPC session of Thu 05/03/2026 (the 9th-of-month rule gives Mon 09/03)', () => {
    const meeting = aMeeting({ kind: 'ppc', date: '2026-03-05' });
    expect(ruleOf(meeting, 'signed-documents').due).toBe('2026-03-02');
    const x = ruleOf(meeting, 'leader-opinion');
    expect(x).toMatchObject({ due: '2026-03-02', from: '2026-03-05', capped: true });
    expect(x.explanation.vi).toContain('Thứ Hai 09/03/2026');
    expect(x.explanation.vi).toContain('không muộn hơn hạn nộp bản ký');
    expect(x.explanation.en).toContain('before the documents are finalised and signed');
  });

  it('takes min(Wed 09/09, Mon 07/09) = Mon 07/09/2026 for the session of Thu 10/09/2026', () => {
    const meeting = aMeeting({ kind: 'ppc', date: '2026-09-10' });
    expect(ruleOf(meeting, 'signed-documents').due).toBe('2026-09-07');
    expect(ruleOf(meeting, 'leader-opinion')).toMatchObject({ due: '2026-09-07', capped: true });
  });

  it('keeps the 9th when it is already earlier (session Thu 17/12/2026: opinion Wed 09/12, documents Mon 14/12)', () => {
    const x = ruleOf(aMeeting({ kind: 'ppc' }), 'leader-opinion');
    expect(x.due).toBe('2026-12-09');
    expect(x.capped).toBeUndefined();
  });

  it('is capped onto the Friday before the year’s first swapped Saturday: session Mon 12/01/2026 → Thu 08/01/2026', () => {
    // WORKDAY(Mon 12/01, −3) counts the swapped working Saturday 10/01: Sat 10, Fri 09, Thu 08.
    const meeting = aMeeting({ kind: 'ppc', date: '2026-01-12' });
    expect(ruleOf(meeting, 'signed-documents').due).toBe('2026-01-08');
    expect(ruleOf(meeting, 'leader-opinion')).toMatchObject({ due: '2026-01-08', capped: true });
    // Tue 13/01: signed documents Fri 09/01 = the 9th itself, so nothing to cap.
    const tuesday = ruleOf(aMeeting({ kind: 'ppc', date: '2026-01-13' }), 'leader-opinion');
    expect(tuesday.due).toBe('2026-01-09');
    expect(tuesday.capped).toBeUndefined();
  });

  it('is capped across Tết: session Thu 26/02/2026 → signed documents and opinion Mon 23/02/2026', () => {
    // 23/02 Mon is the first working day after Tết 14/02–22/02; the 9th of February (Mon 09/02) is earlier.
    const meeting = aMeeting({ kind: 'ppc', date: '2026-02-26' });
    expect(ruleOf(meeting, 'signed-documents').due).toBe('2026-02-23');
    expect(ruleOf(meeting, 'leader-opinion').due).toBe('2026-02-09');
    // Thu 05/02/2026 (before Tết): documents Mon 02/02, the 9th is after the session → capped.
    const early = aMeeting({ kind: 'ppc', date: '2026-02-05' });
    expect(ruleOf(early, 'leader-opinion')).toMatchObject({ due: '2026-02-02', capped: true });
  });
});

describe('the monthly work-program report on month M is due before the 15th of month M+1', () => {
  it('names the month reported on and the month it is sent in', () => {
    const x = monthlyReportDeadline('2026-02', calendar);
    // 14/03/2026 is a Saturday → Friday 13/03/2026.
    expect(x).toMatchObject({
      due: '2026-03-13',
      from: '2026-03-15',
      months: { reported: '2026-02', sent: '2026-03' },
    });
    expect(x.explanation.vi).toContain('tháng 02/2026');
    expect(x.explanation.vi).toContain('trước ngày 15/03/2026');
    expect(monthlyReportLabel('2026-02')).toEqual({
      vi: 'Báo cáo tháng 02/2026 (gửi tháng 03/2026)',
      en: 'Report on 02/2026 (sent in 03/2026)',
    });
  });

  it('is due on the 14th of the next month, or the working day before it', () => {
    expect(monthlyReportDeadline('2025-12', calendar).due).toBe('2026-01-14'); // Wednesday
    expect(monthlyReportDeadline('2026-05', calendar).due).toBe('2026-06-12'); // 14/6/2026 is a Sunday
    expect(monthlyReportDeadline('2026-11', calendar).due).toBe('2026-12-14'); // Monday
  });

  it('moves back before Tết: the report on 01/2026 is due Fri 13/02/2026 (14/02 is Saturday and Tết)', () => {
    const x = monthlyReportDeadline('2026-01', calendar);
    expect(x.due).toBe('2026-02-13');
    expect(x.months).toEqual({ reported: '2026-01', sent: '2026-02' });
  });

  it('crosses the year end: the report on 12/2026 is due Thu 14/01/2027, provisional', () => {
    const x = monthlyReportDeadline('2026-12', calendar);
    expect(x).toMatchObject({ due: '2027-01-14', provisional: true, months: { sent: '2027-01' } });
    expect(monthlyReportMonths('2026-12')).toEqual({ reported: '2026-12', sent: '2027-01' });
  });

  it('refuses a month that does not exist', () => {
    expect(errorOf(() => monthlyReportDeadline('2026-13', calendar)).code).toBe('invalid-month');
    expect(errorOf(() => monthlyReportDeadline('2101-01', calendar)).code).toBe('year-out-of-range');
  });
});

describe('an assigned task’s extension report is due 1 working day before the task’s deadline', () => {
  it('is the previous working day, across Tết and onto a swapped Saturday', () => {
    expect(taskExtensionReportDeadline('2026-12-17', calendar).due).toBe('2026-12-16');
    expect(taskExtensionReportDeadline('2026-02-23', calendar).due).toBe('2026-02-13');
    expect(taskExtensionReportDeadline('2026-01-12', calendar).due).toBe('2026-01-10');
    const nationalDay = taskExtensionReportDeadline('2026-09-03', calendar);
    expect(nationalDay.due).toBe('2026-08-28');
    expect(nationalDay.skipped.map((s) => s.reason)).toEqual([
      'Thứ bảy',
      'Chủ nhật',
      'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)',
      'Quốc khánh',
      'Quốc khánh',
    ]);
  });
});

describe('bad input', () => {
  it('refuses an unknown meeting kind, naming it', () => {
    const e = errorOf(() => deadlinesForMeeting(aMeeting({ kind: 'plenary' }), calendar));
    expect(e.code).toBe('unknown-meeting-kind');
    expect(e.vi).toContain('"plenary"');
  });

  it('refuses impossible dates and years outside the range', () => {
    expect(errorOf(() => deadlinesForMeeting(aMeeting({ date: '2026-02-31' }), calendar)).code).toBe(
      'invalid-date',
    );
    expect(errorOf(() => deadlinesForMeeting(aMeeting({ date: '2101-03-03' }), calendar)).code).toBe(
      'year-out-of-range',
    );
    expect(errorOf(() => deadlinesForMeeting(aMeeting(), calendar, DEFAULT_RULE_SET, '2026-1-1')).code).toBe(
      'invalid-date',
    );
  });

  it('gives the same answers whatever the process time zone', () => {
    // The suite runs under TZ=America/Los_Angeles and TZ=Asia/Ho_Chi_Minh; nothing reads it.
    expect(isoFromDayNumber(dayNumber('2026-12-17'))).toBe('2026-12-17');
    expect(signed({ date: '2026-03-02' }).due).toBe('2026-02-25');
  });
});
