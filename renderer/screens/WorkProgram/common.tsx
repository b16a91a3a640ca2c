import { formatDate, parseTypedDate } from '../../../shared/format/dates';

/**
 * dd/mm/yyyy as typed → ISO; text that is not a date goes to the main process as typed, which then marks
 * that field invalid together with every other invalid field of the form (nothing is written meanwhile).
 */
export function typedDate(text: string): string {
  return parseTypedDate(text) ?? text.trim();
}

export function optionalTypedDate(text: string): string | null {
  return text.trim() === '' ? null : typedDate(text);
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
