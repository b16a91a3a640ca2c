import { z } from 'zod';
import { TASK_OUTCOMES } from '../tasks/outcome';
import { TASK_STATUSES } from '../tasks/types';
import { VOTE_STANCES } from '../votes/tally';
import { deadlineSchema } from './calendar';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema } from './common';

export const taskOutcomeSchema = z.object({
  code: z.enum(TASK_OUTCOMES),
  notCompleted: z.boolean(),
  completed: z.boolean(),
  vi: z.string(),
  en: z.string(),
});

/** Nhiệm vụ được giao, with the engine's extension-report deadline and the §1g outcome as of today. */
export const taskSchema = z.object({
  id: idSchema,
  sourceDocument: z.string(),
  content: z.string(),
  deadline: z.string(),
  leader: z.string(),
  status: z.enum(TASK_STATUSES),
  completedOn: z.string().nullable(),
  report: z
    .object({ submittedOn: z.string(), reason: z.string(), reasonLegitimate: z.boolean().nullable() })
    .nullable(),
  quality: z.enum(['adequate', 'insufficient']).nullable(),
  assessmentNote: z.string(),
  /** Gia hạn granted: `deadline` is the new one; the first deadline and the report that earned it. */
  extension: z
    .object({
      originalDeadline: z.string(),
      grantedOn: z.string(),
      reportOn: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
  extensionReport: deadlineSchema,
  outcome: taskOutcomeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaskView = z.infer<typeof taskSchema>;

/** The longest each free-text field may be (the forms show them while typing). */
export const TASK_TEXT_LIMITS = {
  sourceDocument: 500,
  content: 3000,
  leader: 200,
  reason: 3000,
  note: 2000,
  memberName: 200,
  comment: 5000,
  response: 5000,
} as const;

const taskFields = {
  sourceDocument: requiredTextSchema(TASK_TEXT_LIMITS.sourceDocument),
  content: requiredTextSchema(TASK_TEXT_LIMITS.content),
  deadline: isoDateSchema,
  leader: textSchema(TASK_TEXT_LIMITS.leader).default(''),
};

export const taskListArgs = z
  .object({
    fromDate: isoDateSchema.nullable().default(null),
    toDate: isoDateSchema.nullable().default(null),
    /** Only tasks that count against the agency, or only those still open. */
    filter: z.enum(['all', 'open', 'not-completed']).default('all'),
  })
  .strict();

export const taskUpdateArgs = z
  .object({
    id: idSchema,
    ...taskFields,
    status: z.enum(TASK_STATUSES),
    /** Required when the status is completed; not in the future. */
    completedOn: isoDateSchema.nullable().default(null),
  })
  .strict();

/** Báo cáo xin gia hạn: the written report sent when a task cannot be finished on time. */
export const taskReportArgs = z
  .object({ id: idSchema, submittedOn: isoDateSchema, reason: requiredTextSchema(TASK_TEXT_LIMITS.reason) })
  .strict();

/** Gia hạn: the leadership granted more time; the task gets a new deadline (after the current one). */
export const taskExtendArgs = z
  .object({ id: idSchema, newDeadline: isoDateSchema, grantedOn: isoDateSchema })
  .strict();

/** The leadership's judgements: whether the report's reason is legitimate, and the quality. */
export const taskAssessArgs = z
  .object({
    id: idSchema,
    reasonLegitimate: z.boolean().nullable().default(null),
    quality: z.enum(['adequate', 'insufficient']).nullable().default(null),
    note: textSchema(TASK_TEXT_LIMITS.note).default(''),
  })
  .strict();

export const memberSchema = z.object({ id: idSchema, name: z.string(), active: z.boolean() });
export type MemberView = z.infer<typeof memberSchema>;

export const membersSaveArgs = z
  .object({
    /** The list in order; an entry without id is new; a member left out is removed (or kept inactive if it voted). */
    members: z
      .array(
        z
          .object({
            id: idSchema.nullable().default(null),
            name: requiredTextSchema(TASK_TEXT_LIMITS.memberName),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();

export const voteSchema = z.object({
  id: idSchema,
  agendaItemId: idSchema,
  memberId: idSchema,
  memberName: z.string(),
  stance: z.enum(VOTE_STANCES),
  castOn: z.string(),
  comment: z.string(),
  response: z
    .object({ kind: z.enum(['accepted', 'explained']), text: z.string(), respondedOn: z.string() })
    .nullable(),
  /** A later vote of the same member on the same draft replaced this one. */
  superseded: z.boolean(),
});
export type VoteView = z.infer<typeof voteSchema>;

export const draftSchema = z.object({
  agendaItemId: idSchema,
  title: z.string(),
  meetingDate: z.string(),
  meetingTitle: z.string(),
});

export const tallySchema = z.object({
  agendaItemId: idSchema,
  counts: z.object({ agree: z.number(), 'agree-with-comments': z.number(), disagree: z.number() }),
  answered: z.number().int(),
  members: z.number().int(),
  notAnswered: z.array(z.string()),
  commentsAwaitingResponse: z.number().int(),
  moreThanHalfInFavour: z.boolean(),
});
export type TallyView = z.infer<typeof tallySchema>;

const idArgs = z.object({ id: idSchema }).strict();
const draftArgs = z.object({ agendaItemId: idSchema }).strict();

export const taskChannels = {
  'tasks.list': { args: taskListArgs, result: z.array(taskSchema) },
  'tasks.create': { args: z.object(taskFields).strict(), result: taskSchema },
  'tasks.update': { args: taskUpdateArgs, result: taskSchema },
  'tasks.delete': { args: idArgs, result: z.object({ deleted: z.literal(true) }) },
  'tasks.report': { args: taskReportArgs, result: taskSchema },
  'tasks.assess': { args: taskAssessArgs, result: taskSchema },
  'tasks.extend': { args: taskExtendArgs, result: taskSchema },
  'members.list': { args: z.object({}).strict(), result: z.array(memberSchema) },
  'members.save': { args: membersSaveArgs, result: z.array(memberSchema) },
  /** The agency's drafts (agenda items) members vote on, most recent meetings first. */
  'votes.drafts': { args: z.object({}).strict(), result: z.array(draftSchema) },
  'votes.list': { args: draftArgs, result: z.array(voteSchema) },
  'votes.record': {
    args: z
      .object({
        agendaItemId: idSchema,
        memberId: idSchema,
        stance: z.enum(VOTE_STANCES),
        castOn: isoDateSchema,
        comment: textSchema(TASK_TEXT_LIMITS.comment).default(''),
      })
      .strict(),
    result: voteSchema,
  },
  /** Tiếp thu / giải trình: the agency's answer to a member's comment. */
  'votes.respond': {
    args: z
      .object({
        voteId: idSchema,
        kind: z.enum(['accepted', 'explained']),
        text: requiredTextSchema(TASK_TEXT_LIMITS.response),
        respondedOn: isoDateSchema,
      })
      .strict(),
    result: voteSchema,
  },
  'votes.tally': { args: draftArgs, result: tallySchema },
} as const;
