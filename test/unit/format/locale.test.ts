import { describe, expect, it } from 'vitest';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import {
  formatBytes,
  formatInstant,
  formatMonth,
  formatNumber,
  monthName,
  plural,
  weekdaysShort,
} from '../../../shared/format/locale';

describe('one formatting module for both languages', () => {
  it('names weekdays with date-fns in Vietnamese and English, Sunday as the schedules write it', () => {
    expect(formatDateWithWeekday('2026-12-17', 'vi')).toBe('Thứ Năm, 17/12/2026');
    expect(formatDateWithWeekday('2026-12-17', 'en')).toBe('Thursday, 17/12/2026');
    expect(formatDateWithWeekday('2026-12-13', 'vi')).toBe('Chủ nhật, 13/12/2026');
    expect(formatDateWithWeekday('2026-12-12', 'en')).toBe('Saturday, 12/12/2026');
  });

  it('writes months as "Tháng 11/2026" in Vietnamese and "November 2026" in English', () => {
    expect(formatMonth('2026-11', 'vi')).toBe('Tháng 11/2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(monthName(1, 'vi')).toBe('Tháng 1');
    expect(monthName(12, 'en')).toBe('December');
  });

  it('lists weekdays Monday first', () => {
    expect(weekdaysShort('vi')).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(weekdaysShort('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('writes sizes one way everywhere: decimal comma in Vietnamese, point in English', () => {
    expect(formatBytes(21_606, 'vi')).toBe('21,1 KB');
    expect(formatBytes(21_606, 'en')).toBe('21.1 KB');
    expect(formatBytes(262_144, 'vi')).toBe('256 KB');
    expect(formatBytes(1_258_291, 'vi')).toBe('1,2 MB');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
  });

  it('says "1 task" and "2 tasks" in English and leaves Vietnamese nouns alone', () => {
    const task = { vi: 'nhiệm vụ', en: { one: 'task', other: 'tasks' } };
    expect(plural(1, task, 'en')).toBe('1 task');
    expect(plural(2, task, 'en')).toBe('2 tasks');
    expect(plural(0, task, 'en')).toBe('0 tasks');
    expect(plural(1, task, 'vi')).toBe('1 nhiệm vụ');
  });

  it('writes an instant in Vietnam time whatever the machine zone', () => {
    expect(formatInstant('2026-12-17T07:00:00Z')).toBe('17/12/2026 14:00');
  });
});
