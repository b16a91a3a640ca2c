import { z } from 'zod';
import { contentKindSchema } from './agendaItems';
import { entryKindSchema } from './checklists';
import { emptyArgs, requiredTextSchema, textSchema } from './common';

export const templateEntrySchema = z.object({
  position: z.number().int().positive(),
  code: z.string().nullable(),
  label: z.string(),
  entryKind: entryKindSchema,
  required: z.boolean(),
  mustBeSigned: z.boolean(),
});

/** Mẫu danh mục hồ sơ of one content kind, as the agency edited it. */
export const checklistTemplateSchema = z.object({
  contentKind: contentKindSchema,
  label: z.object({ vi: z.string(), en: z.string() }),
  /** False while the template is still the shipped default. */
  customised: z.boolean(),
  updatedAt: z.string().nullable(),
  entries: z.array(templateEntrySchema),
});
export type ChecklistTemplateView = z.infer<typeof checklistTemplateSchema>;

/** The longest a template entry's name may be (the form shows it while typing). */
export const TEMPLATE_LABEL_LIMIT = 500;

export const templateUpdateArgs = z
  .object({
    contentKind: contentKindSchema,
    /** The whole list in its new order; replaces the template. Existing checklists are not touched. */
    entries: z
      .array(
        z
          .object({
            code: textSchema(60).nullable().default(null),
            label: requiredTextSchema(TEMPLATE_LABEL_LIMIT),
            entryKind: entryKindSchema.default('document'),
            required: z.boolean().default(true),
            mustBeSigned: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export const templateKindArgs = z.object({ contentKind: contentKindSchema }).strict();

export const templateChannels = {
  'templates.list': { args: emptyArgs, result: z.array(checklistTemplateSchema) },
  'templates.update': { args: templateUpdateArgs, result: checklistTemplateSchema },
  'templates.reset': { args: templateKindArgs, result: checklistTemplateSchema },
} as const;
