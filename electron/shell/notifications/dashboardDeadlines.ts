import type { DashboardEntry } from '../../../shared/contract/dashboard';
import type { Language } from '../../../shared/format/dates';
import type { AppContext } from '../../app/context';
import { getDashboard } from '../../app/services/dashboardService';
import type { NotifiableDeadline } from './deadlineNotifications';

type EntryFacts = Pick<DashboardEntry, 'key' | 'rule' | 'urgency' | 'due'> & { item: { title: string } };

const RULES: Record<EntryFacts['rule'], Record<Language, string>> = {
  'signed-documents': { vi: 'Nộp hồ sơ đã ký', en: 'Signed documents due' },
  'leader-opinion': { vi: 'Xin ý kiến lãnh đạo', en: 'Leader opinion due' },
  'coordination-answer': { vi: 'Chờ ý kiến phối hợp', en: 'Coordination answer due' },
};

/**
 * The dashboard's entries as the notifier sees them: the same colour and due date as on screen. The key
 * carries the due date, so a deadline that moves (the meeting is rescheduled, an answer's due date
 * changes) is a new deadline and may turn amber and red again.
 */
export function toNotifiableDeadlines(
  entries: readonly EntryFacts[],
  language: Language,
): NotifiableDeadline[] {
  return entries.map((e) => ({
    key: `${e.key}@${e.due}`,
    level: e.urgency,
    title: `${RULES[e.rule][language]}: ${e.item.title}`,
    due: e.due,
  }));
}

/** Every open deadline of the agency, coloured by the dashboard (none while the database is not open). */
export function dashboardDeadlines(ctx: AppContext, language: Language): NotifiableDeadline[] {
  return ctx.db ? toNotifiableDeadlines(getDashboard(ctx).entries, language) : [];
}
