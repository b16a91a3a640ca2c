import { describe, expect, it } from 'vitest';
import { taskOutcome } from '../../../shared/tasks/outcome';
import { aTask } from '../workProgram/builders';

// Deadline Fri 2026-03-20; the report is due the previous working day, Thu 2026-03-19 (from the
// deadline engine, passed in here as a plain date).
const ctx = { extensionReportDue: '2026-03-19' };

describe('taskOutcome (directive §1g)', () => {
  it('counts a task finished on its deadline with adequate quality as completed', () => {
    const o = taskOutcome(
      aTask({ status: 'completed', completedOn: '2026-03-20', quality: 'adequate' }),
      '2026-04-01',
      ctx,
    );
    expect(o.code).toBe('completed');
    expect(o.completed).toBe(true);
    expect(o.notCompleted).toBe(false);
  });

  it('marks a task late without a report as not completed', () => {
    const o = taskOutcome(aTask(), '2026-03-21', ctx);
    expect(o.code).toBe('not-completed-late-without-report');
    expect(o.notCompleted).toBe(true);
    expect(o.vi).toBe('Không hoàn thành: quá hạn mà không có báo cáo');
  });

  it('marks a task finished a day late without a report as not completed', () => {
    const o = taskOutcome(
      aTask({ status: 'completed', completedOn: '2026-03-21', quality: 'adequate' }),
      '2026-03-25',
      ctx,
    );
    expect(o.code).toBe('not-completed-late-without-report');
  });

  it('marks a task late with a report whose reason is not legitimate as not completed, keeping the reason', () => {
    const task = aTask({
      report: { submittedOn: '2026-03-18', reason: 'Cán bộ nghỉ phép', reasonLegitimate: false },
    });
    const o = taskOutcome(task, '2026-03-23', ctx);
    expect(o.code).toBe('not-completed-reason-not-legitimate');
    expect(o.vi).toContain('Cán bộ nghỉ phép');
  });

  it('marks a task finished on time but of insufficient quality as not completed', () => {
    const o = taskOutcome(
      aTask({ status: 'completed', completedOn: '2026-03-10', quality: 'insufficient' }),
      '2026-03-25',
      ctx,
    );
    expect(o.code).toBe('not-completed-insufficient-quality');
    expect(o.notCompleted).toBe(true);
  });

  it('excuses lateness reported in time with a legitimate reason, and counts later completion as completed', () => {
    const report = { submittedOn: '2026-03-19', reason: 'Chờ ý kiến của Bộ', reasonLegitimate: true };
    expect(taskOutcome(aTask({ report }), '2026-03-23', ctx).code).toBe('late-excused');
    const done = aTask({ report, status: 'completed', completedOn: '2026-03-30', quality: 'adequate' });
    const o = taskOutcome(done, '2026-04-01', ctx);
    expect(o.code).toBe('completed-late-excused');
    expect(o.completed).toBe(true);
  });

  it('does not accept a report sent after the extension-report deadline', () => {
    const report = { submittedOn: '2026-03-20', reason: 'Chờ ý kiến của Bộ', reasonLegitimate: true };
    const o = taskOutcome(aTask({ report }), '2026-03-23', ctx);
    expect(o.code).toBe('not-completed-report-too-late');
    expect(o.vi).toContain('20/03/2026');
    expect(o.vi).toContain('19/03/2026');
  });

  it('waits for a judgement of the reason instead of guessing', () => {
    const report = { submittedOn: '2026-03-17', reason: 'Chờ số liệu' };
    const o = taskOutcome(aTask({ report }), '2026-03-23', ctx);
    expect(o.code).toBe('awaiting-reason-judgement');
    expect(o.completed || o.notCompleted).toBe(false);
  });

  it('waits for a quality judgement of a task finished on time', () => {
    const o = taskOutcome(
      aTask({ status: 'completed', completedOn: '2026-03-12', quality: null }),
      '2026-03-25',
      ctx,
    );
    expect(o.code).toBe('awaiting-quality-judgement');
  });

  it('is in progress before the report day and warns from the report day on', () => {
    expect(taskOutcome(aTask(), '2026-03-18', ctx).code).toBe('in-progress');
    const due = taskOutcome(aTask(), '2026-03-19', ctx);
    expect(due.code).toBe('in-progress-report-due');
    expect(due.vi).toContain('19/03/2026');
    expect(taskOutcome(aTask(), '2026-03-20', ctx).code).toBe('in-progress-report-due');
  });

  it('does not trust a completed status without a completion date', () => {
    expect(taskOutcome(aTask({ status: 'completed', quality: 'adequate' }), '2026-03-25', ctx).code).toBe(
      'not-completed-late-without-report',
    );
  });
});
