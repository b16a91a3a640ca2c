import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { aContext, anAgency, invoke } from '../../support/appContext';
// Aliased: the lint's hook rule would take a use… name at module level for a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const root = resolve(__dirname, '..', '..', '..');
const tempDir = tempDirsPerTest();

/** The installed command as a user runs it: `node bin/dossier-desk.cjs …` over the built bundle. */
function dossierDesk(args: string[]) {
  const r = spawnSync(process.execPath, [resolve(root, 'bin/dossier-desk.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_DESK_DATA_DIR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built dossier-desk bin', () => {
  beforeAll(() => {
    // Build the node bundles from the current sources, so the test never checks a stale dist/electron/cli.cjs.
    const build = spawnSync(
      process.execPath,
      [resolve(root, 'scripts/build.mjs'), '--only=node', '--quiet'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  }, 120_000);

  it('prints the issue-3 JSON shape for a Chairman session on Thu 17/12/2026', () => {
    const r = dossierDesk([
      'deadline',
      '--meeting',
      '2026-12-17',
      '--kind',
      'chairman',
      '--json',
      '--today',
      '2026-12-01',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ meeting: '2026-12-17', kind: 'chairman' });
    expect(out.deadlines).toHaveLength(1);
    const [signed] = out.deadlines;
    expect(signed).toMatchObject({
      rule: 'signed-documents',
      due: '2026-12-14',
      provisional: false,
      skipped: [],
    });
    // (Tue 01/12, Mon 14/12]: 2–4, 7–11, 14 = 9 working days.
    expect(signed).toMatchObject({ workingDaysLeft: 9, calendarDaysLeft: 13, dueTime: '17:00' });
  });

  it('reads the agency’s day off from --data-dir and moves the due date to Fri 11/12/2026', async () => {
    const dir = tempDir();
    const ctx = aContext(dir);
    try {
      await invoke(ctx, 'agency.setup', anAgency);
      await invoke(ctx, 'calendar.overrides.save', {
        date: '2026-12-14',
        working: false,
        name: 'Nghỉ địa phương',
      });
    } finally {
      closeAppContext(ctx);
    }
    const r = dossierDesk([
      'deadline',
      '--meeting',
      '2026-12-17',
      '--kind',
      'chairman',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(r.code).toBe(0);
    const [signed] = JSON.parse(r.stdout).deadlines;
    expect(signed.due).toBe('2026-12-11');
    expect(signed.skipped.map((d: { date: string; reason: string }) => `${d.date} ${d.reason}`)).toEqual([
      '2026-12-12 Thứ bảy',
      '2026-12-13 Chủ nhật',
      '2026-12-14 Nghỉ địa phương',
    ]);
  });

  it('exits 2 with a bilingual message on an impossible date, and on a folder without a database', () => {
    const bad = dossierDesk(['deadline', '--meeting', '2026-02-30', '--kind', 'chairman']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Lỗi: .*2026-02-30/);
    expect(bad.stderr).toMatch(/Error: .*2026-02-30/);
    const noDb = dossierDesk(['calendar', '--year', '2026', '--data-dir', tempDir()]);
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toContain('data-dir');
  });

  it('stops quietly, exit 0, when its reader closes the pipe early (agenda --json | head)', async () => {
    const { generateDemo } = await import('../../../electron/demo/generateDemo');
    const dir = tempDir();
    await generateDemo(dir, { today: '2026-11-25' });
    // The sample data's agenda is ~200 KB of JSON: far more than a pipe holds, so writes meet the closed end.
    // Through a real shell pipe, as a user types it; the shell reports the command's own exit status.
    const bin = resolve(root, 'bin/dossier-desk.cjs');
    const r = spawnSync(
      'bash',
      [
        '-c',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash script, not a template
        '"$0" "$1" agenda --data-dir "$2" --json | head -c 100 > /dev/null; echo "status=${PIPESTATUS[0]}"',
        process.execPath,
        bin,
        dir,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DOSSIER_DESK_DATA_DIR: '' } },
    );
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stdout.trim()).toBe('status=0');
  }, 60_000);
});
