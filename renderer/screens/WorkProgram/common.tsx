import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';

/** dd/mm/yyyy as typed → ISO, or an error value naming the field. */
export function typedDate(text: string, label: string): string {
  const iso = parseTypedDate(text);
  if (!iso) {
    throw new ApiError({
      code: 'invalid-date',
      vi: `${label}: "${text}" không phải ngày dạng dd/mm/yyyy.`,
      en: `${label}: "${text}" is not a date written dd/mm/yyyy.`,
    });
  }
  return iso;
}

export function optionalTypedDate(text: string, label: string): string | null {
  return text.trim() === '' ? null : typedDate(text, label);
}

export function shownDate(iso: string | null | undefined): string {
  return iso ? formatDate(iso) : '';
}

/** "2026-10" → "10/2026": months as offices write them. */
export function shownMonth(month: string | null | undefined): string {
  return month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '';
}

/** The app's one tabs component (kept importable from here for the work-program screens). */
export { Tabs } from '../../components/Tabs';
