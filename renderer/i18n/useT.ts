import type { AppErrorData } from '../../shared/errors/appError';
import type { Language } from '../../shared/format/dates';
import { useAppStore } from '../stores/appStore';
import { type MessageKey, messages } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text: string = messages[key][language];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
}

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return (key, params) => translate(language, key, params);
}

export function errorText(error: AppErrorData, language: Language): string {
  return language === 'vi' ? error.vi : error.en;
}
