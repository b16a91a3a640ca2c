import { z } from 'zod';
import { ADJUSTMENT_GROUNDS, ADJUSTMENT_KINDS } from '../workProgram/adjustmentGrounds';
import { TO_WHOM, WORK_PROGRAM_STATUSES } from '../workProgram/types';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema } from './common';
import { fileSourceSchema } from './fileSource';

/** Tháng trình: 'YYYY-MM'. */
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid-month' });
export const toWhomSchema = z.enum(TO_WHOM);
export const workProgramStatusSchema = z.enum(WORK_PROGRAM_STATUSES);

/** A file the app wrote under <dataDir>/exports/: open it (desktop) or download it by name (browser). */
export const exportedFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const milestoneSchema = z.object({
  title: z.string(),
  due: z.string(),
  doneOn: z.string().nullable(),
});

/** The longest each free-text field of a program item may be (the form shows them while typing). */
export const WORK_PROGRAM_TEXT_LIMITS = {
  number: 20,
  title: 1000,
  leadAgency: 300,
  coordinatingAgency: 300,
  notes: 5000,
  lateCause: 2000,
  remedy: 2000,
  milestoneTitle: 500,
} as const;

const milestoneInput = z
  .object({
    title: requiredTextSchema(WORK_PROGRAM_TEXT_LIMITS.milestoneTitle),
    due: isoDateSchema,
    doneOn: isoDateSchema.nullable().default(null),
  })
  .strict();

/** An agenda item (dossier) that fulfils a program item: agenda_item.work_program_item_id points here. */
export const linkedAgendaItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.string(),
  meetingId: idSchema,
  meetingDate: z.string(),
  meetingTitle: z.string(),
});
export type LinkedAgendaItem = z.infer<typeof linkedAgendaItemSchema>;

/** Nội dung trong chương trình công tác, as the screens show it. */
export const workProgramItemSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  number: z.string(),
  title: z.string(),
  leadAgency: z.string(),
  coordinatingAgencies: z.array(z.string()),
  targetMonth: z.string(),
  toWhom: toWhomSchema,
  status: workProgramStatusSchema,
  submittedOn: z.string().nullable(),
  promulgatedOn: z.string().nullable(),
  notes: z.string(),
  lateCause: z.string(),
  remedy: z.string(),
  newSchedule: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  linkedAgendaItems: z.array(linkedAgendaItemSchema),
  /** Months past the target month without a submission (0 when due this month, null when not late). */
  monthsLate: z.number().int().nullable(),
  /** Adjustment requests still waiting for an answer that cover this item. */
  pendingAdjustments: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkProgramItemView = z.infer<typeof workProgramItemSchema>;

const W = WORK_PROGRAM_TEXT_LIMITS;
const itemFields = {
  number: textSchema(W.number).default(''),
  title: requiredTextSchema(W.title),
  leadAgency: textSchema(W.leadAgency).default(''),
  coordinatingAgencies: z.array(requiredTextSchema(W.coordinatingAgency)).max(50).default([]),
  targetMonth: yearMonthSchema,
  toWhom: toWhomSchema,
  notes: textSchema(W.notes).default(''),
  lateCause: textSchema(W.lateCause).default(''),
  remedy: textSchema(W.remedy).default(''),
  newSchedule: yearMonthSchema.nullable().default(null),
  milestones: z.array(milestoneInput).max(50).default([]),
};

export const workProgramCreateArgs = z.object(itemFields).strict();
export const workProgramUpdateArgs = z.object({ id: idSchema, ...itemFields }).strict();

export const workProgramListArgs = z
  .object({
    /** Only items whose target month is in [fromMonth, toMonth]. */
    fromMonth: yearMonthSchema.nullable().default(null),
    toMonth: yearMonthSchema.nullable().default(null),
    statuses: z.array(workProgramStatusSchema).default([]),
    toWhom: toWhomSchema.nullable().default(null),
    /** Words of the title, number or lead agency (accents and case ignored). */
    text: textSchema(200).default(''),
    lateOnly: z.boolean().default(false),
  })
  .strict();

/**
 * Status changes carry their dates: "submitted" needs the submission date, "promulgated" both dates
 * (a promulgated item was submitted first). Dates may not lie in the future.
 */
export const workProgramSetStatusArgs = z
  .object({
    id: idSchema,
    status: workProgramStatusSchema,
    submittedOn: isoDateSchema.nullable().default(null),
    promulgatedOn: isoDateSchema.nullable().default(null),
  })
  .strict();

export const workProgramLinkArgs = z
  .object({ id: idSchema, agendaItemId: idSchema, linked: z.boolean() })
  .strict();

const rowIssueSchema = z.object({
  column: z.string().nullable(),
  code: z.string(),
  vi: z.string(),
  en: z.string(),
});

export const itemDraftSchema = z.object({
  number: z.string(),
  title: z.string(),
  leadAgency: z.string(),
  coordinatingAgencies: z.array(z.string()),
  targetMonth: z.string(),
  toWhom: toWhomSchema.nullable(),
  status: workProgramStatusSchema,
  notes: z.string(),
});

export const importPreviewSchema = z.object({
  /** Pass to workProgram.importCommit; kept in memory for 30 minutes. */
  previewId: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  headerRowNumber: z.number().int(),
  rows: z.array(
    z.object({
      rowNumber: z.number().int(),
      item: itemDraftSchema.optional(),
      errors: z.array(rowIssueSchema),
      warnings: z.array(rowIssueSchema),
      skipped: z.enum(['empty', 'section-heading', 'column-numbering']).optional(),
    }),
  ),
  summary: z.object({
    itemRows: z.number().int(),
    validRows: z.number().int(),
    rowsWithErrors: z.number().int(),
    skippedRows: z.number().int(),
    rowsWithWarnings: z.number().int(),
    defaultYear: z.number().int(),
    defaultYearSource: z.enum(['title', 'today']),
    /** Valid rows that do not say to whom the item goes: the commit needs `defaultToWhom` for them. */
    rowsWithoutToWhom: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const draftInput = z
  .object({
    number: textSchema(20).default(''),
    title: requiredTextSchema(1000),
    leadAgency: textSchema(300).default(''),
    coordinatingAgencies: z.array(requiredTextSchema(300)).max(50).default([]),
    targetMonth: yearMonthSchema,
    toWhom: toWhomSchema.nullable().default(null),
    status: workProgramStatusSchema.default('not-started'),
    notes: textSchema(5000).default(''),
  })
  .strict();

/**
 * Writes the valid rows of a preview (or rows given directly) in one transaction: all or nothing.
 * Rows with errors are never written; rows without a to-whom take `defaultToWhom`, which is then required.
 */
export const importCommitArgs = z.union([
  z
    .object({ previewId: z.string().min(1).max(64), defaultToWhom: toWhomSchema.nullable().default(null) })
    .strict(),
  z
    .object({
      rows: z.array(draftInput).min(1).max(20_000),
      defaultToWhom: toWhomSchema.nullable().default(null),
    })
    .strict(),
]);

export const importCommitResultSchema = z.object({
  inserted: z.number().int(),
  skippedRowsWithErrors: z.number().int(),
});

/** An adjustment or addition request, with its entries and outcome. */
export const adjustmentEntrySchema = z.object({
  kind: z.enum(ADJUSTMENT_KINDS),
  itemId: idSchema.nullable(),
  number: z.string(),
  title: z.string(),
  currentMonth: z.string().nullable(),
  proposedMonth: z.string().nullable(),
  toWhom: toWhomSchema.nullable(),
  createdItemId: idSchema.nullable(),
});

export const adjustmentRequestSchema = z.object({
  id: idSchema,
  number: z.string(),
  symbol: z.string(),
  date: z.string(),
  subject: z.string(),
  ground: z.enum(ADJUSTMENT_GROUNDS),
  reason: z.string(),
  necessity: z.string(),
  impact: z.string(),
  outcome: z.enum(['pending', 'approved', 'rejected']),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string(),
  entries: z.array(adjustmentEntrySchema),
  createdAt: z.string(),
});
export type AdjustmentRequestView = z.infer<typeof adjustmentRequestSchema>;

/** The longest each free-text field of an adjustment request may be (the form shows them while typing). */
export const ADJUSTMENT_TEXT_LIMITS = {
  number: 20,
  reason: 5000,
  necessity: 5000,
  impact: 5000,
  title: 1000,
  outcomeNote: 2000,
} as const;

const A = ADJUSTMENT_TEXT_LIMITS;
export const adjustmentCreateArgs = z
  .object({
    date: isoDateSchema,
    number: textSchema(A.number).default(''),
    symbol: textSchema(60).default(''),
    // No ground chosen yet reaches validation as null, so it is reported with every other missing field.
    ground: z
      .enum(ADJUSTMENT_GROUNDS)
      .nullable()
      .pipe(z.enum(ADJUSTMENT_GROUNDS, { message: 'choose-one' })),
    reason: requiredTextSchema(A.reason),
    necessity: requiredTextSchema(A.necessity),
    impact: requiredTextSchema(A.impact),
    entries: z
      .array(
        z
          .object({
            kind: z.enum(ADJUSTMENT_KINDS),
            /** Required except for an addition. */
            itemId: idSchema.nullable().default(null),
            /** For an addition: the new item's title; for an amendment: the new title. */
            title: textSchema(A.title).default(''),
            /** Required for a reschedule and an addition. */
            proposedMonth: yearMonthSchema.nullable().default(null),
            toWhom: toWhomSchema.nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

export const adjustmentOutcomeArgs = z
  .object({
    id: idSchema,
    outcome: z.enum(['approved', 'rejected']),
    outcomeOn: isoDateSchema,
    note: textSchema(A.outcomeNote).default(''),
  })
  .strict();

/** Decree 30 heading and signature of the documents the agency files (kept in settings). */
export const documentSettingsSchema = z.object({
  parentAgency: z.string(),
  agencyShortName: z.string(),
  place: z.string(),
  letterSymbol: z.string(),
  reportSymbol: z.string(),
  /** Kính gửi of the request letter. */
  addressee: z.string(),
  /** Nơi nhận, one per line; "Lưu: VT" is added last. */
  recipients: z.array(z.string()),
  signerAuthority: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  /** Số, ngày of the decision that issued the program, quoted in the request letter. */
  programDecision: z.string(),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/** The longest each heading field may be (the form shows them while typing); `recipients` is per line. */
export const DOCUMENT_SETTINGS_LIMITS = {
  parentAgency: 200,
  agencyShortName: 60,
  place: 100,
  letterSymbol: 60,
  reportSymbol: 60,
  addressee: 300,
  recipients: 300,
  signerAuthority: 100,
  signerTitle: 100,
  signerName: 100,
  programDecision: 300,
} as const;
/** At most this many recipients (Nơi nhận) lines. */
export const MAX_RECIPIENTS = 20;

const H = DOCUMENT_SETTINGS_LIMITS;
export const documentSettingsSaveArgs = z
  .object({
    parentAgency: textSchema(H.parentAgency),
    agencyShortName: textSchema(H.agencyShortName),
    place: textSchema(H.place),
    letterSymbol: textSchema(H.letterSymbol),
    reportSymbol: textSchema(H.reportSymbol),
    addressee: textSchema(H.addressee),
    recipients: z.array(requiredTextSchema(H.recipients)).max(MAX_RECIPIENTS),
    signerAuthority: textSchema(H.signerAuthority),
    signerTitle: textSchema(H.signerTitle),
    signerName: textSchema(H.signerName),
    programDecision: textSchema(H.programDecision),
  })
  .strict();

const idArgs = z.object({ id: idSchema }).strict();

export const workProgramChannels = {
  'workProgram.list': { args: workProgramListArgs, result: z.array(workProgramItemSchema) },
  'workProgram.create': { args: workProgramCreateArgs, result: workProgramItemSchema },
  'workProgram.update': { args: workProgramUpdateArgs, result: workProgramItemSchema },
  'workProgram.delete': { args: idArgs, result: z.object({ deleted: z.literal(true) }) },
  'workProgram.setStatus': { args: workProgramSetStatusArgs, result: workProgramItemSchema },
  /** Links or unlinks an agenda item (dossier) that fulfils the program item. */
  'workProgram.linkAgendaItem': { args: workProgramLinkArgs, result: workProgramItemSchema },
  /** Agenda items a program item may be linked to (most recent meetings first). */
  'workProgram.agendaItems': { args: z.object({}).strict(), result: z.array(linkedAgendaItemSchema) },
  'workProgram.importPreview': {
    args: z.object({ source: fileSourceSchema }).strict(),
    result: importPreviewSchema,
  },
  'workProgram.importCommit': { args: importCommitArgs, result: importCommitResultSchema },
  'workProgram.exportXlsx': { args: z.object({}).strict(), result: exportedFileSchema },
  'workProgram.documentSettings': { args: z.object({}).strict(), result: documentSettingsSchema },
  'workProgram.saveDocumentSettings': { args: documentSettingsSaveArgs, result: documentSettingsSchema },
  'adjustments.list': { args: z.object({}).strict(), result: z.array(adjustmentRequestSchema) },
  /** Records the request and writes its letter (DOCX) under exports/. */
  'adjustments.create': {
    args: adjustmentCreateArgs,
    result: z.object({ request: adjustmentRequestSchema, file: exportedFileSchema }),
  },
  'adjustments.setOutcome': { args: adjustmentOutcomeArgs, result: adjustmentRequestSchema },
  'adjustments.letterDocx': { args: idArgs, result: exportedFileSchema },
} as const;
