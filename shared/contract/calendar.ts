import { z } from 'zod';
import { MEETING_KINDS } from '../meetings/kinds';
import { emptyArgs, idSchema, isoDateSchema, requiredTextSchema, textSchema, timeSchema } from './common';

const dayKindSchema = z.enum(['workday', 'weekend', 'holiday', 'day-off', 'swapped-working', 'override']);

/** One day as the calendar screen shows it. */
export const calendarDaySchema = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: dayKindSchema,
  name: z.string(),
  nameEn: z.string(),
  source: z.string(),
});
export type CalendarDayView = z.infer<typeof calendarDaySchema>;

export const scheduleSourceSchema = z.object({
  document: z.string(),
  date: z.string().nullable(),
  covers: z.string(),
  coversEn: z.string(),
  verification: z.string(),
});

export const calendarMonthArgs = z
  .object({ year: z.number().int().min(1900).max(2100), month: z.number().int().min(1).max(12) })
  .strict();

/** Lịch tháng: every day of a month, Monday-first weeks are laid out by the screen. */
export const calendarMonthSchema = z.object({
  year: z.number(),
  month: z.number(),
  provisional: z.boolean(),
  sources: z.array(scheduleSourceSchema),
  days: z.array(calendarDaySchema),
});
export type CalendarMonth = z.infer<typeof calendarMonthSchema>;

/** Ngày điều chỉnh của cơ quan: a local day off, or a weekend day worked. */
export const calendarOverrideSchema = z.object({
  date: z.string(),
  working: z.boolean(),
  name: z.string(),
  source: z.string(),
});
export type CalendarOverrideView = z.infer<typeof calendarOverrideSchema>;

/** The longest an agency's own day's name and source may be (the form shows them while typing). */
export const OVERRIDE_TEXT_LIMITS = { name: 200, source: 300 } as const;

export const calendarOverrideSaveArgs = z
  .object({
    date: isoDateSchema,
    working: z.boolean(),
    name: requiredTextSchema(OVERRIDE_TEXT_LIMITS.name),
    source: textSchema(OVERRIDE_TEXT_LIMITS.source).default(''),
  })
  .strict();

export const calendarOverrideRemoveArgs = z.object({ date: isoDateSchema }).strict();

/** The agency-editable numbers of the deadline rules (DOMAIN.md: no province is hard-coded). */
export const ruleSetSchema = z.object({
  officeHoursEnd: timeSchema,
  signedDocumentsWorkingDays: z.object(
    Object.fromEntries(MEETING_KINDS.map((k) => [k, z.number().int().min(1).max(60).nullable()])) as Record<
      (typeof MEETING_KINDS)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  leaderOpinion: z.object({
    kinds: z.array(z.enum(MEETING_KINDS)),
    beforeDayOfMonth: z.number().int().min(2).max(29),
    /** Never later than the signed-documents deadline of the same session (default on). */
    capAtSignedDocuments: z.boolean().default(true),
  }),
  monthlyReport: z.object({ beforeDayOfMonth: z.number().int().min(2).max(29) }),
  taskExtensionReport: z.object({ workingDaysBefore: z.number().int().min(1).max(60) }),
});
export type RuleSetView = z.infer<typeof ruleSetSchema>;

export const rulesUpdateArgs = z.object({ rules: ruleSetSchema }).strict();

const skippedDaySchema = z.object({
  date: z.string(),
  reason: z.string(),
  reasonEn: z.string(),
  kind: dayKindSchema,
});

/** A computed deadline with its explanation: which rule, from which date, which days were skipped. */
export const deadlineSchema = z.object({
  rule: z.enum(['signed-documents', 'leader-opinion', 'monthly-report', 'task-extension-report']),
  due: z.string(),
  dueTime: z.string(),
  provisional: z.boolean(),
  from: z.string(),
  skipped: z.array(skippedDaySchema),
  explanation: z.object({ vi: z.string(), en: z.string() }),
  capped: z.boolean().optional(),
  months: z.object({ reported: z.string(), sent: z.string() }).optional(),
  workingDaysLeft: z.number().optional(),
  calendarDaysLeft: z.number().optional(),
});
export type DeadlineView = z.infer<typeof deadlineSchema>;

export const deadlinesForMeetingArgs = z.object({ meetingId: idSchema }).strict();
export const monthlyReportDeadlineArgs = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid-month' }) })
  .strict();

export const calendarChannels = {
  'calendar.month': { args: calendarMonthArgs, result: calendarMonthSchema },
  'calendar.overrides.list': { args: emptyArgs, result: z.array(calendarOverrideSchema) },
  'calendar.overrides.save': { args: calendarOverrideSaveArgs, result: z.array(calendarOverrideSchema) },
  'calendar.overrides.remove': { args: calendarOverrideRemoveArgs, result: z.array(calendarOverrideSchema) },
  'rules.get': { args: emptyArgs, result: ruleSetSchema },
  'rules.update': { args: rulesUpdateArgs, result: ruleSetSchema },
  'deadlines.forMeeting': { args: deadlinesForMeetingArgs, result: z.array(deadlineSchema) },
  'deadlines.monthlyReport': { args: monthlyReportDeadlineArgs, result: deadlineSchema },
} as const;
