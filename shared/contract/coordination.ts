import { z } from 'zod';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema } from './common';
import { fileSourceSchema } from './fileSource';

export const COORDINATION_ANSWERS = ['agree', 'agree-with-comments', 'disagree'] as const;
export const coordinationAnswerSchema = z.enum(COORDINATION_ANSWERS);
export type CoordinationAnswer = (typeof COORDINATION_ANSWERS)[number];

/** Phối hợp: one coordinating agency asked for its opinion on an item, and what it answered. */
export const coordinationSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  agency: z.string(),
  /** The responsible person the agency named. */
  person: z.string(),
  askedOn: z.string(),
  dueOn: z.string(),
  answer: coordinationAnswerSchema.nullable(),
  answerText: z.string(),
  answeredOn: z.string().nullable(),
  /** The answer letter, kept in the store like any attachment. */
  file: z
    .object({ sha256: z.string(), name: z.string(), size: z.number().int(), mime: z.string() })
    .nullable(),
  /** Not answered and the response deadline is before today. */
  overdue: z.boolean(),
  /** Calendar days past the deadline when overdue, else 0. */
  daysOverdue: z.number().int(),
  /** Working days in (due, today] while unanswered: how overdue is said everywhere. */
  workingDaysOverdue: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CoordinationView = z.infer<typeof coordinationSchema>;

/** The longest each free-text field may be (the forms show them while typing). */
export const COORDINATION_TEXT_LIMITS = { agency: 300, person: 200, answerText: 10_000 } as const;

const requestFields = {
  agency: requiredTextSchema(COORDINATION_TEXT_LIMITS.agency),
  person: textSchema(COORDINATION_TEXT_LIMITS.person).default(''),
  askedOn: isoDateSchema,
  dueOn: isoDateSchema,
};

export const coordinationListArgs = z.object({ itemId: idSchema }).strict();
export const coordinationAddArgs = z.object({ itemId: idSchema, ...requestFields }).strict();
export const coordinationUpdateArgs = z.object({ id: idSchema, ...requestFields }).strict();
export const coordinationAnswerArgs = z
  .object({
    id: idSchema,
    answer: coordinationAnswerSchema,
    answerText: textSchema(COORDINATION_TEXT_LIMITS.answerText).default(''),
    answeredOn: isoDateSchema,
    /** The answer letter; null keeps the file already recorded (if any). */
    file: fileSourceSchema.nullable().default(null),
  })
  .strict();
export const coordinationIdArgs = z.object({ id: idSchema }).strict();

export const coordinationChannels = {
  'coordination.list': { args: coordinationListArgs, result: z.array(coordinationSchema) },
  'coordination.add': { args: coordinationAddArgs, result: coordinationSchema },
  'coordination.update': { args: coordinationUpdateArgs, result: coordinationSchema },
  'coordination.answer': { args: coordinationAnswerArgs, result: coordinationSchema },
  /** Back to "no answer yet" (a wrong entry); the file, if any, is dropped. */
  'coordination.clearAnswer': { args: coordinationIdArgs, result: coordinationSchema },
  'coordination.remove': { args: coordinationIdArgs, result: z.object({ id: idSchema }) },
} as const;
