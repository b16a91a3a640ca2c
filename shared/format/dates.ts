import { weekdayLong } from './locale';

export type Language = 'vi' | 'en';

/** 'YYYY-MM-DD' → 'dd/MM/yyyy', the form Vietnamese offices write dates in (both languages use it). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 'Thứ Năm' / 'Thursday' (date-fns, see locale.ts). */
export function weekdayName(iso: string, language: Language): string {
  return weekdayLong(iso, language);
}

/** 'Thứ Năm, 17/12/2026' */
export function formatDateWithWeekday(iso: string, language: Language): string {
  return `${weekdayName(iso, language)}, ${formatDate(iso)}`;
}

/**
 * Reads what a person typed as a date: dd/MM/yyyy (also d/M/yyyy, '-' or '.' separators) or ISO.
 * Returns the ISO form without checking that the day exists; the contract's date schema does that.
 */
export function parseTypedDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return t;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!vn) return null;
  const [, d, m, y] = vn;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/**
 * The same, but only a day that exists on the calendar (no 31/02): for fields that act as the user types,
 * such as a filter, where no main-process check comes before the answer.
 */
export function parseExistingDate(text: string): string | null {
  const iso = parseTypedDate(text);
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= last ? iso : null;
}
