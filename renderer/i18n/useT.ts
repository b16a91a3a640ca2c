import type { AppErrorData } from '../../shared/errors/appError';
import type { Language } from '../../shared/format/dates';
import { pluralWord } from '../../shared/format/locale';
import { useAppStore } from '../stores/appStore';
import { type MessageKey, messages } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A message with its parameters: `{n}` is the value; `{n:row|rows}` is the word that agrees with the
 * count n in the current language (shared/format/locale.ts), so English never reads "1 rows".
 */
export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text: string = messages[key][language];
  if (!params) return text;
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const count = Number(params[name]);
      return Number.isFinite(count) ? pluralWord(count, one, other, language) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return (key, params) => translate(language, key, params);
}

export function errorText(error: AppErrorData, language: Language): string {
  return language === 'vi' ? error.vi : error.en;
}
