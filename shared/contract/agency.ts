import { z } from 'zod';
import { requiredTextSchema, timeSchema } from './common';

/** Bộ quy tắc mặc định: the rule preset an agency starts from (DOMAIN.md: no province is hard-coded). */
export const PROVINCE_PRESETS = ['default-53-2022'] as const;

/** Cơ quan, đơn vị: the one agency that owns this installation's database. */
export const agencySchema = z.object({
  name: z.string(),
  code: z.string(),
  provincePreset: z.enum(PROVINCE_PRESETS),
  officeHoursEnd: timeSchema,
  createdAt: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;

/** The longest each of the agency's free-text fields may be (the forms show them while typing). */
export const AGENCY_TEXT_LIMITS = { name: 200, code: 20, governingBody: 200, province: 100 } as const;

export const agencySetupArgs = z
  .object({
    name: requiredTextSchema(AGENCY_TEXT_LIMITS.name),
    // Ký hiệu viết tắt, e.g. "STP" for Sở Tư pháp: letters, digits and hyphens as used in document symbols.
    code: requiredTextSchema(AGENCY_TEXT_LIMITS.code).pipe(
      z.string().regex(/^[\p{L}\p{N}-]+$/u, { message: 'invalid-agency-code' }),
    ),
    provincePreset: z.enum(PROVINCE_PRESETS),
    officeHoursEnd: timeSchema.default('17:00'),
  })
  .strict();
export type AgencySetupArgs = z.input<typeof agencySetupArgs>;
