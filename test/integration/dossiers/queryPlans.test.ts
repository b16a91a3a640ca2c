import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import * as q from '../../../electron/db/repositories/dossierQueries';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

function planOf(sql: string, params: unknown): string[] {
  const db = openDatabase(join(tempDir(), 'plans.db'));
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map(
      (r) => r.detail,
    );
  } finally {
    db.close();
  }
}

/** A full scan of a real table ("SCAN agenda_item" without "USING … INDEX") is what the indexes exist to avoid. */
function fullScans(plan: string[]): string[] {
  return plan.filter((d) => /^SCAN \w+$/.test(d) || (/^SCAN /.test(d) && !/INDEX|VIRTUAL TABLE/.test(d)));
}

describe('the hot queries use their indexes (so an index cannot silently disappear)', () => {
  it('dashboard: open items of upcoming meetings by meeting date and the open-items partial index', () => {
    const plan = planOf(q.OPEN_ITEMS_SQL, { today: '2026-11-25' });
    expect(plan.join('\n')).toContain('USING INDEX meeting_by_date (date>?)');
    expect(plan.join('\n')).toContain('USING INDEX agenda_item_open (meeting_id=?)');
    expect(fullScans(plan)).toEqual([]);
  });

  it('dashboard: awaited coordination answers through the open-requests partial index', () => {
    const plan = planOf(q.OPEN_COORDINATION_SQL, { today: '2026-11-25' });
    expect(plan.join('\n')).toContain('coordination_open_by_due');
    expect(fullScans(plan)).toEqual([]);
  });

  it('dashboard: upcoming meetings and the week strip by date, item counts by meeting', () => {
    const upcoming = planOf(q.UPCOMING_MEETINGS_SQL, { today: '2026-11-25', limit: 60 });
    expect(upcoming.join('\n')).toContain('meeting_by_date');
    expect(upcoming.join('\n')).toContain('agenda_item_by_meeting');
    expect(fullScans(upcoming)).toEqual([]);
    const week = planOf(q.MEETINGS_BETWEEN_SQL, { from: '2026-11-23', to: '2026-11-29' });
    expect(week.join('\n')).toContain('USING INDEX meeting_by_date (date>? AND date<?)');
  });

  it('search: each kind’s own FTS5 table with the match, newest first, never a table scan', () => {
    for (const kind of q.SEARCH_KINDS) {
      const plan = planOf(q.searchSql(kind), { match: '"to" "trinh"*', limit: 31 });
      expect(plan).toHaveLength(1);
      // FTS5's plan: M = MATCH consumed by the index; 192 = 64 (ORDER BY rowid) + 128 (DESC), no sort step.
      expect(plan[0]).toMatch(new RegExp(`^SCAN ${q.SEARCH_TABLE[kind]} VIRTUAL TABLE INDEX 192:M`));
    }
  });
});
