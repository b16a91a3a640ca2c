import { z } from 'zod';
import { deadlineSchema } from './calendar';
import { textSchema } from './common';
import { taskOutcomeSchema } from './tasks';
import { exportedFileSchema, yearMonthSchema } from './workProgram';

const itemRowSchema = z.object({
  number: z.string(),
  title: z.string(),
  toWhom: z.string(),
  leadAgency: z.string(),
  standing: z.string(),
});

/**
 * The monthly report exactly as shared/workProgram/monthlyReport builds it: the screen shows these
 * values and the DOCX/XLSX render the same model, so the numbers cannot differ.
 */
export const monthlyReportViewSchema = z.object({
  month: z.string(),
  subject: z.string(),
  /** The subject in English, for the English interface. */
  subjectEn: z.string(),
  /** The date written on the document (today). */
  documentDate: z.string(),
  figures: z.array(
    z.object({
      key: z.enum([
        'toSubmit',
        'submitted',
        'promulgated',
        'notSubmitted',
        'submittedRatio',
        'promulgatedRatio',
      ]),
      vi: z.string(),
      en: z.string(),
      value: z.string(),
    }),
  ),
  counts: z.object({
    toSubmit: z.number().int(),
    submitted: z.number().int(),
    promulgated: z.number().int(),
    notSubmitted: z.number().int(),
    submittedRatio: z.number().nullable(),
    promulgatedRatio: z.number().nullable(),
  }),
  dueRows: z.array(itemRowSchema),
  lateRows: z.array(
    z.object({
      number: z.string(),
      title: z.string(),
      targetMonth: z.string(),
      monthsLate: z.number().int(),
      cause: z.string(),
      remedy: z.string(),
      newSchedule: z.string(),
      submittedLater: z.string(),
      en: z.object({ targetMonth: z.string(), newSchedule: z.string(), submittedLater: z.string() }),
    }),
  ),
  nextMonth: z.string(),
  nextMonthRows: z.array(itemRowSchema),
  taskRows: z.array(
    z.object({
      sourceDocument: z.string(),
      content: z.string(),
      deadline: z.string(),
      leader: z.string(),
      outcome: taskOutcomeSchema,
    }),
  ),
  taskCounts: z.object({
    total: z.number().int(),
    completed: z.number().int(),
    notCompleted: z.number().int(),
    pending: z.number().int(),
  }),
  /** Free texts as stored (the document splits them into paragraphs). */
  difficulties: z.string(),
  recommendations: z.string(),
  /** Items counted on their status without a date: the screen asks for the date. */
  undatedItems: z.number().int(),
  /** Báo cáo trước ngày 15: the report on this month is due before the 15th of the next one. */
  deadline: deadlineSchema,
});
export type MonthlyReportView = z.infer<typeof monthlyReportViewSchema>;

export const scorecardMonthSchema = z.object({
  month: z.string(),
  submissions: z.object({
    onTime: z.number().int(),
    late: z.number().int(),
    /** Due by the month's end and still not submitted. */
    missing: z.number().int(),
  }),
  /** §5b reports these apart: PPC sessions, the Party Affairs Committee, Chairman / Vice-Chairman sessions. */
  byKind: z.record(
    z.enum(['ppc-session', 'party-committee', 'leader-session']),
    z.object({
      onTime: z.number().int(),
      late: z.number().int(),
      lateWithReason: z.number().int(),
      missing: z.number().int(),
    }),
  ),
  workProgram: z.object({
    toSubmit: z.number().int(),
    submitted: z.number().int(),
    promulgated: z.number().int(),
    submittedRatio: z.number().nullable(),
  }),
  tasks: z.object({
    due: z.number().int(),
    completed: z.number().int(),
    notCompleted: z.number().int(),
    pending: z.number().int(),
  }),
});
export type ScorecardMonth = z.infer<typeof scorecardMonthSchema>;

export const scorecardSchema = z.object({
  /**
   * Where on-time / late submissions come from: the dossiers' submission dates against the
   * signed-documents deadline when agenda items record one, else the program items' submission dates
   * against the end of their target month.
   */
  submissionSource: z.enum(['agenda-items', 'work-program']),
  months: z.array(scorecardMonthSchema),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/** The longest the monthly report's difficulties and recommendations may each be. */
export const REPORT_NOTES_LIMIT = 20_000;

export const reportChannels = {
  'reports.monthly': { args: z.object({ month: yearMonthSchema }).strict(), result: monthlyReportViewSchema },
  /** Writes the report under exports/ (same model as reports.monthly). */
  'reports.monthlyFile': {
    args: z.object({ month: yearMonthSchema, format: z.enum(['docx', 'xlsx']) }).strict(),
    result: exportedFileSchema,
  },
  'reports.saveNotes': {
    args: z
      .object({
        month: yearMonthSchema,
        difficulties: textSchema(REPORT_NOTES_LIMIT).default(''),
        recommendations: textSchema(REPORT_NOTES_LIMIT).default(''),
      })
      .strict(),
    result: z.object({ saved: z.literal(true) }),
  },
  /** The agency's own record, month by month, ending at `endMonth` (default: the current month). */
  scorecard: {
    args: z
      .object({
        months: z.number().int().min(1).max(36).default(12),
        endMonth: yearMonthSchema.nullable().default(null),
      })
      .strict(),
    result: scorecardSchema,
  },
} as const;
