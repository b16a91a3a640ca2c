import { daysFromCivil, daysInMonth } from '../../../shared/calendar/civilDate';
import { validateOverrides } from '../../../shared/calendar/workingCalendar';
import type { ParsedArgs } from '../../../shared/contract';
import type { CalendarMonth, CalendarOverrideView, RuleSetView } from '../../../shared/contract/calendar';
import {
  type Deadline,
  deadlinesForMeeting,
  monthlyReportDeadline,
  type RuleSet,
  validateRuleSet,
} from '../../../shared/deadlines';
import { appError } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { getAgency, saveAgency } from '../../db/repositories/agencyRepository';
import * as overrides from '../../db/repositories/calendarOverrideRepository';
import { writeSetting } from '../../db/repositories/settingRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { calendarFor, invalidateCalendar, RULE_SET_SETTING, ruleSetFor } from './calendarService';
import { getMeeting } from './meetingService';
import { requireDb } from './requireDb';

/** Every day of a month with why it is (not) a working day, and the sources of the year's schedule. */
export function calendarMonth(ctx: AppContext, year: number, month: number): CalendarMonth {
  const calendar = calendarFor(ctx);
  const first = daysFromCivil(year, month, 1);
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => {
    const { dn: _dn, ...day } = calendar.dayInfo(first + i);
    return day;
  });
  const info = calendar.year(year);
  return { year, month, provisional: info.provisional, sources: [...info.sources], days };
}

export function listCalendarOverrides(ctx: AppContext): CalendarOverrideView[] {
  return overrides.listOverrides(requireDb(ctx));
}

export function saveCalendarOverride(
  ctx: AppContext,
  args: ParsedArgs<'calendar.overrides.save'>,
): CalendarOverrideView[] {
  const db = requireDb(ctx);
  return db.transaction(() => {
    const next = [...overrides.listOverrides(db).filter((o) => o.date !== args.date), args];
    validateOverrides(next);
    overrides.upsertOverride(db, args, ctx.now().toISOString());
    invalidateCalendar(db);
    return overrides.listOverrides(db);
  })();
}

export function removeCalendarOverride(ctx: AppContext, date: string): CalendarOverrideView[] {
  const db = requireDb(ctx);
  return db.transaction(() => {
    if (!overrides.deleteOverride(db, date)) {
      throw appError(
        'override-not-found',
        `Không có ngày điều chỉnh nào vào ${date.split('-').reverse().join('/')}.`,
        `There is no agency override on ${formatDate(date)}.`,
        { date },
      );
    }
    invalidateCalendar(db);
    return overrides.listOverrides(db);
  })();
}

export function getRules(ctx: AppContext): RuleSetView {
  return toView(ruleSetFor(ctx));
}

/** The contract's (mutable, plain JSON) copy of the rule set. */
function toView(rules: RuleSet): RuleSetView {
  return {
    ...rules,
    signedDocumentsWorkingDays: { ...rules.signedDocumentsWorkingDays },
    leaderOpinion: { ...rules.leaderOpinion, kinds: [...rules.leaderOpinion.kinds] },
  };
}

/** Saves edited rule numbers; the end of office hours is kept on the agency row, where setup put it. */
export function updateRules(ctx: AppContext, rules: RuleSet): RuleSetView {
  const db = requireDb(ctx);
  validateRuleSet(rules);
  return db.transaction(() => {
    const agency = getAgency(db);
    if (agency) saveAgency(db, { ...agency, officeHoursEnd: rules.officeHoursEnd });
    const { officeHoursEnd: _kept, ...numbers } = rules;
    writeSetting(db, RULE_SET_SETTING, numbers, ctx.now().toISOString());
    return toView(ruleSetFor(ctx));
  })();
}

export function deadlinesOfMeeting(ctx: AppContext, meetingId: number): Deadline[] {
  const meeting = getMeeting(ctx, meetingId);
  return deadlinesForMeeting(meeting, calendarFor(ctx), ruleSetFor(ctx), todayOf(ctx.now));
}

export function monthlyReportDue(ctx: AppContext, month: string): Deadline {
  return monthlyReportDeadline(month, calendarFor(ctx), ruleSetFor(ctx), todayOf(ctx.now));
}
