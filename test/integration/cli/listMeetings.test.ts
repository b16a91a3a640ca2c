import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
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
    {
      now: () => new Date('2026-11-25T09:00:00+07:00'),
    },
  );
  return { code, stdout, stderr };
}

describe('dossier-desk list meetings', () => {
  it('lists the meetings of a data folder as JSON, upcoming first, with the ids export takes', async () => {
    const dir = tempDir();
    const ctx = aContext(dir);
    await invoke(ctx, 'agency.setup', anAgency);
    const later = await invoke(
      ctx,
      'meetings.create',
      aMeeting({ date: '2026-12-17', title: 'Họp Chủ tịch' }),
    );
    const sooner = await invoke(
      ctx,
      'meetings.create',
      aMeeting({ kind: 'ppc', date: '2026-12-01', title: 'Phiên họp thường kỳ' }),
    );
    const gone = await invoke(ctx, 'meetings.create', aMeeting({ date: '2026-12-02', title: 'Hủy' }));
    await invoke(ctx, 'meetings.cancel', { id: gone.id });
    closeAppContext(ctx);

    const { code, stdout } = await cli(['list', 'meetings', '--data-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: sooner.id, date: '2026-12-01', kind: 'ppc', title: 'Phiên họp thường kỳ', status: 'scheduled' },
      { id: later.id, date: '2026-12-17', kind: 'chairman', title: 'Họp Chủ tịch', status: 'scheduled' },
    ]);
    const all = await cli(['list', 'meetings', '--data-dir', dir, '--all', '--json']);
    expect(JSON.parse(all.stdout)).toHaveLength(3);
    const human = await cli(['list', 'meetings', '--data-dir', dir]);
    expect(human.stdout).toContain('01/12/2026');
  });

  it('refuses a missing folder, a foreign file and a wrong noun with exit code 2, creating nothing', async () => {
    const missing = join(tempDir(), 'nope');
    const r1 = await cli(['list', 'meetings', '--data-dir', missing, '--json']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('không có cơ sở dữ liệu Dossier Desk');
    expect((await cli(['list', 'tasks', '--data-dir', tempDir()])).code).toBe(2);
    expect((await cli(['list', 'meetings'])).code).toBe(2);
  });
});
