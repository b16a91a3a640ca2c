import { z } from 'zod';

/**
 * A path the renderer asks the desktop to show or open. The main process further limits it to the data
 * folder and the folders the user chose in a dialog, and refuses anything else (see shellHandlers).
 */
export const localPathSchema = z
  .string()
  .min(1, { message: 'required' })
  .max(4096)
  .refine((p) => !p.includes('\0'), { message: 'invalid-path' });

export const shellChannels = {
  /** "Hiện trong thư mục": reveals the file in Explorer / Finder. Desktop only. */
  'shell.showInFolder': {
    args: z.object({ path: localPathSchema }).strict(),
    result: z.object({ shown: z.literal(true) }),
  },
  /** Opens a document or folder with the system's application. Desktop only. */
  'shell.openPath': {
    args: z.object({ path: localPathSchema }).strict(),
    result: z.object({ opened: z.literal(true) }),
  },
  /** The interface language, so that native menus and dialogs follow it (no effect in browser mode). */
  'app.setLanguage': {
    args: z.object({ language: z.enum(['vi', 'en']) }).strict(),
    result: z.object({ applied: z.boolean() }),
  },
} as const;
