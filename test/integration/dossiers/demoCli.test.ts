import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('dossier-desk demo', () => {
  it('fills a data folder and prints the counts as JSON, then refuses to fill it twice', async () => {
    const dir = tempDir();
    const first = capture();
    expect(
      await runCli(['demo', '--data-dir', dir, '--today', '2026-11-25', '--scale', '2', '--json'], first.io),
    ).toBe(0);
    const summary = JSON.parse(first.out.join(''));
    expect(summary).toMatchObject({ today: '2026-11-25', scale: 2, agency: 'Sở Nông nghiệp và Môi trường' });
    // Scale 2: 20 meetings of history (10 items each) plus the realistic set.
    expect(summary.meetings).toBeGreaterThanOrEqual(30);
    expect(summary.items).toBeGreaterThanOrEqual(200);
    expect(summary.attachments).toBeGreaterThanOrEqual(800);
    const again = capture();
    expect(await runCli(['demo', '--data-dir', dir, '--json'], again.io)).toBe(2);
    expect(JSON.parse(again.out.join('')).error.code).toBe('demo-not-empty');
  });

  it('rejects a bad date, a bad scale and a missing folder with exit code 2', async () => {
    const dir = tempDir();
    for (const args of [
      ['demo', '--data-dir', dir, '--today', '2026-02-30'],
      ['demo', '--data-dir', dir, '--scale', 'nhiều'],
      ['demo'],
    ]) {
      const c = capture();
      expect(await runCli(args, c.io)).toBe(2);
      expect(c.err.join('')).toContain('Lỗi:');
    }
  });
});
