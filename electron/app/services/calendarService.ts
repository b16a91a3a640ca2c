import type { Database } from 'better-sqlite3';
import { createWorkingCalendar, type WorkingCalendar } from '../../../shared/calendar/workingCalendar';
import { DEFAULT_RULE_SET, type RuleSet, validateRuleSet } from '../../../shared/deadlines';
import { getAgency } from '../../db/repositories/agencyRepository';
import { listOverrides } from '../../db/repositories/calendarOverrideRepository';
import { readSetting } from '../../db/repositories/settingRepository';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

export const RULE_SET_SETTING = 'deadline-rules';

/**
 * The agency's working calendar: official schedules + statutory rules + the agency's own days. Built
 * once per database and rebuilt only after an override changes (the dashboard asks for it on every
 * refresh). Every service that counts working days gets it from here, so overrides apply everywhere.
 */
const calendars = new WeakMap<Database, WorkingCalendar>();

export function calendarFor(ctx: AppContext): WorkingCalendar {
  const db = requireDb(ctx);
  let calendar = calendars.get(db);
  if (!calendar) {
    calendar = createWorkingCalendar({ overrides: listOverrides(db) });
    calendars.set(db, calendar);
  }
  return calendar;
}

/** Call after any write to calendar_override, inside or after the writing transaction. */
export function invalidateCalendar(db: Database): void {
  calendars.delete(db);
}

/**
 * The deadline rules in force: the default preset, with the numbers the agency changed in Settings and
 * its end of office hours. A stored rule set that no longer validates falls back to the preset.
 */
export function ruleSetFor(ctx: AppContext): RuleSet {
  const db = requireDb(ctx);
  const stored = readSetting(db, RULE_SET_SETTING) as Partial<RuleSet> | undefined;
  const officeHoursEnd = getAgency(db)?.officeHoursEnd ?? DEFAULT_RULE_SET.officeHoursEnd;
  // leaderOpinion is merged field by field: a rule set saved before the cap existed keeps the default cap.
  const merged: RuleSet = {
    ...DEFAULT_RULE_SET,
    ...stored,
    leaderOpinion: { ...DEFAULT_RULE_SET.leaderOpinion, ...stored?.leaderOpinion },
    officeHoursEnd,
  };
  try {
    return validateRuleSet(merged);
  } catch {
    return { ...DEFAULT_RULE_SET, officeHoursEnd };
  }
}
