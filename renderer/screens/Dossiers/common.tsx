import { useAppStore } from '../../stores/appStore';

/** A label the shared domain gives in both languages (content kinds, statuses), in the user's one. */
export function useBilingual(): (text: { vi: string; en: string }) => string {
  const language = useAppStore((s) => s.language);
  return (text) => (language === 'vi' ? text.vi : text.en);
}

/** One size format app-wide: shared/format/locale.ts. */
export { formatBytes } from '../../../shared/format/locale';

/** The first 12 hex digits: enough to tell files apart on screen; the full hash is in the tooltip. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** An ISO timestamp as dd/MM/yyyy HH:mm in Vietnam's time: shared/format/locale.ts. */
export { formatInstant as formatTimestamp } from '../../../shared/format/locale';
