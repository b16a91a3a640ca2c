import type { Language } from './dates';

/**
 * The word that goes with a count: Vietnamese words do not change, English ones follow Intl's plural
 * rules ('1 task', '3 tasks', '0 tasks'). Used by locale.ts's plural(), the catalogue's `{n:task|tasks}`
 * placeholders and the explanations in shared/ (kept apart from locale.ts so that those do not load
 * date-fns).
 */
export function pluralWord(count: number, one: string, other: string, language: Language): string {
  if (language === 'vi') return other;
  return new Intl.PluralRules('en-US').select(count) === 'one' ? one : other;
}

const ORDINAL_SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;

/** 1st, 2nd, 3rd, 4th, 11th, 21st, 22nd: days of the month in English explanations. */
export function ordinalEn(n: number): string {
  const rule = new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n);
  return `${n}${rule === 'one' || rule === 'two' || rule === 'few' ? ORDINAL_SUFFIX[rule] : ORDINAL_SUFFIX.other}`;
}
