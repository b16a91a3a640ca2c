import { z } from 'zod';
import {
  OPINION_REQUEST_STATES,
  OPINION_STANCES,
  REQUESTER_KINDS,
  STORED_STATES,
} from '../opinionRequests/register';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema } from './common';
import { fileSourceSchema } from './fileSource';
import { exportedFileSchema } from './workProgram';

export const requesterKindSchema = z.enum(REQUESTER_KINDS);
export const opinionStanceSchema = z.enum(OPINION_STANCES);
export const opinionRequestStateSchema = z.enum(OPINION_REQUEST_STATES);

/** Xin ý kiến đến: one request for the agency's opinion, its due day and, once sent, the answer. */
export const opinionRequestSchema = z.object({
  id: idSchema,
  requesterKind: requesterKindSchema,
  /** Who asks: "Bộ Tư pháp", "UBND tỉnh Lâm Đồng", "Sở Tài chính"… */
  requester: z.string(),
  /** Their document number in full, e.g. "1234/BTP-VĐCXDPL". */
  theirNumber: z.string(),
  theirDate: z.string().nullable(),
  subject: z.string(),
  received: z.string(),
  due: z.string(),
  /** N when the due day was counted as N working days after receipt; null when the sender set it. */
  dueWorkingDays: z.number().int().nullable(),
  dueExplanation: z.object({ vi: z.string(), en: z.string() }),
  provisional: z.boolean(),
  assignee: z.string(),
  /** What the clerk recorded; `state` adds "overdue" judged against today. */
  storedState: z.enum(STORED_STATES),
  state: opinionRequestStateSchema,
  /** Working days from today to the due day (0 = due today, negative = overdue); null once answered. */
  workingDaysLeft: z.number().int().nullable(),
  /** Open and due within the dashboard's amber threshold (not yet overdue). */
  dueSoon: z.boolean(),
  answer: z
    .object({
      number: z.string(),
      date: z.string(),
      stance: opinionStanceSchema,
      summary: z.string(),
    })
    .nullable(),
  /** The answer letter as sent (signed scan or file), kept in the store. */
  file: z.object({ sha256: z.string(), name: z.string() }).nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpinionRequestView = z.infer<typeof opinionRequestSchema>;

/** The longest each free-text field may be (the forms show them while typing). */
export const REQUEST_TEXT_LIMITS = {
  requester: 300,
  theirNumber: 60,
  subject: 2000,
  assignee: 200,
  notes: 5000,
} as const;
export const ANSWER_TEXT_LIMITS = { number: 60, summary: 10_000 } as const;

const L = REQUEST_TEXT_LIMITS;
const requestFields = {
  requesterKind: requesterKindSchema,
  requester: requiredTextSchema(L.requester),
  theirNumber: textSchema(L.theirNumber).default(''),
  theirDate: isoDateSchema.nullable().default(null),
  subject: requiredTextSchema(L.subject),
  received: isoDateSchema,
  /** The sender's own due date; null: N working days after receipt (N from the settings unless given). */
  due: isoDateSchema.nullable().default(null),
  workingDays: z.number().int().min(1).max(60).nullable().default(null),
  assignee: textSchema(L.assignee).default(''),
  notes: textSchema(L.notes).default(''),
};

export const opinionRequestCreateArgs = z.object(requestFields).strict();
export const opinionRequestUpdateArgs = z
  .object({
    id: idSchema,
    ...requestFields,
    storedState: z.enum(['received', 'drafting']).default('received'),
  })
  .strict();

export const opinionRequestListArgs = z
  .object({
    /** Words of the sender, numbers, subject or assignee (accents and case ignored). */
    text: textSchema(200).default(''),
    states: z.array(opinionRequestStateSchema).max(4).default([]),
    requesterKind: requesterKindSchema.nullable().default(null),
    /** Due day range. */
    fromDate: isoDateSchema.nullable().default(null),
    toDate: isoDateSchema.nullable().default(null),
  })
  .strict();

export const opinionRequestAnswerArgs = z
  .object({
    id: idSchema,
    /** Our letter's number in full ("45/SKHĐT-TH") or the number alone ("45"): the symbol is added once. */
    number: textSchema(ANSWER_TEXT_LIMITS.number).default(''),
    answeredOn: isoDateSchema,
    /** Null reaches the service so that a missing stance gets its own bilingual message. */
    stance: opinionStanceSchema.nullable(),
    summary: textSchema(ANSWER_TEXT_LIMITS.summary).default(''),
    /** The letter as sent; null keeps the file already recorded (if any). */
    file: fileSourceSchema.nullable().default(null),
  })
  .strict();

export const opinionRequestSettingsSchema = z.object({
  /** N: working days after receipt when the sender sets no date. */
  answerWorkingDays: z.number().int().min(1).max(60),
});
export type OpinionRequestSettings = z.infer<typeof opinionRequestSettingsSchema>;

/** A dated duty of the register, as the deadline agenda takes it (shared/opinionRequests/agenda). */
export const opinionRequestDutySchema = z.object({
  kind: z.literal('opinion-request'),
  key: z.string(),
  id: idSchema,
  due: z.string(),
  title: z.string(),
  state: opinionRequestStateSchema,
  assignee: z.string(),
  provisional: z.boolean(),
});

const idArgs = z.object({ id: idSchema }).strict();

export const opinionRequestChannels = {
  'opinionRequests.list': {
    args: opinionRequestListArgs,
    result: z.object({
      requests: z.array(opinionRequestSchema),
      /** Over the whole register, whatever the filters: the warnings' counts. */
      overdue: z.number().int(),
      dueSoon: z.number().int(),
    }),
  },
  'opinionRequests.get': { args: idArgs, result: opinionRequestSchema },
  /** The due day a request would get, before it is saved (the form shows it as the user types). */
  'opinionRequests.previewDue': {
    args: z
      .object({
        received: isoDateSchema,
        due: isoDateSchema.nullable().default(null),
        workingDays: z.number().int().min(1).max(60).nullable().default(null),
      })
      .strict(),
    result: z.object({
      due: z.string(),
      workingDays: z.number().int().nullable(),
      provisional: z.boolean(),
      explanation: z.object({ vi: z.string(), en: z.string() }),
    }),
  },
  'opinionRequests.create': { args: opinionRequestCreateArgs, result: opinionRequestSchema },
  'opinionRequests.update': { args: opinionRequestUpdateArgs, result: opinionRequestSchema },
  'opinionRequests.answer': { args: opinionRequestAnswerArgs, result: opinionRequestSchema },
  /** Takes the answer back (sent by mistake): the request is open again, its file kept until replaced. */
  'opinionRequests.reopen': { args: idArgs, result: opinionRequestSchema },
  'opinionRequests.delete': { args: idArgs, result: z.object({ deleted: z.literal(true) }) },
  'opinionRequests.settings': { args: z.object({}).strict(), result: opinionRequestSettingsSchema },
  'opinionRequests.saveSettings': {
    args: opinionRequestSettingsSchema.strict(),
    result: opinionRequestSettingsSchema,
  },
  /** The register's dated duties in [from, to] (and the overdue ones before), for the deadline agenda. */
  'opinionRequests.duties': {
    args: z
      .object({ from: isoDateSchema, to: isoDateSchema, includeOverdue: z.boolean().default(true) })
      .strict(),
    result: z.array(opinionRequestDutySchema),
  },
  /** The answer letter as sent (the file recorded with the answer), copied under exports/ to open. */
  'opinionRequests.answerFile': { args: idArgs, result: exportedFileSchema },
  /** Công văn góp ý: the answer letter in the Decree 30 layout, written under exports/. */
  'opinionRequests.answerLetter': { args: idArgs, result: exportedFileSchema },
} as const;
