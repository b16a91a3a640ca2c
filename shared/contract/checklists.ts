import { z } from 'zod';
import { ENTRY_KINDS } from '../dossiers/checklistTemplates';
import { agendaItemSchema, meetingRefSchema } from './agendaItems';
import { attachmentAddArgs, attachmentFileSchema, attachmentIdArgs, attachmentSchema } from './attachments';
import { idSchema, requiredTextSchema, textSchema } from './common';

export const ENTRY_STATES = ['missing', 'draft', 'final', 'signed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];
export const entryStateSchema = z.enum(ENTRY_STATES);
export const entryKindSchema = z.enum(ENTRY_KINDS);

export const entryWarningSchema = z.object({
  code: z.enum([
    'unsigned-pdf',
    'signature-not-whole-file',
    'signature-invalid',
    'signature-untrusted',
    'no-signed-pdf',
    'marked-signed-without-file',
  ]),
  attachmentId: idSchema.nullable(),
  vi: z.string(),
  en: z.string(),
});

/** Một mục trong danh mục hồ sơ: a required (or optional) document, or a content requirement. */
export const checklistEntrySchema = z.object({
  id: idSchema,
  itemId: idSchema,
  position: z.number().int().positive(),
  code: z.string().nullable(),
  entryKind: entryKindSchema,
  label: z.string(),
  required: z.boolean(),
  mustBeSigned: z.boolean(),
  state: entryStateSchema,
  notes: z.string(),
  updatedAt: z.string(),
  attachments: z.array(attachmentSchema),
  warnings: z.array(entryWarningSchema),
});
export type ChecklistEntryView = z.infer<typeof checklistEntrySchema>;

export const checklistSchema = z.object({
  item: agendaItemSchema,
  meeting: meetingRefSchema,
  entries: z.array(checklistEntrySchema),
});
export type ChecklistView = z.infer<typeof checklistSchema>;

export const checklistGetArgs = z.object({ itemId: idSchema }).strict();
export const entryStateArgs = z.object({ entryId: idSchema, state: entryStateSchema }).strict();
/** The longest an entry's name and notes may be (the forms show them while typing). */
export const ENTRY_TEXT_LIMITS = { label: 500, notes: 5000 } as const;

export const entryNotesArgs = z
  .object({ entryId: idSchema, notes: textSchema(ENTRY_TEXT_LIMITS.notes) })
  .strict();
const entryFields = {
  label: requiredTextSchema(ENTRY_TEXT_LIMITS.label),
  entryKind: entryKindSchema.default('document'),
  required: z.boolean().default(true),
  mustBeSigned: z.boolean().default(false),
};
export const entryAddArgs = z.object({ itemId: idSchema, ...entryFields }).strict();
export const entryUpdateArgs = z.object({ entryId: idSchema, ...entryFields }).strict();
export const entryIdArgs = z.object({ entryId: idSchema }).strict();

export const checklistChannels = {
  'checklist.get': { args: checklistGetArgs, result: checklistSchema },
  'checklist.setState': { args: entryStateArgs, result: checklistEntrySchema },
  'checklist.setNotes': { args: entryNotesArgs, result: checklistEntrySchema },
  'checklist.addEntry': { args: entryAddArgs, result: checklistEntrySchema },
  'checklist.updateEntry': { args: entryUpdateArgs, result: checklistEntrySchema },
  /** Removes the entry and its attachments (files no longer used by anything leave the store). */
  'checklist.removeEntry': { args: entryIdArgs, result: z.object({ id: idSchema }) },
  'attachments.add': {
    args: attachmentAddArgs,
    result: z.object({
      attachment: attachmentSchema,
      entry: checklistEntrySchema,
      /** The same content was already in the store: no second copy was made. */
      reusedBlob: z.boolean(),
    }),
  },
  'attachments.remove': { args: attachmentIdArgs, result: checklistEntrySchema },
  'attachments.file': { args: attachmentIdArgs, result: attachmentFileSchema },
} as const;
