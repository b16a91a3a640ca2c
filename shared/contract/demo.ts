import { z } from 'zod';
import { emptyArgs } from './common';

export const demoSummarySchema = z.object({
  agency: z.string(),
  meetings: z.number().int(),
  items: z.number().int(),
  entries: z.number().int(),
  attachments: z.number().int(),
  blobs: z.number().int(),
  coordination: z.number().int(),
});
export type DemoSummary = z.infer<typeof demoSummarySchema>;

export const demoChannels = {
  /** "Dùng thử với dữ liệu mẫu": only into an empty database; sets up a sample agency. */
  'demo.fill': { args: emptyArgs, result: demoSummarySchema },
} as const;
