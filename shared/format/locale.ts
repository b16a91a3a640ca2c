/**
 * The one place numbers, sizes, plurals, months and weekdays are written for people, in Vietnamese or
 * English: date-fns with its `vi` and `en-US` locales for calendar words, Intl for numbers and plurals.
 * Dates themselves stay dd/MM/yyyy in both languages (dates.ts), as Vietnamese offices write them.
 * Pure: no clock, no time zone of the machine (civil dates are built as local midnight and read back
 * with the same zone, so the zone cancels out).
 */
import { format } from 'date-fns';
import { enUS, vi } from 'date-fns/locale';
import type { Language } from './dates';
import { pluralWord } from './plural';

export { pluralWord };

const DATE_FNS_LOCALE = { vi, en: enUS } as const;
const INTL_LOCALE = { vi: 'vi-VN', en: 'en-US' } as const;

function civil(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) || 1);
}

/** 'Thứ Năm' / 'Thursday'. Sunday is written 'Chủ nhật', as in the official schedules and the calendar. */
export function weekdayLong(iso: string, language: Language): string {
  const name = format(civil(iso), 'EEEE', { locale: DATE_FNS_LOCALE[language] });
  return language === 'vi' ? name.replace('Chủ Nhật', 'Chủ nhật') : name;
}

/** 'YYYY-MM' → 'Tháng 11/2026' / 'November 2026'. */
export function formatMonth(month: string, language: Language): string {
  const d = civil(`${month}-01`);
  // date-fns' vi month name pads ("tháng 01"); offices write "Tháng 1/2026".
  return language === 'vi'
    ? format(d, "'Tháng' M'/'yyyy", { locale: vi })
    : format(d, 'MMMM yyyy', { locale: enUS });
}

/** 1–12 → 'Tháng 11' / 'November' (the month picker's cells). */
export function monthName(month: number, language: Language): string {
  const d = new Date(2000, month - 1, 1);
  return language === 'vi' ? format(d, "'Tháng' M", { locale: vi }) : format(d, 'MMMM', { locale: enUS });
}

/** Monday-first short weekday names: 'T2…CN' / 'Mon…Sun'. */
export function weekdaysShort(language: Language): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(2024, 0, 1 + i);
    if (language === 'vi') return i === 6 ? 'CN' : `T${i + 2}`;
    return format(d, 'EEE', { locale: enUS });
  });
}

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Bytes as an office worker reads them, one format app-wide: '21,1 KB' in Vietnamese, '21.1 KB' in English. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, language, digits)} ${units[unit]}`;
}

/**
 * A count with its noun: Vietnamese nouns do not change ('1 nhiệm vụ', '3 nhiệm vụ'); English ones do,
 * by Intl's plural rules ('1 task', '3 tasks').
 */
export function plural(
  count: number,
  forms: { vi: string; en: { one: string; other: string } },
  language: Language,
): string {
  const n = formatNumber(count, language);
  return `${n} ${language === 'vi' ? forms.vi : pluralWord(count, forms.en.one, forms.en.other, language)}`;
}

/** An instant as dd/MM/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving), whatever the PC's zone. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
