import { z } from 'zod';
import { AGENDA_KINDS, AGENDA_STATES } from '../agenda/kinds';
import { meetingRefSchema, urgencySchema } from './agendaItems';
import { emptyArgs, idSchema, isoDateSchema, thresholdsSchema } from './common';

export const agendaKindSchema = z.enum(AGENDA_KINDS);
export const agendaStateSchema = z.enum(AGENDA_STATES);

/** What a row points to, so that the screen can open it. */
export const agendaRefSchema = z.object({
  type: z.enum(['agenda-item', 'coordination', 'task', 'program-item', 'month', 'opinion-request']),
  /** The row's id; for 'month', 0 (the month is in `month`). */
  id: z.number().int(),
  /** Owning agenda item for coordination requests, else null. */
  itemId: idSchema.nullable(),
  /** 'YYYY-MM' for the monthly report (the month reported on), else null. */
  month: z.string().nullable(),
});

/**
 * Lịch hạn: one dated duty. The CLI's `--json` prints these objects (date, time, rule, title, meetingId,
 * provisional, state are its contract; the rest may grow).
 */
export const agendaEntrySchema = z.object({
  /** Stable across runs: the .ics UID and the notifier's key are built from it. */
  key: z.string(),
  rule: agendaKindSchema,
  /** Due date 'YYYY-MM-DD' and time 'HH:mm' (end of office hours unless the duty carries its own). */
  date: z.string(),
  time: z.string().nullable(),
  /** "Nộp bản ký, đóng dấu: Dự thảo Quyết định …" (Vietnamese; `titleEn` beside it). */
  title: z.string(),
  titleEn: z.string(),
  /** The thing the duty is about: the item, task, program item or month, as the agency wrote it. */
  subject: z.string(),
  meetingId: idSchema.nullable(),
  meeting: meetingRefSchema.nullable(),
  /** Who carries it: lead officer, leader in charge, coordinating agency's person… ('' if nobody). */
  person: z.string(),
  /** The other agency the duty waits on or answers (coordination, opinion requests), else null. */
  counterpart: z.object({ agency: z.string(), person: z.string() }).nullable(),
  provisional: z.boolean(),
  state: agendaStateSchema,
  /** When it was done ('YYYY-MM-DD'), null while not done. */
  doneOn: z.string().nullable(),
  workingDaysLeft: z.number().int(),
  calendarDaysLeft: z.number().int(),
  /** Colour by the kind's thresholds; done duties are green. */
  urgency: urgencySchema,
  explanation: z.object({ vi: z.string(), en: z.string() }),
  ref: agendaRefSchema,
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

export const agendaListArgs = z
  .object({
    /** Defaults: 31 days before today to 365 days after it. */
    from: isoDateSchema.nullable().default(null),
    to: isoDateSchema.nullable().default(null),
    kinds: z.array(agendaKindSchema).max(AGENDA_KINDS.length).default([]),
    states: z.array(agendaStateSchema).max(AGENDA_STATES.length).default([]),
    meetingId: idSchema.nullable().default(null),
    /** Substring of `person`, case- and accent-insensitive. */
    person: z.string().max(200).default(''),
  })
  .strict();

export const agendaViewSchema = z.object({
  today: z.string(),
  from: z.string(),
  to: z.string(),
  entries: z.array(agendaEntrySchema),
  /** Everyone named on an entry of the range, for the person filter. */
  people: z.array(z.string()),
  meetings: z.array(meetingRefSchema),
});
export type AgendaView = z.infer<typeof agendaViewSchema>;

/** Warning thresholds per kind (working days); a kind left out uses the dashboard's thresholds. */
export const agendaThresholdsSchema = z.object({
  general: thresholdsSchema,
  byKind: z.partialRecord(agendaKindSchema, thresholdsSchema),
});
export type AgendaThresholds = z.infer<typeof agendaThresholdsSchema>;

export const agendaIcsArgs = z
  .object({ from: isoDateSchema.nullable().default(null), to: isoDateSchema.nullable().default(null) })
  .strict();

export const agendaChannels = {
  'agenda.list': { args: agendaListArgs, result: agendaViewSchema },
  /** The .ics file (RFC 5545) written to the exports folder; the path is returned. */
  'agenda.exportIcs': {
    args: agendaIcsArgs,
    result: z.object({
      path: z.string(),
      name: z.string(),
      size: z.number().int(),
      events: z.number().int(),
    }),
  },
  /** Marks the report ON `month` as sent (null: not sent). */
  'agenda.monthlyReportSent': {
    args: z
      .object({
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid-month' }),
        sentOn: isoDateSchema.nullable(),
      })
      .strict(),
    result: z.object({ month: z.string(), sentOn: z.string().nullable() }),
  },
  'agenda.thresholds.get': { args: emptyArgs, result: agendaThresholdsSchema },
  'agenda.thresholds.set': {
    args: z.object({ byKind: z.partialRecord(agendaKindSchema, thresholdsSchema) }).strict(),
    result: agendaThresholdsSchema,
  },
} as const;
