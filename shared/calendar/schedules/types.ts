import type { IsoDate } from '../civilDate';

/**
 * Lịch nghỉ lễ, tết của cán bộ, công chức, viên chức: the Government's announced schedule for one year,
 * shipped as data. A year that has a schedule is not provisional. The list is complete for the year:
 * every holiday (also those on a weekend, so they carry their name), every other weekday off
 * (make-up or swapped days) and every weekend day swapped into a working day.
 */
export interface OfficialSchedule {
  year: number;
  sources: readonly ScheduleSource[];
  days: readonly ScheduleDay[];
}

export interface ScheduleSource {
  /** Document number, e.g. "Công văn 8726/VPCP-KGVX". */
  document: string;
  /** Date of issue, or null where it could not be checked. */
  date: IsoDate | null;
  /** What the document decides, in Vietnamese. */
  covers: string;
  /** The same in English, for the English interface. */
  coversEn: string;
  /** How the reference was obtained: 'as reported' when not read in the original. */
  verification: 'as reported' | 'read in the original';
}

export interface ScheduleDay {
  date: IsoDate;
  /** holiday: a statutory holiday; day-off: make-up or swapped weekday off; swapped-working: weekend day worked. */
  kind: 'holiday' | 'day-off' | 'swapped-working';
  name: string;
  nameEn: string;
  /** The document number (from `sources`) that decides this day. */
  source: string;
}
