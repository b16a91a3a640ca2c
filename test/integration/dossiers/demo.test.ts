import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { generateDemo } from '../../../electron/demo/generateDemo';
import { CONTENT_KINDS } from '../../../shared/dossiers/contentKinds';
import { AGENDA_ITEM_STATUSES } from '../../../shared/dossiers/itemStatus';
import { MEETING_KINDS } from '../../../shared/meetings/kinds';
import { aContext, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

describe('the sample data generator', () => {
  it('fills an empty folder with meetings of every kind, items of every kind in every status, signed and unsigned PDFs', async () => {
    const dir = tempDir();
    const summary = await generateDemo(dir, { today: '2026-11-25' });
    expect(summary.agency).toBe('Sở Nông nghiệp và Môi trường');
    const ctx = aContext(dir, '2026-11-25');
    const db = ctx.db!;
    const kinds = db.prepare('SELECT DISTINCT kind FROM meeting').all() as Array<{ kind: string }>;
    expect(kinds.map((k) => k.kind).sort()).toEqual([...MEETING_KINDS].sort());
    const contentKinds = db.prepare('SELECT DISTINCT content_kind AS k FROM agenda_item').all() as Array<{
      k: string;
    }>;
    expect(contentKinds.map((k) => k.k).sort()).toEqual([...CONTENT_KINDS].sort());
    const statuses = db.prepare('SELECT DISTINCT status AS s FROM agenda_item').all() as Array<{ s: string }>;
    expect(statuses.map((s) => s.s).sort()).toEqual([...AGENDA_ITEM_STATUSES].sort());
    const sigs = db
      .prepare("SELECT pdf_signatures AS s FROM blob WHERE mime = 'application/pdf'")
      .all() as Array<{ s: string }>;
    const signed = sigs.filter((r) => JSON.parse(r.s).length > 0).length;
    expect(signed).toBeGreaterThan(0);
    expect(sigs.length - signed).toBeGreaterThan(0);
    const answers = db
      .prepare('SELECT DISTINCT answer FROM coordination_request WHERE answer IS NOT NULL')
      .all();
    expect(answers).toHaveLength(3);
    const dashboard = await invoke(ctx, 'dashboard.get', {});
    expect(dashboard.entries.length).toBeGreaterThan(5);
    expect(new Set(dashboard.entries.map((e) => e.urgency))).toEqual(new Set(['red', 'amber', 'green']));
    expect(dashboard.atRisk.length).toBeGreaterThan(0);
    const check = await invoke(ctx, 'dataCheck.run', { deep: true });
    expect(check.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    closeAppContext(ctx);
    expect(summary.meetings).toBeGreaterThanOrEqual(10);
  });
});
