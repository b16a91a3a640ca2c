import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
import { opinionRequestDuties } from '../../../shared/opinionRequests/agenda';
import { checkAnswer, opinionDue, requestState } from '../../../shared/opinionRequests/register';

const calendar = createWorkingCalendar();

describe('the due date of an opinion request', () => {
  it('counts 5 working days after a Thursday receipt over the weekend: Thu 03/12/2026 → Thu 10/12/2026', () => {
    const due = opinionDue({ received: '2026-12-03', typedDue: null, workingDays: 5 }, calendar);
    expect(due.due).toBe('2026-12-10');
    expect(due.skipped.map((s) => s.date)).toEqual(['2026-12-05', '2026-12-06']);
    expect(due.explanation.vi).toContain('Thứ Năm 10/12/2026');
  });

  it('passes over the Tết 2026 days off: received Fri 13/02/2026, 3 working days → Wed 25/02/2026', () => {
    const due = opinionDue({ received: '2026-02-13', typedDue: null, workingDays: 3 }, calendar);
    expect(due.due).toBe('2026-02-25');
    expect(due.skipped).toHaveLength(9);
    expect(due.provisional).toBe(false);
  });

  it('marks a due date in a year without an announced schedule as provisional', () => {
    expect(opinionDue({ received: '2030-03-01', typedDue: null, workingDays: 2 }, calendar).provisional).toBe(
      true,
    );
  });

  it('keeps the date the sender typed', () => {
    const due = opinionDue({ received: '2026-12-03', typedDue: '2026-12-04', workingDays: 5 }, calendar);
    expect(due).toMatchObject({ due: '2026-12-04', source: 'typed', workingDays: null });
  });

  it('refuses a typed due date before the day of receipt, in both languages', () => {
    expect(() =>
      opinionDue({ received: '2026-12-03', typedDue: '2026-12-02', workingDays: 5 }, calendar),
    ).toThrow(
      expect.objectContaining({
        code: 'opinionRequest.dueBeforeReceipt',
        vi: expect.stringContaining('trước ngày nhận 03/12/2026'),
        en: expect.stringContaining('before the day of receipt'),
      }),
    );
  });
});

describe('the state and the answer of a request', () => {
  it('is overdue once the due day has passed without an answer, never when answered', () => {
    expect(requestState('drafting', '2026-12-10', '2026-12-10')).toBe('drafting');
    expect(requestState('drafting', '2026-12-10', '2026-12-11')).toBe('overdue');
    expect(requestState('answered', '2026-12-10', '2026-12-11')).toBe('answered');
  });

  it('refuses an answer without a stance', () => {
    expect(() =>
      checkAnswer({ received: '2026-12-03', answeredOn: '2026-12-04', stance: null, today: '2026-12-05' }),
    ).toThrow(expect.objectContaining({ code: 'opinionRequest.answerWithoutStance' }));
  });

  it('refuses an answer dated before receipt or after today', () => {
    const base = { received: '2026-12-03', stance: 'agree' as const, today: '2026-12-05' };
    expect(() => checkAnswer({ ...base, answeredOn: '2026-12-02' })).toThrow(/answerBeforeReceipt/);
    expect(() => checkAnswer({ ...base, answeredOn: '2026-12-06' })).toThrow(/answerInFuture/);
    expect(checkAnswer({ ...base, answeredOn: '2026-12-05' })).toBe('agree');
  });
});

describe('the register in the deadline agenda', () => {
  const row = (id: number, due: string, storedState: 'received' | 'drafting' | 'answered') => ({
    id,
    subject: `Dự thảo ${id}`,
    requester: 'Bộ Tư pháp',
    theirNumber: `${id}/BTP-VP`,
    due,
    storedState,
    assignee: 'Chị Lan',
    provisional: false,
  });

  it('lists the open requests due in the range, and the overdue ones before it when asked, by due day', () => {
    const rows = [
      row(1, '2026-12-14', 'received'),
      row(2, '2026-12-01', 'drafting'),
      row(3, '2026-12-08', 'answered'),
      row(4, '2026-12-09', 'received'),
    ];
    const range = { from: '2026-12-07', to: '2026-12-13', today: '2026-12-07' };
    expect(opinionRequestDuties(rows, range).map((d) => d.id)).toEqual([4]);
    const withOverdue = opinionRequestDuties(rows, { ...range, includeOverdue: true });
    expect(withOverdue.map((d) => [d.id, d.state])).toEqual([
      [2, 'overdue'],
      [4, 'received'],
    ]);
    expect(withOverdue[1]).toMatchObject({
      key: 'opinion-request:4:2026-12-09',
      title: 'Trả lời xin ý kiến: Dự thảo 4 (Bộ Tư pháp số 4/BTP-VP)',
      assignee: 'Chị Lan',
      provisional: false,
    });
  });
});
