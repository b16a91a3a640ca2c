/**
 * Nộp hồ sơ: the signed documents count as received on time when they reach the PPC Office by the end of
 * office hours on the due day (DOMAIN.md: a date and a time, entered by the user). Pure: no clock.
 */
import type { IsoDate } from '../calendar/civilDate';

export interface SubmissionMoment {
  date: IsoDate;
  /** 'HH:mm' Vietnam time; null on records from before times were kept (judged on the day alone). */
  time: string | null;
}

export type SubmissionVerdict = 'on-time' | 'late';

/** On time when before the due day, or on it by `dueTime` (inclusive: 17:00 sharp is still on time). */
export function judgeSubmission(
  at: SubmissionMoment,
  due: { date: IsoDate; time: string },
): SubmissionVerdict {
  if (at.date < due.date) return 'on-time';
  if (at.date > due.date) return 'late';
  return at.time === null || at.time <= due.time ? 'on-time' : 'late';
}

/** 'HH:mm' → minutes since midnight; 'HH:mm' strings of the same width also compare as text. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
