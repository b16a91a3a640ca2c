import { describe, expect, it } from 'vitest';
import { type RunCliOptions, runCli } from '../../../electron/cli/main';
import type { AgencyOverride } from '../../../shared/calendar/workingCalendar';
import { DEFAULT_RULE_SET } from '../../../shared/deadlines/ruleSet';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: RunCliOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    { now: () => new Date('2026-12-01T03:00:00Z'), ...options },
  );
  return { code, stdout, stderr };
}

const withOverrides = (overrides: AgencyOverride[]): RunCliOptions => ({
  loadAgencySetup: async () => ({ overrides, ruleSet: DEFAULT_RULE_SET }),
});

describe('dossier-desk deadline', () => {
  it('prints the contract JSON for a Chairman’s session on 17/12/2026', async () => {
    const r = await cli(['deadline', '--meeting', '2026-12-17', '--kind', 'chairman', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ meeting: '2026-12-17', kind: 'chairman', today: '2026-12-01' });
    expect(out.deadlines).toHaveLength(1);
    expect(out.deadlines[0]).toMatchObject({
      rule: 'signed-documents',
      due: '2026-12-14',
      provisional: false,
      skipped: [],
      workingDaysLeft: 9,
      calendarDaysLeft: 13,
    });
  });

  it('lists skipped days with their reasons and both deadlines of a PPC session', async () => {
    const r = await cli([
      'deadline',
      '--meeting',
      '2026-02-23',
      '--kind',
      'ppc',
      '--json',
      '--today',
      '2026-02-02',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.deadlines.map((d: { rule: string }) => d.rule)).toEqual([
      'signed-documents',
      'leader-opinion',
    ]);
    expect(out.deadlines[0].skipped[0]).toEqual({
      date: '2026-02-14',
      reason: 'Thứ bảy',
      reasonEn: 'Saturday',
      kind: 'weekend',
    });
    expect(out.deadlines[0].skipped.map((s: { reason: string }) => s.reason)).toContain(
      'Nghỉ Tết Nguyên đán',
    );
  });

  it('writes Vietnamese with dd/MM/yyyy and weekday names without --json', async () => {
    const r = await cli(['deadline', '--meeting', '2026-12-17', '--kind', 'chairman']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hạn: Thứ Hai 14/12/2026, trước 17:00');
    expect(r.stdout).toContain('Còn 9 ngày làm việc (13 ngày)');
  });

  it('computes the monthly report and the task extension report', async () => {
    // --month names the month reported on: the report on 02/2026 is sent before 15/03/2026 (Sat 14 → Fri 13).
    const month = JSON.parse((await cli(['deadline', '--month', '2026-02', '--json'])).stdout);
    expect(month).toMatchObject({ month: '2026-02', sentMonth: '2026-03' });
    expect(month.deadlines[0]).toMatchObject({
      rule: 'monthly-report',
      due: '2026-03-13',
      months: { reported: '2026-02', sent: '2026-03' },
    });
    const task = JSON.parse((await cli(['deadline', '--task', '2026-02-23', '--json'])).stdout);
    expect(task.deadlines[0]).toMatchObject({ rule: 'task-extension-report', due: '2026-02-13' });
  });

  it('uses the agency overrides given through the setup seam', async () => {
    const day = { date: '2026-12-16', working: false, name: 'Nghỉ của cơ quan', source: 'Quyết định nội bộ' };
    const r = await cli(
      ['deadline', '--meeting', '2026-12-17', '--kind', 'chairman', '--json'],
      withOverrides([day]),
    );
    expect(JSON.parse(r.stdout).deadlines[0].due).toBe('2026-12-11');
  });

  it.each([
    [['deadline', '--meeting', '2026-02-31', '--kind', 'ppc'], 'invalid-date'],
    [['deadline', '--meeting', '2101-01-05', '--kind', 'ppc'], 'year-out-of-range'],
    [['deadline', '--meeting', '2026-12-17', '--kind', 'plenary'], 'unknown-meeting-kind'],
    [['deadline', '--meeting', '2026-12-17'], 'invalid-arguments'],
    [['deadline', '--meeting', '2026-12-17', '--kind', 'ppc', '--bogus'], 'invalid-arguments'],
    [['deadline', '--month', '2026-13'], 'invalid-month'],
  ])('exits with 2 and names the bad input: %j', async (argv, code) => {
    const r = await cli([...argv, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe(code);
    expect(r.stderr).toContain('Lỗi:');
  });

  it('exits with 2 on clashing agency overrides, writing nothing to stdout', async () => {
    const a = { date: '2026-12-16', working: false, name: 'Nghỉ', source: 'x' };
    const b = { ...a, working: true, name: 'Làm việc' };
    const r = await cli(['deadline', '--meeting', '2026-12-17', '--kind', 'ppc'], withOverrides([a, b]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2026-12-16');
  });
});

describe('dossier-desk calendar', () => {
  it('lists only the weekdays off and the weekend days worked of 2026, with names and sources', async () => {
    const r = await cli(['calendar', '--year', '2026', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ year: 2026, provisional: false });
    const dates = out.days.map((d: { date: string }) => d.date);
    expect(dates).toContain('2026-01-02');
    expect(dates).not.toContain('2026-04-26'); // Hùng Kings on a Sunday: not an exception by itself
    expect(out.days.find((d: { date: string }) => d.date === '2026-01-10')).toMatchObject({
      working: true,
      name: 'Làm bù cho ngày nghỉ 02/01/2026',
      source: 'Công văn 12729/VPCP-KGVX',
    });
    expect(out.days).toHaveLength(15);
  });

  it('marks a year without an announced schedule as provisional', async () => {
    const out = JSON.parse((await cli(['calendar', '--year', '2030', '--json'])).stdout);
    expect(out.provisional).toBe(true);
    expect(out.days.some((d: { name: string }) => d.name === 'Nghỉ Tết Nguyên đán')).toBe(true);
  });

  it('prints a Vietnamese table without --json', async () => {
    const r = await cli(['calendar', '--year', '2026']);
    expect(r.stdout).toContain('Thứ Bảy  10/01/2026  LÀM VIỆC');
  });

  it.each([['1899'], ['2101'], ['26'], ['abcd']])('refuses the year %s with exit 2', async (year) => {
    const r = await cli(['calendar', '--year', year, '--json']);
    expect(r.code).toBe(2);
    expect(['invalid-year', 'year-out-of-range']).toContain(JSON.parse(r.stdout).error.code);
  });
});

describe('dossier-desk lunar', () => {
  it('converts a solar date to the Vietnamese lunar date', async () => {
    const r = await cli(['lunar', '2026-02-17', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      solar: '2026-02-17',
      lunar: { year: 2026, month: 1, day: 1, leap: false },
    });
    expect((await cli(['lunar', '1985-01-21'])).stdout).toContain('mùng 1 tháng Giêng năm Ất Sửu (1985)');
  });

  it('converts a lunar date, leap month included, to the solar date', async () => {
    expect(JSON.parse((await cli(['lunar', '--to-solar', '2026-01-01', '--json'])).stdout).solar).toBe(
      '2026-02-17',
    );
    const leap = JSON.parse((await cli(['lunar', '--to-solar', '2025-06-01', '--leap', '--json'])).stdout);
    expect(leap).toMatchObject({ solar: '2025-07-25', lunar: { year: 2025, month: 6, day: 1, leap: true } });
  });

  it.each([
    [['lunar', '2026-02-30']],
    [['lunar', '--to-solar', '2026-03-01', '--leap']],
    [['lunar', '--to-solar', '2024-12-30']],
    [['lunar']],
    [['lunar', '2026-02-17', '--leap']],
  ])('exits with 2 on bad input: %j', async (argv) => {
    expect((await cli(argv)).code).toBe(2);
  });
});

describe('the dispatcher', () => {
  it('prints help listing every command with exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['deadline', 'calendar', 'lunar']) expect(r.stdout).toContain(name);
    expect((await cli(['deadline', '--help'])).stdout).toContain('--meeting');
  });

  it('exits with 2 on an unknown command or none', async () => {
    const r = await cli(['verify-all', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('unknown-command');
    expect((await cli([])).code).toBe(2);
  });
});
