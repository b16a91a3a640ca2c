import { z } from 'zod';
import { meetingRefSchema } from './agendaItems';
import { hasControlCharacter, idSchema } from './common';

export const searchArgs = z
  .object({
    text: z
      .string()
      .max(400)
      .refine((s) => !hasControlCharacter(s), { message: 'control-character' }),
    limit: z.number().int().min(1).max(200).default(30),
  })
  .strict();

/** A hit: a meeting, an agenda item or an attached file, with where it lives. */
export const searchHitSchema = z.object({
  kind: z.enum(['meeting', 'item', 'attachment']),
  /** The meeting's, the item's or the attachment's id, by kind. */
  id: idSchema,
  /** The matched text as stored (title or file name). */
  title: z.string(),
  meeting: meetingRefSchema,
  item: z.object({ id: idSchema, title: z.string() }).nullable(),
  entry: z.object({ id: idSchema, label: z.string() }).nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  /** The words searched for, without diacritics (what matching used). */
  tokens: z.array(z.string()),
  /** Meetings, then items, then attachments; most recent first within each kind (at most `limit` each). */
  hits: z.array(searchHitSchema),
  /** Per kind: more hits exist past `limit`. */
  hasMore: z.object({ meeting: z.boolean(), item: z.boolean(), attachment: z.boolean() }),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchChannels = {
  'search.query': { args: searchArgs, result: searchResultSchema },
} as const;
