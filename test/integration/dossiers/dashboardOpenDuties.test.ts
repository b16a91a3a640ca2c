import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import type { DutySource } from '../../../electron/app/services/agenda/duty';
import { AGENDA_SOURCES } from '../../../electron/app/services/agenda/sources';
import { buildDashboard, DASHBOARD_SQL } from '../../../electron/app/services/dashboardService';
import { deadlineContext } from '../../../electron/app/services/dossierDeadlines';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { aContext } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/** The agenda's sources as they were before the open-duties path: every duty in the range, done or not. */
const EVERY_DUTY: readonly DutySource[] = AGENDA_SOURCES.map(
  (source): DutySource =>
    (input) =>
      source({ ...input, openOnly: false }),
);

/** Days around the sample's today and across its history, so that every state of every duty occurs. */
const DAYS = ['2026-11-25', '2026-11-30', '2026-12-20', '2026-10-01', '2026-03-15', '2025-07-01'];

function compareOn(ctx: AppContext): { duties: number; entries: number; atRisk: number } {
  const db = ctx.db!;
  const totals = { duties: 0, entries: 0, atRisk: 0 };
  for (const today of DAYS) {
    const dc = { ...deadlineContext(ctx), today };
    const before = buildDashboard(db, dc, DASHBOARD_SQL, EVERY_DUTY);
    const now = buildDashboard(db, dc);
    expect({ today, dashboard: now }).toEqual({ today, dashboard: before });
    totals.duties += now.agenda.length;
    totals.entries += now.entries.length;
    totals.atRisk += now.atRisk.length;
  }
  return totals;
}

// Each test runs the sample generator first (10–15 s on a busy machine): hence the longer timeouts.
describe('the dashboard reads open duties only and shows exactly what it showed before', () => {
  it('gives the same dashboard as reading every duty on the sample data, on six days', async () => {
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25' });
    const ctx = aContext(dir);
    const totals = compareOn(ctx);
    // Not vacuous: the days compared hold open duties of several kinds, items and signatures at risk.
    expect(totals.duties).toBeGreaterThan(20);
    expect(totals.entries).toBeGreaterThan(5);
    expect(totals.atRisk).toBeGreaterThan(0);
    closeAppContext(ctx);
  }, 120_000);

  it('gives the same dashboard as reading every duty on ten years of sample history (scale 10)', async () => {
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25', scale: 10, seed: 5 });
    const ctx = aContext(dir);
    const totals = compareOn(ctx);
    expect(totals.duties).toBeGreaterThan(20);
    expect(totals.entries).toBeGreaterThan(5);
    closeAppContext(ctx);
  }, 120_000);
});
