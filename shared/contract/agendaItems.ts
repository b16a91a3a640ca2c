import { z } from 'zod';
import { CONTENT_KINDS } from '../dossiers/contentKinds';
import { AGENDA_ITEM_STATUSES } from '../dossiers/itemStatus';
import { MEETING_KINDS } from '../meetings/kinds';
import { deadlineSchema } from './calendar';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema, timeSchema } from './common';
import { MEETING_STATUSES, meetingSchema } from './meetings';

export const contentKindSchema = z.enum(CONTENT_KINDS);
export const agendaItemStatusSchema = z.enum(AGENDA_ITEM_STATUSES);
export const urgencySchema = z.enum(['red', 'amber', 'green']);

/** A meeting as other views point to it (enough to show and to link). */
export const meetingRefSchema = z.object({
  id: idSchema,
  kind: z.enum(MEETING_KINDS),
  date: z.string(),
  time: z.string().nullable(),
  title: z.string(),
  status: z.enum(MEETING_STATUSES),
});
export type MeetingRef = z.infer<typeof meetingRefSchema>;

/** A computed deadline as a dossier shows it: the engine's explanation plus its colour. */
export const dossierDeadlineSchema = deadlineSchema.extend({
  workingDaysLeft: z.number(),
  calendarDaysLeft: z.number(),
  urgency: urgencySchema,
  overdue: z.boolean(),
});
export type DossierDeadline = z.infer<typeof dossierDeadlineSchema>;

/** Nội dung trình: one item a meeting's program carries for the agency. */
export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  /** 1-based order within the meeting. */
  position: z.number().int().positive(),
  title: z.string(),
  contentKind: contentKindSchema,
  leadOfficer: z.string(),
  leaderInCharge: z.string(),
  workProgramItemId: idSchema.nullable(),
  status: agendaItemStatusSchema,
  notes: z.string(),
  /** When the signed documents reached the PPC Office (date and 'HH:mm'; time null on older records). */
  submittedOn: z.string().nullable(),
  submittedTime: z.string().nullable(),
  /** A legitimate reason for late documents (§4b), '' when none was given. */
  lateReason: z.string(),
  /** When and how the Chairman's / Vice-Chairmen's opinion was sought (§4a). */
  opinionSoughtOn: z.string().nullable(),
  opinionSoughtHow: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const checklistSummarySchema = z.object({
  total: z.number().int(),
  required: z.number().int(),
  /** Entries in state final or signed (signed, for those that must be signed). */
  done: z.number().int(),
  /** Required entries not done. */
  missingRequired: z.number().int(),
  /** Entries that must be signed and are not in state signed. */
  unsignedMustSign: z.number().int(),
  attachments: z.number().int(),
});

export const coordinationSummarySchema = z.object({
  total: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
  disagree: z.number().int(),
});

/** An item with what the workspace shows beside it. */
export const agendaItemViewSchema = agendaItemSchema.extend({
  /** The meeting's deadlines that still concern the item (none once it is submitted, withdrawn or struck). */
  deadlines: z.array(dossierDeadlineSchema),
  checklist: checklistSummarySchema,
  coordination: coordinationSummarySchema,
  /** The statuses the item may move to now (see shared/dossiers/itemStatus). */
  allowedStatuses: z.array(agendaItemStatusSchema),
});
export type AgendaItemView = z.infer<typeof agendaItemViewSchema>;

export const agendaItemListSchema = z.object({
  meeting: meetingSchema,
  /** Every deadline of the meeting, whatever the items' states. */
  deadlines: z.array(dossierDeadlineSchema),
  items: z.array(agendaItemViewSchema),
});
export type AgendaItemList = z.infer<typeof agendaItemListSchema>;

export const agendaItemDetailSchema = agendaItemViewSchema.extend({ meeting: meetingRefSchema });
export type AgendaItemDetail = z.infer<typeof agendaItemDetailSchema>;

/**
 * Longest text each field takes (characters). A title is a document's trích yếu: 500 characters hold the
 * longest real ones, and keep the pre-flight, the cover sheet and the dashboard readable.
 */
export const ITEM_TEXT_LIMITS = { title: 500, leadOfficer: 200, leaderInCharge: 200, notes: 5000 } as const;

const itemFields = {
  title: requiredTextSchema(ITEM_TEXT_LIMITS.title),
  contentKind: contentKindSchema,
  leadOfficer: textSchema(ITEM_TEXT_LIMITS.leadOfficer).default(''),
  leaderInCharge: textSchema(ITEM_TEXT_LIMITS.leaderInCharge).default(''),
  workProgramItemId: idSchema.nullable().default(null),
  notes: textSchema(ITEM_TEXT_LIMITS.notes).default(''),
};

export const agendaItemCreateArgs = z.object({ meetingId: idSchema, ...itemFields }).strict();
export type AgendaItemCreateArgs = z.input<typeof agendaItemCreateArgs>;
/** Changing the kind keeps the checklist as it is (a checklist is never rewritten behind the user). */
export const agendaItemUpdateArgs = z.object({ id: idSchema, ...itemFields }).strict();
export const agendaItemStatusArgs = z
  .object({
    id: idSchema,
    status: agendaItemStatusSchema,
    /** For 'submitted': when the documents reached the Office; default now (Vietnam time). */
    submittedOn: isoDateSchema.nullable().default(null),
    submittedTime: timeSchema.nullable().default(null),
  })
  .strict();
/** The longest the submission's late reason and the opinion's "how" may be (shown while typing). */
export const RECORD_TEXT_LIMITS = { lateReason: 2000, how: 1000 } as const;

/** Corrects the recorded submission (entered the next day, say) and gives a reason for lateness. */
export const agendaItemSubmissionArgs = z
  .object({
    id: idSchema,
    submittedOn: isoDateSchema,
    submittedTime: timeSchema,
    lateReason: textSchema(RECORD_TEXT_LIMITS.lateReason).default(''),
  })
  .strict();
export const agendaItemOpinionArgs = z
  .object({
    id: idSchema,
    /** Null clears the record. */
    soughtOn: isoDateSchema.nullable(),
    /** How: "Tờ trình xin ý kiến số 45/TTr-STP", "báo cáo trực tiếp tại cuộc họp giao ban"… */
    how: textSchema(RECORD_TEXT_LIMITS.how).default(''),
  })
  .strict();
export const agendaItemReorderArgs = z
  .object({ meetingId: idSchema, itemIds: z.array(idSchema).min(1).max(1000) })
  .strict();
export const agendaItemIdArgs = z.object({ id: idSchema }).strict();
export const agendaItemListArgs = z.object({ meetingId: idSchema }).strict();

export const agendaItemChannels = {
  'agendaItems.list': { args: agendaItemListArgs, result: agendaItemListSchema },
  'agendaItems.get': { args: agendaItemIdArgs, result: agendaItemDetailSchema },
  'agendaItems.create': { args: agendaItemCreateArgs, result: agendaItemDetailSchema },
  'agendaItems.update': { args: agendaItemUpdateArgs, result: agendaItemDetailSchema },
  'agendaItems.setStatus': { args: agendaItemStatusArgs, result: agendaItemDetailSchema },
  'agendaItems.reorder': { args: agendaItemReorderArgs, result: agendaItemListSchema },
  'agendaItems.delete': { args: agendaItemIdArgs, result: z.object({ id: idSchema }) },
  'agendaItems.recordSubmission': { args: agendaItemSubmissionArgs, result: agendaItemDetailSchema },
  'agendaItems.recordOpinion': { args: agendaItemOpinionArgs, result: agendaItemDetailSchema },
} as const;
