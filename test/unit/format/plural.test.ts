import { describe, expect, it } from 'vitest';
import { messages } from '../../../renderer/i18n/messages';
import { ordinalEn, pluralWord } from '../../../shared/format/plural';

describe('counts agree with their words in English', () => {
  it('picks the singular for exactly one and the plural otherwise, and keeps Vietnamese as it is', () => {
    expect([0, 1, 2, 21].map((n) => pluralWord(n, 'task', 'tasks', 'en'))).toEqual([
      'tasks',
      'task',
      'tasks',
      'tasks',
    ]);
    expect(pluralWord(1, 'task', 'nhiệm vụ', 'vi')).toBe('nhiệm vụ');
  });

  it('writes days of the month as English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 25].map(ordinalEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '25th',
    ]);
  });

  it('has no English message that writes a count before a plural word without a {n:one|other} choice', () => {
    const offenders = Object.entries(messages)
      .map(([key, m]) => [key, m.en] as const)
      // "{n} rows", "{total} tasks", "{n} working days" … but not "{n}/{max} characters" (a ratio, whose
      // total is not what the word counts) nor a unit ("{ms} ms").
      .filter(([, en]) => {
        const counted = [
          ...en.matchAll(
            /(^|[^/])\{(\w+)\} (?:working |valid |stored |stray |temp |data |agenda )?([a-z]+s)\b/g,
          ),
        ]
          .filter((m) => m[3] !== 'ms')
          .map((m) => m[2]);
        return counted.some((name) => !en.includes(`{${name}:`));
      })
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('refers each plural choice to a count the message also prints', () => {
    for (const [key, m] of Object.entries(messages)) {
      for (const [, name] of m.en.matchAll(/\{(\w+):[^|{}]*\|[^|{}]*\}/g)) {
        expect(m.en.includes(`{${name}}`), key).toBe(true);
      }
    }
  });
});
