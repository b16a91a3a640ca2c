import { describe, expect, it } from 'vitest';
import { judgeSubmission } from '../../../shared/deadlines/submission';

// Chairman's session Thu 17/12/2026: signed documents due Mon 14/12/2026 by 17:00.
const due = { date: '2026-12-14', time: '17:00' };

describe('a submission is on time when it reaches the Office by the end of office hours on the due day', () => {
  it('is on time on Mon 14/12/2026 at 16:30 and at 17:00 sharp', () => {
    expect(judgeSubmission({ date: '2026-12-14', time: '16:30' }, due)).toBe('on-time');
    expect(judgeSubmission({ date: '2026-12-14', time: '17:00' }, due)).toBe('on-time');
  });

  it('is late at 18:00 on the due day, whatever day it was recorded', () => {
    expect(judgeSubmission({ date: '2026-12-14', time: '18:00' }, due)).toBe('late');
    expect(judgeSubmission({ date: '2026-12-15', time: '08:00' }, due)).toBe('late');
  });

  it('is on time any time on an earlier day, and on the due day when no time was recorded (older records)', () => {
    expect(judgeSubmission({ date: '2026-12-11', time: '22:00' }, due)).toBe('on-time');
    expect(judgeSubmission({ date: '2026-12-14', time: null }, due)).toBe('on-time');
  });
});
