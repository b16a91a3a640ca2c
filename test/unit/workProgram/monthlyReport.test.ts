import { describe, expect, it } from 'vitest';
import { evaluateMonth } from '../../../shared/workProgram/evaluation';
import { monthlyReportModel } from '../../../shared/workProgram/monthlyReport';
import { aMarchReportInput, aTask } from './builders';

describe('monthlyReportModel', () => {
  it('prints the figures of evaluateMonth for the month', () => {
    const input = aMarchReportInput();
    const model = monthlyReportModel(input);
    const e = evaluateMonth(input.items, '2026-03');
    expect(model.evaluation).toEqual(e);
    // Hand-checked from the builder: 5 due, 2 submitted, 1 promulgated, 3 not submitted.
    expect(model.figures.map((f) => f.value)).toEqual(['5', '2', '1', '3', '40,0%', '20,0%']);
    expect(model.subject).toBe(
      'Kết quả thực hiện chương trình công tác tháng 3/2026 và tình hình chuẩn bị các nội dung trình tháng 4/2026',
    );
  });

  it('lists late items with cause, remedy and new schedule, the oldest first', () => {
    const model = monthlyReportModel(aMarchReportInput());
    expect(model.lateRows.map((r) => [r.number, r.monthsLate])).toEqual([
      ['7', 1],
      ['3', 0],
      ['4', 0],
      ['5', 0],
    ]);
    const item3 = model.lateRows[1];
    expect(item3?.cause).toBe('Chờ ý kiến thẩm định của Sở Tư pháp');
    expect(item3?.newSchedule).toBe('Tháng 4/2026');
    expect(item3?.submittedLater).toBe('Đã trình ngày 02/04/2026');
  });

  it('shows the next month’s items and the tasks due in the month with their outcome', () => {
    const model = monthlyReportModel(aMarchReportInput());
    expect(model.nextMonth).toBe('2026-04');
    expect(model.nextMonthRows.map((r) => r.number)).toEqual(['8']);
    expect(model.taskRows.map((r) => r.outcome.code)).toEqual([
      'completed',
      'not-completed-late-without-report',
    ]);
    expect(model.taskCounts).toEqual({ total: 2, completed: 1, notCompleted: 1, pending: 0 });
  });

  it('leaves out tasks due in other months and rolls December over to January', () => {
    const input = aMarchReportInput({
      month: '2026-12',
      items: [],
      tasks: [{ task: aTask({ deadline: '2026-11-30' }), extensionReportDue: '2026-11-27' }],
    });
    const model = monthlyReportModel(input);
    expect(model.nextMonth).toBe('2027-01');
    expect(model.taskRows).toHaveLength(0);
    expect(model.figures.map((f) => f.value)).toEqual(['0', '0', '0', '0', '—', '—']);
  });
});
