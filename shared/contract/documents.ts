import { z } from 'zod';
import { AGENCY_TEXT_LIMITS, agencySchema } from './agency';
import { idSchema, isoDateSchema, requiredTextSchema, textSchema } from './common';
import { documentSettingsSaveArgs, documentSettingsSchema, exportedFileSchema } from './workProgram';

/**
 * The agency's documents in the Decree 30/2020 layout (tờ trình, extension report, vote summary; the
 * answer letter is on the opinion-request channels), and the heading they all share. The heading is
 * asked for once: until it is confirmed, a document channel answers `documents.headingRequired` and the
 * screen opens the heading form, then makes the document.
 */
export const documentHeadingSchema = z.object({
  settings: documentSettingsSchema,
  /** False until the heading has been saved once (then every document uses it without asking). */
  confirmed: z.boolean(),
});

/** The longest the extension report's free texts may be (the form shows them while typing). */
export const EXTENSION_REPORT_TEXT_LIMITS = { progress: 10_000, reason: 5000 } as const;

/** Agency details editable in Settings › Chung; documents and packages already made keep theirs. */
export const agencyUpdateArgs = z
  .object({
    name: requiredTextSchema(AGENCY_TEXT_LIMITS.name),
    code: requiredTextSchema(AGENCY_TEXT_LIMITS.code).pipe(
      z.string().regex(/^[\p{L}\p{N}-]+$/u, { message: 'invalid-agency-code' }),
    ),
    /** Cơ quan chủ quản, e.g. "UBND TỈNH LÂM ĐỒNG": the first line of every heading. */
    governingBody: textSchema(AGENCY_TEXT_LIMITS.governingBody).default(''),
    /** Tỉnh, thành phố: the place (địa danh) written before the date. */
    province: textSchema(AGENCY_TEXT_LIMITS.province).default(''),
  })
  .strict();

export const agencyDetailsSchema = agencySchema.extend({ governingBody: z.string(), province: z.string() });
export type AgencyDetails = z.infer<typeof agencyDetailsSchema>;

export const documentChannels = {
  'documents.heading': { args: z.object({}).strict(), result: documentHeadingSchema },
  'documents.saveHeading': { args: documentSettingsSaveArgs, result: documentHeadingSchema },
  /** Tờ trình skeleton of an agenda item (§4c): sections to fill, attached documents from the checklist. */
  'documents.submission': { args: z.object({ agendaItemId: idSchema }).strict(), result: exportedFileSchema },
  /** Báo cáo xin gia hạn of an assigned task (§1g): reason, what was done, the date asked for. */
  'documents.extensionReport': {
    args: z
      .object({
        taskId: idSchema,
        /** What has been done so far; the reason is the one recorded with the task's report. */
        progress: textSchema(EXTENSION_REPORT_TEXT_LIMITS.progress).default(''),
        /** The new deadline asked for, 'YYYY-MM-DD'. */
        requestedDeadline: isoDateSchema,
        reason: textSchema(EXTENSION_REPORT_TEXT_LIMITS.reason).default(''),
      })
      .strict(),
    result: exportedFileSchema,
  },
  /** Bản tổng hợp tiếp thu, giải trình ý kiến thành viên UBND tỉnh on a draft (§3c), with the tally. */
  'documents.voteSummary': {
    args: z.object({ agendaItemId: idSchema }).strict(),
    result: exportedFileSchema,
  },
  'agency.details': { args: z.object({}).strict(), result: agencyDetailsSchema },
  'agency.update': { args: agencyUpdateArgs, result: agencyDetailsSchema },
} as const;
