import type { Language } from '../../../shared/format/dates';
import { useAppStore } from '../../stores/appStore';

/** A label the shared domain gives in both languages (content kinds, statuses), in the user's one. */
export function useBilingual(): (text: { vi: string; en: string }) => string {
  const language = useAppStore((s) => s.language);
  return (text) => (language === 'vi' ? text.vi : text.en);
}

/** Bytes as an office worker reads them: "1,2 MB" in Vietnamese (decimal comma), "1.2 MB" in English. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${units[unit]}`;
}

/** The first 12 hex digits: enough to tell files apart on screen; the full hash is in the tooltip. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** An ISO timestamp as dd/MM/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving), whatever the PC's zone. */
export function formatTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
