import { z } from 'zod';
import { parseIsoDate } from '../calendar/civilDate';

/** A civil date in Vietnam, 'YYYY-MM-DD', that exists on the calendar (no 31/02). */
export const isoDateSchema = z.string().refine(
  (text) => {
    try {
      parseIsoDate(text, 'date');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'invalid-date' },
);

/** Office time 'HH:mm' (24 h). */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid-time' });

/**
 * C0 controls but tab and line breaks, DEL and C1 controls: no one types them, a pasted or forged one
 * (NUL above all) would reach SQLite and the search index as is. Refused as a field message.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Free text typed by a person: trimmed, NFC-normalised so that search and comparisons are stable. */
export const textSchema = (max: number) =>
  z
    .string()
    .max(max * 4)
    .refine((s) => !hasControlCharacter(s), { message: 'control-character' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max));

export const requiredTextSchema = (max: number) =>
  textSchema(max).pipe(z.string().min(1, { message: 'required' }).max(max));

export const idSchema = z.number().int().positive();

export const emptyArgs = z.object({}).strict();

/** Dashboard colours by working days left (Settings). */
export const thresholdsSchema = z.object({
  /** Red when working days left ≤ red (overdue is always red). */
  red: z.number().int().min(0).max(60),
  /** Amber when working days left ≤ amber. */
  amber: z.number().int().min(0).max(60),
});
