import { describe, expect, it } from 'vitest';
import { addMonths, monthsEndingWith } from '../../../shared/workProgram/monthRange';
import { scorecardMonths } from '../../../shared/workProgram/scorecard';
import { anItem, aTask } from './builders';

describe('month arithmetic', () => {
  it('moves across year ends both ways', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });

  it('lists the months ending with a month, oldest first', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('scorecard months from the work program', () => {
  it('counts on time by the month’s end, late when submitted after it, missing when not yet submitted', () => {
    const items = [
      anItem({ targetMonth: '2026-03', status: 'submitted', submittedOn: '2026-03-31' }),
      anItem({ targetMonth: '2026-03', status: 'submitted', submittedOn: '2026-04-01' }),
      anItem({ targetMonth: '2026-03', status: 'in-progress' }),
      anItem({ targetMonth: '2026-03', status: 'withdrawn' }),
      anItem({
        targetMonth: '2026-04',
        status: 'promulgated',
        submittedOn: '2026-04-02',
        promulgatedOn: '2026-04-20',
      }),
    ];
    const [march, april] = scorecardMonths({
      months: ['2026-03', '2026-04'],
      items,
      tasks: [],
      submissions: null,
      today: '2026-05-10',
    });
    expect(march?.submissions).toEqual({ onTime: 1, late: 1, missing: 1 });
    expect(march?.workProgram).toEqual({ toSubmit: 3, submitted: 1, promulgated: 0, submittedRatio: 1 / 3 });
    expect(april?.submissions).toEqual({ onTime: 1, late: 0, missing: 0 });
    expect(april?.workProgram.promulgated).toBe(1);
  });

  it('counts dossiers against their own due day, and a missing one only once the day has passed', () => {
    const [month] = scorecardMonths({
      months: ['2026-12'],
      items: [],
      tasks: [],
      submissions: [
        { month: '2026-12', due: '2026-12-14', submittedOn: '2026-12-14' },
        { month: '2026-12', due: '2026-12-14', submittedOn: '2026-12-15' },
        { month: '2026-12', due: '2026-12-14', submittedOn: null },
        { month: '2026-12', due: '2026-12-28', submittedOn: null },
        { month: '2026-11', due: '2026-11-10', submittedOn: '2026-11-20' },
      ],
      today: '2026-12-20',
    });
    expect(month?.submissions).toEqual({ onTime: 1, late: 1, missing: 1 });
  });

  it('judges the month’s tasks by the §1g rules as of today', () => {
    const [month] = scorecardMonths({
      months: ['2026-03'],
      items: [],
      tasks: [
        {
          task: aTask({
            deadline: '2026-03-20',
            status: 'completed',
            completedOn: '2026-03-19',
            quality: 'adequate',
          }),
          extensionReportDue: '2026-03-19',
        },
        { task: aTask({ deadline: '2026-03-20' }), extensionReportDue: '2026-03-19' },
        {
          task: aTask({
            deadline: '2026-03-31',
            status: 'completed',
            completedOn: '2026-03-30',
            quality: null,
          }),
          extensionReportDue: '2026-03-30',
        },
        { task: aTask({ deadline: '2026-04-02' }), extensionReportDue: '2026-04-01' },
      ],
      submissions: null,
      today: '2026-04-05',
    });
    expect(month?.tasks).toEqual({ due: 3, completed: 1, notCompleted: 1, pending: 1 });
  });
});

describe('the month in progress', () => {
  it('has nothing missing until it is over: its items may still be submitted in time', () => {
    const items = [anItem({ targetMonth: '2026-11', status: 'in-progress' })];
    const run = (today: string) =>
      scorecardMonths({ months: ['2026-11'], items, tasks: [], submissions: null, today })[0]?.submissions;
    expect(run('2026-11-30')).toEqual({ onTime: 0, late: 0, missing: 0 });
    expect(run('2026-12-01')).toEqual({ onTime: 0, late: 0, missing: 1 });
  });
});

describe('the scorecard judges submissions by date and time, split by meeting kind as §5b reports them', () => {
  it('counts 18:00 on the due day as late and 16:59 as on time, and keeps the three groups apart', () => {
    const fact = (
      kind: string,
      submittedOn: string | null,
      submittedTime: string | null,
      lateReason = '',
    ) => ({
      month: '2026-12',
      due: '2026-12-14',
      dueTime: '17:00',
      kind,
      submittedOn,
      submittedTime,
      lateReason,
    });
    const [month] = scorecardMonths({
      months: ['2026-12'],
      items: [],
      tasks: [],
      submissions: [
        fact('ppc', '2026-12-14', '16:59'),
        fact('ppc', '2026-12-14', '18:00'),
        fact('party-committee', '2026-12-14', '17:00'),
        fact('chairman', '2026-12-15', '08:00', 'Chờ kết quả thẩm định của Sở Tư pháp'),
        fact('vice-chairman', null, null),
      ],
      today: '2026-12-20',
    });
    expect(month?.submissions).toEqual({ onTime: 2, late: 2, missing: 1 });
    expect(month?.byKind).toEqual({
      'ppc-session': { onTime: 1, late: 1, lateWithReason: 0, missing: 0 },
      'party-committee': { onTime: 1, late: 0, lateWithReason: 0, missing: 0 },
      'leader-session': { onTime: 0, late: 1, lateWithReason: 1, missing: 1 },
    });
  });
});
