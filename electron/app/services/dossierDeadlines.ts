/**
 * Deadlines as the dossier screens show them: the engine's explained deadlines for a meeting (on the
 * agency's calendar and rule set, from calendarService) with working days left from today and the
 * dashboard colour.
 */
import type { Database } from 'better-sqlite3';
import type { WorkingCalendar } from '../../../shared/calendar/workingCalendar';
import type { DossierDeadline, MeetingRef } from '../../../shared/contract/agendaItems';
import type { ThresholdsView } from '../../../shared/contract/dashboard';
import { deadlinesForMeeting, type RuleSet } from '../../../shared/deadlines';
import { type AgendaItemStatus, isOpenStatus } from '../../../shared/dossiers/itemStatus';
import { DEFAULT_THRESHOLDS, thresholdProblem, urgencyOf } from '../../../shared/dossiers/urgency';
import { appError } from '../../../shared/errors/appError';
import { readSetting, writeSetting } from '../../db/repositories/settingRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { calendarFor, ruleSetFor } from './calendarService';
import { requireDb } from './requireDb';

export const THRESHOLDS_SETTING = 'dashboard-thresholds';

export interface DeadlineContext {
  calendar: WorkingCalendar;
  rules: RuleSet;
  today: string;
  thresholds: ThresholdsView;
}

export function deadlineContext(ctx: AppContext): DeadlineContext {
  return {
    calendar: calendarFor(ctx),
    rules: ruleSetFor(ctx),
    today: todayOf(ctx.now),
    thresholds: readThresholds(requireDb(ctx)),
  };
}

export function meetingDeadlines(
  dc: DeadlineContext,
  meeting: Pick<MeetingRef, 'kind' | 'date'>,
): DossierDeadline[] {
  return deadlinesForMeeting(meeting, dc.calendar, dc.rules, dc.today).map((d) => {
    const workingDaysLeft = d.workingDaysLeft ?? 0;
    const calendarDaysLeft = d.calendarDaysLeft ?? 0;
    return {
      ...d,
      workingDaysLeft,
      calendarDaysLeft,
      urgency: urgencyOf(workingDaysLeft, dc.thresholds),
      overdue: calendarDaysLeft < 0,
    };
  });
}

/**
 * The meeting's deadlines that still concern an item: none once it is submitted, withdrawn or struck;
 * once it awaits signature the leaders' opinion has been sought, so only the signed-documents one is left.
 */
export function itemDeadlines(status: AgendaItemStatus, all: readonly DossierDeadline[]): DossierDeadline[] {
  if (!isOpenStatus(status)) return [];
  if (status === 'awaiting-signature' || status === 'signed')
    return all.filter((d) => d.rule === 'signed-documents');
  return [...all];
}

/** The agency's colour thresholds; a stored value that no longer makes sense falls back to the default. */
export function readThresholds(db: Database): ThresholdsView {
  const stored = readSetting(db, THRESHOLDS_SETTING);
  if (typeof stored === 'object' && stored !== null && 'red' in stored && 'amber' in stored) {
    const candidate = { red: Number(stored.red), amber: Number(stored.amber) };
    if (!thresholdProblem(candidate)) return candidate;
  }
  return { ...DEFAULT_THRESHOLDS };
}

export function saveThresholds(ctx: AppContext, thresholds: ThresholdsView): ThresholdsView {
  const problem = thresholdProblem(thresholds);
  if (problem) throw appError('invalid-thresholds', problem.vi, problem.en, { ...thresholds });
  const db = requireDb(ctx);
  return db.transaction(() => {
    writeSetting(db, THRESHOLDS_SETTING, thresholds, ctx.now().toISOString());
    return readThresholds(db);
  })();
}
