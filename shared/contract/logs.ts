import { z } from 'zod';
import { emptyArgs } from './common';

export const logLocationSchema = z.object({
  /** <data dir>/logs: what Settings › Chung shows and opens. */
  folder: z.string(),
  /** The file being written (main.log; older ones are main.1.log … main.5.log). */
  file: z.string(),
});
export type LogLocation = z.infer<typeof logLocationSchema>;

export const logChannels = {
  /** Where the app's log is (issue 10). Opening it goes through shell.openPath (inside the data folder). */
  'app.logLocation': { args: emptyArgs, result: logLocationSchema },
} as const;
