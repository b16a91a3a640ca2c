import { todayInVietnam } from '../../../shared/calendar/civilDate';
import { formatDate, type Language } from '../../../shared/format/dates';

/**
 * When to raise an OS notification for a deadline: pure decisions over plain data, no clock, no I/O.
 * A deadline is notified once when it turns amber and once when it turns red (red also covers amber,
 * so an item that jumps straight to red, or drops back to amber after an extension, does not nag), and
 * only during office hours on working days: a secretary is not woken at 22:00 or on Tết; what turned
 * overnight is told at the start of the next working day.
 */

export type DeadlineLevel = 'green' | 'amber' | 'red';
export type AlertLevel = Exclude<DeadlineLevel, 'green'>;

/**
 * One deadline as the dashboard colours it (the dashboard computes the level from working days left
 * and the agency's thresholds; this module never recomputes it).
 */
export interface NotifiableDeadline {
  /** Stable across runs and restarts, e.g. 'item:42/signed-documents'. */
  key: string;
  level: DeadlineLevel;
  /** What is due, in the words the dashboard shows (the agency's own text, usually Vietnamese). */
  title: string;
  /** Due date 'YYYY-MM-DD'. */
  due: string;
}

/** Which levels were already notified per key, with when (ISO instant). */
export type SentNotifications = Readonly<Record<string, Readonly<Partial<Record<AlertLevel, string>>>>>;

export interface OfficeHours {
  /** 'HH:mm' in Vietnam time. */
  start: string;
  end: string;
  isWorkingDay(date: string): boolean;
}

export type DeadlineAlert = Pick<NotifiableDeadline, 'key' | 'title' | 'due'> & { level: AlertLevel };

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** True from `start` (inclusive) to `end` (exclusive), Vietnam time, on a working day. */
export function isOfficeTime(now: Date, hours: OfficeHours): boolean {
  if (!hours.isWorkingDay(todayInVietnam(now))) return false;
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
}

/** The alerts due now: red before amber, then soonest due first. Empty outside office hours. */
export function notificationsToSend(
  items: readonly NotifiableDeadline[],
  alreadySent: SentNotifications,
  now: Date,
  officeHours: OfficeHours,
): DeadlineAlert[] {
  if (!isOfficeTime(now, officeHours)) return [];
  const alerts: DeadlineAlert[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.level === 'green' || seen.has(item.key)) continue;
    seen.add(item.key);
    const sent = alreadySent[item.key];
    if (sent?.red || sent?.[item.level]) continue;
    alerts.push({ key: item.key, level: item.level, title: item.title, due: item.due });
  }
  return alerts.sort((a, b) => rank(a) - rank(b) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The record after `alerts` were shown at `now`. */
export function recordSent(
  alreadySent: SentNotifications,
  alerts: readonly DeadlineAlert[],
  now: Date,
): SentNotifications {
  const next: Record<string, Partial<Record<AlertLevel, string>>> = { ...alreadySent };
  for (const alert of alerts) next[alert.key] = { ...next[alert.key], [alert.level]: now.toISOString() };
  return next;
}

/**
 * Forgets keys that are no longer on the dashboard and were last notified more than `days` ago, so the
 * record stays small; a key still listed is never forgotten (it would be notified again).
 */
export function forgetStale(
  alreadySent: SentNotifications,
  currentKeys: ReadonlySet<string>,
  now: Date,
  days = 60,
): SentNotifications {
  const cutoff = now.getTime() - days * 86_400_000;
  const kept: Record<string, Partial<Record<AlertLevel, string>>> = {};
  for (const [key, levels] of Object.entries(alreadySent)) {
    const last = Math.max(...Object.values(levels).map((at) => Date.parse(at) || 0));
    if (currentKeys.has(key) || last >= cutoff) kept[key] = levels;
  }
  return kept;
}

export interface NotificationText {
  title: string;
  body: string;
}

/** Up to three alerts one by one; more become one summary, so a Monday morning is not a flood. */
export function composeNotifications(
  alerts: readonly DeadlineAlert[],
  language: Language,
): NotificationText[] {
  const vi = language === 'vi';
  if (alerts.length <= 3) {
    return alerts.map((a) => ({
      title:
        a.level === 'red'
          ? vi
            ? 'Hạn nộp sắp hết (đỏ)'
            : 'Deadline close (red)'
          : vi
            ? 'Hạn nộp cần chú ý (vàng)'
            : 'Deadline approaching (amber)',
      body: `${a.title} — ${vi ? 'hạn' : 'due'} ${formatDate(a.due)}`,
    }));
  }
  const red = alerts.filter((a) => a.level === 'red').length;
  const amber = alerts.length - red;
  return [
    {
      title: vi ? `${alerts.length} hạn nộp cần chú ý` : `${alerts.length} deadlines need attention`,
      body: vi
        ? `${red} mục đỏ, ${amber} mục vàng. Mở Tổng quan để xem chi tiết.`
        : `${red} red, ${amber} amber. Open the Dashboard for details.`,
    },
  ];
}

function rank(alert: DeadlineAlert): number {
  return alert.level === 'red' ? 0 : 1;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
