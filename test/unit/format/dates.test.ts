import { describe, expect, it } from 'vitest';
import { parseExistingDate } from '../../../shared/format/dates';

describe('dates typed in a field that acts at once', () => {
  it('reads only days that exist: 29/02 of a leap year yes, 31/02 and 29/02/2026 no', () => {
    expect(parseExistingDate('29/2/2028')).toBe('2028-02-29');
    expect(parseExistingDate('31/12/2026')).toBe('2026-12-31');
    expect(parseExistingDate('31/02/2026')).toBeNull();
    expect(parseExistingDate('29/02/2026')).toBeNull();
    expect(parseExistingDate('00/01/2026')).toBeNull();
    expect(parseExistingDate('12/13/2026')).toBeNull();
    expect(parseExistingDate('hôm qua')).toBeNull();
  });
});
