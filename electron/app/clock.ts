import { todayInVietnam } from '../../shared/calendar/civilDate';

/**
 * The app's clock. `DOSSIER_DESK_TODAY=YYYY-MM-DD` (or the --today option) pins the civil date, for
 * demonstrations and the end-to-end tests that watch deadlines move; otherwise it is the real time.
 */
export function makeClock(pinnedToday?: string | null): () => Date {
  if (!pinnedToday) return () => new Date();
  // 09:00 in Vietnam on the pinned day: inside office hours, so "due today" reads as still open.
  const pinned = new Date(`${pinnedToday}T09:00:00+07:00`);
  if (Number.isNaN(pinned.getTime())) throw new Error(`Invalid pinned date: ${pinnedToday}`);
  return () => pinned;
}

export function todayOf(now: () => Date): string {
  return todayInVietnam(now());
}

/** 'HH:mm' in Vietnam (UTC+7, no daylight saving) at `now`: the default time of a submission. */
export function timeInVietnam(now: Date): string {
  const local = new Date(now.getTime() + 7 * 3600_000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}
