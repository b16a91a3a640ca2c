import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { agencySetupFromDataDir } from '../../../electron/cli/agencySetupFromDataDir';
import { runCli } from '../../../electron/cli/main';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    { now: () => new Date('2026-12-01T02:00:00Z'), loadAgencySetup: agencySetupFromDataDir },
  );
  return { code, stdout, stderr };
}

/** A Chairman's session on Thu 17/12/2026 with one item: signed documents due Mon 14/12/2026, 17:00. */
async function aDataDir(): Promise<string> {
  const dir = tempDir();
  const ctx = aContext(dir, '2026-12-01');
  const meeting = await invoke(ctx, 'agency.setup', anAgency).then(() =>
    invoke(ctx, 'meetings.create', aMeeting({ kind: 'chairman', date: '2026-12-17' })),
  );
  await invoke(ctx, 'agendaItems.create', {
    meetingId: meeting.id,
    title: 'Tờ trình dự thảo Quyết định ban hành bảng giá đất',
    contentKind: 'individual-decision',
  });
  closeAppContext(ctx);
  return dir;
}

describe('dossier-desk agenda', () => {
  it('prints every deadline as JSON with date, time, rule, title, meetingId, provisional and state', async () => {
    const dir = await aDataDir();
    const run = await cli([
      'agenda',
      '--data-dir',
      dir,
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-31',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(entries.map((e) => [e.rule, e.date])).toEqual([
      ['signed-documents', '2026-12-14'],
      // The report on 11/2026 is sent before 15/12/2026: Mon 14/12.
      ['monthly-report', '2026-12-14'],
    ]);
    expect(entries[0]).toMatchObject({
      time: '17:00',
      title: 'Nộp bản ký, đóng dấu: Tờ trình dự thảo Quyết định ban hành bảng giá đất',
      meetingId: 1,
      provisional: false,
      state: 'pending',
    });
    expect(entries[1]).toMatchObject({ meetingId: null, title: expect.stringContaining('tháng 11/2026') });
  });

  it('writes the calendar file with --ics', async () => {
    const dir = await aDataDir();
    const file = join(tempDir(), 'lich-han.ics');
    const run = await cli([
      'agenda',
      '--data-dir',
      dir,
      '--from',
      '2026-12-01',
      '--to',
      '2026-12-31',
      '--ics',
      file,
    ]);
    expect(run.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'signed-documents:item:1.STP@dossier-desk',
      'monthly-report:month:2026-11.STP@dossier-desk',
    ]);
  });

  it('exits 2 with a bilingual message on bad arguments', async () => {
    const dir = await aDataDir();
    for (const args of [
      ['agenda'],
      ['agenda', '--data-dir', dir, '--from', '2026-02-30'],
      ['agenda', '--data-dir', dir, '--from', '2026-12-31', '--to', '2026-12-01'],
      ['agenda', '--data-dir', dir, '--bogus'],
    ]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/Lỗi: .+\nError: .+/);
    }
  });
});
