import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import {
  insertMeeting,
  listMeetings,
  setMeetingStatus,
} from '../../../electron/db/repositories/meetingRepository';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

const base = {
  kind: 'ppc' as const,
  viceChairman: null,
  time: null,
  place: '',
  chair: '',
  notes: '',
};

describe('meeting repository', () => {
  it('lists upcoming meetings soonest first, then past ones most recent first, hiding cancelled', () => {
    const db = openDatabase(join(tempDir(), 'm.db'));
    const at = '2026-11-25T02:00:00.000Z';
    for (const [date, title] of [
      ['2026-12-17', 'C'],
      ['2026-11-01', 'past-old'],
      ['2026-11-25', 'today'],
      ['2026-11-20', 'past-recent'],
      ['2026-12-01', 'B'],
    ] as const) {
      insertMeeting(db, { ...base, date, title }, at);
    }
    const cancelled = insertMeeting(db, { ...base, date: '2026-12-02', title: 'cancelled' }, at);
    setMeetingStatus(db, cancelled.id, 'cancelled', at);

    const titles = (includeCancelled: boolean) =>
      listMeetings(db, { today: '2026-11-25', includeCancelled, includePast: true }).map((m) => m.title);
    expect(titles(false)).toEqual(['today', 'B', 'C', 'past-recent', 'past-old']);
    expect(titles(true)).toEqual(['today', 'B', 'cancelled', 'C', 'past-recent', 'past-old']);
    expect(
      listMeetings(db, { today: '2026-11-25', includeCancelled: false, includePast: false }).map(
        (m) => m.title,
      ),
    ).toEqual(['today', 'B', 'C']);
    db.close();
  });

  it('uses the date index for the meeting list', () => {
    const db = openDatabase(join(tempDir(), 'plan.db'));
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM meeting WHERE date >= '2026-01-01' ORDER BY date")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('meeting_by_date');
    db.close();
  });

  it('rejects a row that breaks the schema rules even if a caller bypasses validation', () => {
    const db = openDatabase(join(tempDir(), 'check.db'));
    expect(() => insertMeeting(db, { ...base, date: '17/12/2026', title: 'x' }, 'now')).toThrow(/CHECK/);
    expect(() => insertMeeting(db, { ...base, date: '2026-12-17', title: '' }, 'now')).toThrow(/CHECK/);
    db.close();
  });
});
