import { z } from 'zod';
import { agendaEntrySchema } from './agenda';
import { agendaItemStatusSchema, contentKindSchema, meetingRefSchema, urgencySchema } from './agendaItems';
import { entryStateSchema } from './checklists';
import { emptyArgs, idSchema, thresholdsSchema } from './common';
import { SIGNATURE_STATES } from './packages';

export { thresholdsSchema };
export type ThresholdsView = z.infer<typeof thresholdsSchema>;

const itemRefSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: agendaItemStatusSchema,
  contentKind: contentKindSchema,
  position: z.number().int(),
});

/** One thing due: a deadline of an open item, or a coordinating agency's answer not yet received. */
export const dashboardEntrySchema = z.object({
  /** Stable key for lists: `${rule}:${item id}` or `coordination:${request id}`. */
  key: z.string(),
  rule: z.enum(['signed-documents', 'leader-opinion', 'coordination-answer']),
  due: z.string(),
  dueTime: z.string().nullable(),
  workingDaysLeft: z.number().int(),
  calendarDaysLeft: z.number().int(),
  urgency: urgencySchema,
  overdue: z.boolean(),
  provisional: z.boolean(),
  explanation: z.object({ vi: z.string(), en: z.string() }),
  meeting: meetingRefSchema,
  item: itemRefSchema,
  coordination: z.object({ id: idSchema, agency: z.string(), person: z.string() }).nullable(),
});
export type DashboardEntry = z.infer<typeof dashboardEntrySchema>;

export const dashboardMeetingSchema = z.object({
  meeting: meetingRefSchema,
  /** Items of the agency on the meeting's program, in any state. */
  items: z.number().int(),
  /** Items still being prepared. */
  open: z.number().int(),
  red: z.number().int(),
  amber: z.number().int(),
  green: z.number().int(),
  overdue: z.number().int(),
  /** The earliest due date among its entries, null when nothing is due. */
  nextDue: z.string().nullable(),
});

export const dashboardDaySchema = z.object({
  date: z.string(),
  weekdayVi: z.string(),
  weekdayEn: z.string(),
  working: z.boolean(),
  /** Why not a working day ("Chủ nhật", "Nghỉ Tết Nguyên đán"…), '' for a working weekday. */
  dayName: z.string(),
  /** The same in English ("Sunday", "Lunar New Year holiday"…). */
  dayNameEn: z.string().default(''),
  today: z.boolean(),
  /** Keys of the entries due that day. */
  entryKeys: z.array(z.string()),
  /** Keys of the agenda's open duties due that day (every kind). */
  agendaKeys: z.array(z.string()),
  meetings: z.array(meetingRefSchema),
});

export const atRiskSchema = z.object({
  meeting: meetingRefSchema,
  item: itemRefSchema,
  due: z.string(),
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  /** The documents that must be signed and carry no trusted signature yet. */
  unsigned: z.array(
    z.object({
      id: idSchema,
      label: z.string(),
      state: entryStateSchema,
      required: z.boolean(),
      /** Issue 14: the best verdict of its PDFs (never 'trusted' here); null when no PDF is attached. */
      signature: z.enum(SIGNATURE_STATES).nullable(),
    }),
  ),
});

/** Bảng điều khiển: the start screen. */
export const dashboardSchema = z.object({
  today: z.string(),
  thresholds: thresholdsSchema,
  /** Ordered by due date, then meeting date, then item position. */
  entries: z.array(dashboardEntrySchema),
  counts: z.object({
    red: z.number().int(),
    amber: z.number().int(),
    green: z.number().int(),
    overdue: z.number().int(),
    total: z.number().int(),
  }),
  /** Upcoming meetings (today on), soonest first, with counts per colour. */
  meetings: z.array(dashboardMeetingSchema),
  /** Monday to Sunday of the week of today. */
  thisWeek: z.object({ from: z.string(), to: z.string(), days: z.array(dashboardDaySchema) }),
  /** Items at risk of being struck: documents to sign not signed, ≤ 3 working days before the deadline. */
  atRisk: z.array(atRiskSchema),
  /** The agenda's open duties (pending or overdue), every kind, by date: the week strip and notifications. */
  agenda: z.array(agendaEntrySchema),
  /** Open duties in the red of their kind's thresholds, other than the items listed in `atRisk`. */
  atRiskDuties: z.array(agendaEntrySchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboardChannels = {
  'dashboard.get': { args: emptyArgs, result: dashboardSchema },
  'dashboard.thresholds.get': { args: emptyArgs, result: thresholdsSchema },
  'dashboard.thresholds.set': { args: thresholdsSchema.strict(), result: thresholdsSchema },
} as const;
