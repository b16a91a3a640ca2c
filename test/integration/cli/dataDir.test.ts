import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { DATABASE_FILE } from '../../../electron/app/dataDir';
import { agencySetupFromDataDir } from '../../../electron/cli/agencySetupFromDataDir';
import { runCli } from '../../../electron/cli/main';
import { aContext, anAgency, invoke } from '../../support/appContext';
// Aliased: the lint's hook rule would take a use… name at module level for a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI as bin.ts wires it: with the database loader behind --data-dir. */
async function cli(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    { now: () => new Date('2026-11-25T02:00:00Z'), loadAgencySetup: agencySetupFromDataDir },
  );
  return { code, stdout, stderr };
}

const CHAIRMAN_17_12 = ['deadline', '--meeting', '2026-12-17', '--kind', 'chairman', '--json'];

/** An agency's data folder, set up and given overrides / rules through the app's own handler map. */
async function anAgencyDataDir(
  change: (ctx: ReturnType<typeof aContext>) => Promise<unknown> = async () => undefined,
): Promise<string> {
  const dir = tempDir();
  const ctx = aContext(dir);
  try {
    await invoke(ctx, 'agency.setup', anAgency);
    await change(ctx);
  } finally {
    closeAppContext(ctx);
  }
  return dir;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('dossier-desk deadline --data-dir', () => {
  it('moves the Chairman-session due date to Fri 11/12/2026 when the agency takes Mon 14/12 off', async () => {
    const dir = await anAgencyDataDir((ctx) =>
      invoke(ctx, 'calendar.overrides.save', {
        date: '2026-12-14',
        working: false,
        name: 'Nghỉ kỷ niệm ngày thành lập Sở',
        source: 'Quyết định 12/QĐ-STP',
      }),
    );
    const without = JSON.parse((await cli(CHAIRMAN_17_12)).stdout);
    expect(without.deadlines[0].due).toBe('2026-12-14');

    const r = await cli([...CHAIRMAN_17_12, '--data-dir', dir]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ meeting: '2026-12-17', kind: 'chairman', today: '2026-11-25' });
    // Back from Thu 17/12: Wed 16, Tue 15 count; Mon 14 (agency day off), Sun 13, Sat 12 are skipped; Fri 11.
    expect(out.deadlines[0]).toMatchObject({
      rule: 'signed-documents',
      due: '2026-12-11',
      provisional: false,
    });
    expect(out.deadlines[0].skipped).toEqual([
      { date: '2026-12-12', reason: 'Thứ bảy', reasonEn: 'Saturday', kind: 'weekend' },
      { date: '2026-12-13', reason: 'Chủ nhật', reasonEn: 'Sunday', kind: 'weekend' },
      expect.objectContaining({
        date: '2026-12-14',
        reason: 'Nghỉ kỷ niệm ngày thành lập Sở',
        kind: 'override',
      }),
    ]);
    // (Wed 25/11, Fri 11/12]: 26, 27, 30/11 and 1–4, 7–11/12 = 12 working days; 16 calendar days.
    expect(out.deadlines[0]).toMatchObject({ workingDaysLeft: 12, calendarDaysLeft: 16 });
  });

  it('applies the agency’s rule numbers and end of office hours', async () => {
    const dir = await anAgencyDataDir(async (ctx) => {
      const rules = await invoke(ctx, 'rules.get', {});
      await invoke(ctx, 'rules.update', {
        rules: {
          ...rules,
          officeHoursEnd: '16:30',
          signedDocumentsWorkingDays: { ...rules.signedDocumentsWorkingDays, chairman: 5 },
        },
      });
    });
    const out = JSON.parse((await cli([...CHAIRMAN_17_12, '--data-dir', dir])).stdout);
    // Five working days back from Thu 17/12/2026: 16, 15, 14, 11, 10 → Thu 10/12, by 16:30.
    expect(out.deadlines[0]).toMatchObject({ due: '2026-12-10', dueTime: '16:30' });
  });

  it('uses the agency data for the monthly report too', async () => {
    const dir = await anAgencyDataDir((ctx) =>
      invoke(ctx, 'calendar.overrides.save', { date: '2027-03-12', working: false, name: 'Nghỉ địa phương' }),
    );
    const plain = JSON.parse((await cli(['deadline', '--month', '2027-02', '--json'])).stdout);
    // The report on 02/2027 is sent in 03/2027: Sun 14/03 → Sat 13 → Fri 12/03/2027.
    expect(plain).toMatchObject({ month: '2027-02', sentMonth: '2027-03' });
    expect(plain.deadlines[0].due).toBe('2027-03-12');
    const out = JSON.parse(
      (await cli(['deadline', '--month', '2027-02', '--json', '--data-dir', dir])).stdout,
    );
    expect(out.deadlines[0].due).toBe('2027-03-11');
  });
});

describe('dossier-desk calendar --data-dir', () => {
  it('lists the agency’s day off and worked Saturday among the year’s exceptions, with their source', async () => {
    const dir = await anAgencyDataDir(async (ctx) => {
      await invoke(ctx, 'calendar.overrides.save', {
        date: '2026-12-14',
        working: false,
        name: 'Nghỉ kỷ niệm ngày thành lập Sở',
        source: 'Quyết định 12/QĐ-STP',
      });
      await invoke(ctx, 'calendar.overrides.save', {
        date: '2026-12-12',
        working: true,
        name: 'Làm bù thứ Bảy',
      });
    });
    const plain = JSON.parse((await cli(['calendar', '--year', '2026', '--json'])).stdout);
    const r = await cli(['calendar', '--year', '2026', '--json', '--data-dir', dir]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.days).toHaveLength(plain.days.length + 2);
    const december = out.days.filter((d: { date: string }) => d.date.startsWith('2026-12'));
    expect(december).toEqual([
      expect.objectContaining({
        date: '2026-12-12',
        working: true,
        name: 'Làm bù thứ Bảy',
        kind: 'override',
      }),
      expect.objectContaining({
        date: '2026-12-14',
        working: false,
        name: 'Nghỉ kỷ niệm ngày thành lập Sở',
        source: 'Quyết định 12/QĐ-STP',
      }),
    ]);
  });
});

describe('--data-dir on bad input', () => {
  it('exits 2 naming the folder when it holds no database, and creates nothing there', async () => {
    const dir = tempDir();
    const r = await cli([...CHAIRMAN_17_12, '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'data-dir-no-database' });
    expect(r.stderr).toContain(dir);
    expect(readdirSync(dir)).toEqual([]);

    const missing = join(dir, 'không-có');
    const r2 = await cli(['calendar', '--year', '2026', '--data-dir', missing]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('không có cơ sở dữ liệu Dossier Desk');
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses another application’s SQLite file, leaving it byte for byte as it was', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const foreign = new BetterSqlite3(path);
    foreign.exec(
      'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);',
    );
    foreign.close();
    const before = sha256(path);
    const r = await cli([...CHAIRMAN_17_12, '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('db-foreign');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a file that is not SQLite and an empty --data-dir', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, DATABASE_FILE), 'đây không phải cơ sở dữ liệu\n'.repeat(50));
    const r = await cli([...CHAIRMAN_17_12, '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('db-not-sqlite');

    const empty = await cli([...CHAIRMAN_17_12, '--data-dir', ' ']);
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout).error.code).toBe('invalid-arguments');
  });

  it('refuses a database written by a newer version of the app', async () => {
    const dir = await anAgencyDataDir();
    const db = new BetterSqlite3(join(dir, DATABASE_FILE));
    db.pragma('user_version = 999');
    db.close();
    const r = await cli([...CHAIRMAN_17_12, '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('db-newer-version');
  });

  it('is refused, not silently ignored, when the CLI runs without a database loader', async () => {
    let stdout = '';
    const code = await runCli([...CHAIRMAN_17_12, '--data-dir', tempDir()], {
      stdout: (s) => (stdout += s),
      stderr: () => undefined,
    });
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('data-dir-unavailable');
  });
});
