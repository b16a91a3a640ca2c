import type { AgendaEntry } from '../../../shared/contract/agenda';
import type { Language } from '../../../shared/format/dates';
import type { AppContext } from '../../app/context';
import { getDashboard } from '../../app/services/dashboardService';
import type { NotifiableDeadline } from './deadlineNotifications';

type EntryFacts = Pick<AgendaEntry, 'key' | 'urgency' | 'date' | 'title' | 'titleEn'>;

/**
 * The agenda's open duties as the notifier sees them (every kind: meetings, coordination, tasks and their
 * extension reports, the monthly report, plan steps), with the colour of their kind's thresholds. The key
 * carries the due date, so a deadline that moves (the meeting is rescheduled, a task is extended) is a
 * new deadline and may turn amber and red again.
 */
export function toNotifiableDeadlines(
  entries: readonly EntryFacts[],
  language: Language,
): NotifiableDeadline[] {
  return entries.map((e) => ({
    key: `${e.key}@${e.date}`,
    level: e.urgency,
    title: language === 'vi' ? e.title : e.titleEn,
    due: e.date,
  }));
}

/** Every open duty of the agency's agenda (none while the database is not open). */
export function dashboardDeadlines(ctx: AppContext, language: Language): NotifiableDeadline[] {
  return ctx.db ? toNotifiableDeadlines(getDashboard(ctx).agenda, language) : [];
}
