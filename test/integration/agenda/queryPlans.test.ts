import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import * as q from '../../../electron/db/repositories/agendaQueries';
import { LIST_TASKS_SQL } from '../../../electron/db/repositories/taskRepository';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const RANGE = { from: '2026-11-01', to: '2027-11-30', fromDate: '2026-11-01', toDate: '2027-11-30' };

function planOf(sql: string): string {
  const db = openDatabase(join(tempDir(), 'plans.db'));
  try {
    const params = Object.fromEntries(Object.entries(RANGE).filter(([k]) => sql.includes(`@${k}`)));
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>)
      .map((r) => r.detail)
      .join('\n');
  } finally {
    db.close();
  }
}

describe('the agenda reads each kind of duty by date range on an index', () => {
  it('reads meetings by date, coordination and plan steps by due date, tasks by deadline', () => {
    expect(planOf(q.ITEMS_OF_MEETINGS_SQL)).toContain('USING INDEX meeting_by_date (date>? AND date<?)');
    expect(planOf(q.COORDINATION_DUE_SQL)).toContain('coordination_by_due (due_on>? AND due_on<?)');
    expect(planOf(q.PLAN_STEPS_SQL)).toContain('work_program_milestone_by_due (due>? AND due<?)');
    expect(planOf(LIST_TASKS_SQL)).toContain('task_by_deadline');
  });

  it('reads only what is not done for the dashboard, through the partial indexes of open duties', () => {
    const items = planOf(q.ITEMS_WITH_OPEN_DUTY_SQL);
    expect(items).toContain('USING INDEX meeting_by_date (date>? AND date<?)');
    expect(items).toContain('USING INDEX agenda_item_duty_open (meeting_id=?)');
    expect(planOf(q.OPEN_COORDINATION_DUE_SQL)).toContain('coordination_open_by_due (due_on>? AND due_on<?)');
    expect(planOf(q.OPEN_PLAN_STEPS_SQL)).toContain('work_program_milestone_by_due (due>? AND due<?)');
  });
});
