import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  thresholdFieldProblems,
  thresholdProblem,
  urgencyOf,
} from '../../../shared/dossiers/urgency';

describe('dashboard colours by working days left', () => {
  it('is red from one working day left (and when overdue), amber up to three, green beyond', () => {
    expect([-2, 0, 1, 2, 3, 4, 10].map((n) => urgencyOf(n, DEFAULT_THRESHOLDS))).toEqual([
      'red',
      'red',
      'red',
      'amber',
      'amber',
      'green',
      'green',
    ]);
  });

  it('follows thresholds the agency sets', () => {
    expect([0, 1, 2, 6].map((n) => urgencyOf(n, { red: 0, amber: 5 }))).toEqual([
      'red',
      'amber',
      'amber',
      'green',
    ]);
  });

  it('refuses red above amber, negatives and fractions', () => {
    expect(thresholdProblem({ red: 4, amber: 3 })?.vi).toContain('không được lớn hơn');
    expect(thresholdProblem({ red: -1, amber: 3 })).not.toBeNull();
    expect(thresholdProblem({ red: 1.5, amber: 3 })).not.toBeNull();
    expect(thresholdProblem({ red: 2, amber: 2 })).toBeNull();
  });

  it('names each typed threshold that is wrong, and both when red exceeds amber', () => {
    expect(thresholdFieldProblems('2', '5')).toEqual([]);
    expect(thresholdFieldProblems('', 'ba').map((p) => p.field)).toEqual(['red', 'amber']);
    expect(thresholdFieldProblems('61', '5').map((p) => p.field)).toEqual(['red']);
    expect(thresholdFieldProblems('2', '1.5').map((p) => p.field)).toEqual(['amber']);
    const crossed = thresholdFieldProblems('6', '5');
    expect(crossed.map((p) => p.field)).toEqual(['red', 'amber']);
    expect(crossed[0]?.vi).toBe('Ngưỡng đỏ (6) không được lớn hơn ngưỡng vàng (5).');
  });
});
