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
