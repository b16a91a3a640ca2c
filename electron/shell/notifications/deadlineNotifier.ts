import { readFileSync } from 'node:fs';
import type { Language } from '../../../shared/format/dates';
import { writeFileAtomic } from '../../backup/durableFs';
import {
  composeNotifications,
  forgetStale,
  type NotifiableDeadline,
  type NotificationText,
  notificationsToSend,
  type OfficeHours,
  recordSent,
  type SentNotifications,
} from './deadlineNotifications';

export const SENT_NOTIFICATIONS_FILE = 'notifications-sent.json';

/**
 * The notifier's moving parts, all injected: plain Node, so it runs under tests with fakes. The Electron
 * shell passes `show` (an OS notification) and the dashboard's entries as `deadlines`.
 */
export interface NotifierDeps {
  /** Every open deadline with its dashboard colour. */
  deadlines(): readonly NotifiableDeadline[];
  officeHours(): OfficeHours;
  now(): Date;
  language(): Language;
  show(notification: NotificationText): void;
  /** Where the record of what was already notified lives (`<data dir>/notifications-sent.json`). */
  file: string;
}

/**
 * One round: decide, show, then record (recorded only after showing, so a crash in between repeats a
 * notification rather than losing one). Returns how many deadlines were notified.
 */
export function notifyDueDeadlines(deps: NotifierDeps): number {
  const items = deps.deadlines();
  const now = deps.now();
  const sent = readSent(deps.file);
  const alerts = notificationsToSend(items, sent, now, deps.officeHours());
  if (alerts.length === 0) return 0;
  for (const text of composeNotifications(alerts, deps.language())) deps.show(text);
  const next = forgetStale(recordSent(sent, alerts, now), new Set(items.map((i) => i.key)), now);
  writeFileAtomic(deps.file, `${JSON.stringify(next)}\n`);
  return alerts.length;
}

/** The saved record; an unreadable file counts as empty (at worst a notification is shown again). */
export function readSent(file: string): SentNotifications {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const record: Record<string, { amber?: string; red?: string }> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'object' || value === null) continue;
    const amber: unknown = Reflect.get(value, 'amber');
    const red: unknown = Reflect.get(value, 'red');
    record[key] = {
      ...(typeof amber === 'string' ? { amber } : {}),
      ...(typeof red === 'string' ? { red } : {}),
    };
  }
  return record;
}
