import { z } from 'zod';
import { MEETING_KINDS } from '../meetings/kinds';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema, timeSchema } from './common';

export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Cuộc họp: a PPC session or a leader's working session that the agency submits dossiers to. */
export const meetingSchema = z.object({
  id: idSchema,
  kind: z.enum(MEETING_KINDS),
  /** Which Vice-Chairman, for 'vice-chairman' sessions (free text: names change with each term). */
  viceChairman: z.string().nullable(),
  date: z.string(),
  time: z.string().nullable(),
  place: z.string(),
  chair: z.string(),
  title: z.string(),
  notes: z.string(),
  status: z.enum(MEETING_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Longest text each field takes (characters): the contract enforces them, the form counts down to them. */
export const MEETING_TEXT_LIMITS = {
  viceChairman: 200,
  place: 300,
  chair: 200,
  title: 500,
  notes: 5000,
} as const;

const meetingFields = {
  kind: z.enum(MEETING_KINDS),
  viceChairman: textSchema(MEETING_TEXT_LIMITS.viceChairman).nullable().default(null),
  date: isoDateSchema,
  time: timeSchema.nullable().default(null),
  place: textSchema(MEETING_TEXT_LIMITS.place).default(''),
  chair: textSchema(MEETING_TEXT_LIMITS.chair).default(''),
  title: requiredTextSchema(MEETING_TEXT_LIMITS.title),
  notes: textSchema(MEETING_TEXT_LIMITS.notes).default(''),
};

/**
 * The user's answers to the two questions a save may ask: a meeting in the past (entered for the record and
 * the scorecard) and a second meeting of the same kind on the same day.
 */
const confirmations = {
  confirmPast: z.boolean().default(false),
  confirmDuplicate: z.boolean().default(false),
};

export const meetingCreateArgs = z.object({ ...meetingFields, ...confirmations }).strict();
export type MeetingCreateArgs = z.input<typeof meetingCreateArgs>;

export const meetingUpdateArgs = z.object({ id: idSchema, ...meetingFields, ...confirmations }).strict();
export type MeetingUpdateArgs = z.input<typeof meetingUpdateArgs>;

export const meetingListArgs = z
  .object({
    /** Cancelled meetings are hidden unless asked for. */
    includeCancelled: z.boolean().default(false),
    /** Past meetings are listed after the upcoming ones, newest first, unless excluded. */
    includePast: z.boolean().default(true),
  })
  .strict();

export const meetingIdArgs = z.object({ id: idSchema }).strict();

export const meetingChannels = {
  'meetings.list': { args: meetingListArgs, result: z.array(meetingSchema) },
  'meetings.get': { args: meetingIdArgs, result: meetingSchema },
  'meetings.create': { args: meetingCreateArgs, result: meetingSchema },
  'meetings.update': { args: meetingUpdateArgs, result: meetingSchema },
  'meetings.cancel': { args: meetingIdArgs, result: meetingSchema },
} as const;
