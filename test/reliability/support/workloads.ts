import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { AppContext } from '../../../electron/app/context';
import { setupAgency } from '../../../electron/app/services/agencyService';
import { createMeeting, updateMeeting } from '../../../electron/app/services/meetingService';

/**
 * What the crash-safety writer does in its loop, through the app's real services (each call one
 * transaction). One record per committed change, printed by the child after the service returned.
 * To hammer checklist entries once they exist (issue 4), add a workload here: `prepare` makes what the
 * entries hang on, `step` changes one entry, `check` finds each reported change in the database.
 */
export interface Workload {
  prepare(ctx: AppContext): void;
  step(ctx: AppContext, n: number, previous: readonly ChangeRecord[]): ChangeRecord;
  /** Problems found (empty when every reported change is in the database). */
  check(db: Database, committed: readonly ChangeRecord[]): string[];
}

export const changeRecordSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create'), id: z.number().int(), title: z.string() }),
  z.object({ op: z.literal('update'), id: z.number().int(), rev: z.number().int() }),
]);
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

const meetingFields = (title: string, notes: string) => ({
  kind: 'ppc' as const,
  viceChairman: null,
  date: '2026-12-17',
  time: '08:00',
  place: 'Phòng họp số 1',
  chair: 'Chủ tịch UBND tỉnh',
  title,
  notes,
  // Many sessions on one day on purpose (a load, not a program): answer the app's question up front.
  confirmPast: false,
  confirmDuplicate: true,
});

/** Creates meetings and rewrites the notes of the latest one with an increasing revision number. */
const meetings: Workload = {
  prepare(ctx) {
    setupAgency(ctx, {
      name: 'Sở Tư pháp',
      code: 'STP',
      provincePreset: 'default-53-2022',
      officeHoursEnd: '17:00',
    });
  },
  step(ctx, n, previous) {
    const last = [...previous].reverse().find((r) => r.op === 'create');
    if (last && n % 2 === 1) {
      updateMeeting(ctx, { id: last.id, ...meetingFields(last.title, `rev-${n}`) });
      return { op: 'update', id: last.id, rev: n };
    }
    const title = `Phiên họp thử ${n} — ${process.pid}`;
    return { op: 'create', id: createMeeting(ctx, meetingFields(title, 'rev-0')).id, title };
  },
  check(db, committed) {
    const problems: string[] = [];
    const row = db.prepare('SELECT title, notes FROM meeting WHERE id = ?');
    for (const change of committed) {
      const found = row.get(change.id) as { title: string; notes: string } | undefined;
      if (!found) problems.push(`meeting ${change.id} reported as committed is missing`);
      else if (change.op === 'create' && found.title !== change.title)
        problems.push(`meeting ${change.id} has another title`);
      else if (change.op === 'update' && Number(found.notes.slice(4)) < change.rev) {
        problems.push(`meeting ${change.id} lost update rev-${change.rev} (has ${found.notes})`);
      }
    }
    return problems;
  },
};

export const WORKLOADS: Record<string, Workload> = { meetings };
