import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDemoDataDir, buildVerifyWorker, cliWith, copyOf, DEMO_TODAY } from './support';
import { flipByteInEntry, readZip } from './zipBytes';

let root: string;
let demo: string;
let verifyWorker: string;
const copies: string[] = [];
const now = () => new Date(`${DEMO_TODAY}T09:00:00+07:00`);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-packages-cli-'));
  verifyWorker = await buildVerifyWorker(root);
  demo = await aDemoDataDir(root);
}, 120_000);

afterAll(async () => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

// Made per call: the worker is built in beforeAll.
const cli = (...argv: string[]) => cliWith({ now, verifyWorker })(...argv);

function aDataDir(): string {
  const dir = copyOf(demo);
  copies.push(dir);
  return dir;
}

/** The first upcoming meeting in `list meetings --json` (the ids the export takes). */
async function firstMeeting(dataDir: string): Promise<{ id: number; date: string }> {
  const listed = await cli('list', 'meetings', '--data-dir', dataDir, '--json');
  const meetings = JSON.parse(listed.stdout) as Array<{ id: number; date: string }>;
  const first = meetings.find((m) => m.date >= DEMO_TODAY);
  if (!first) throw new Error('no upcoming meeting');
  return first;
}

describe('dossier-desk export', () => {
  it('prints the pre-flight warnings and exits 1 without writing, unless --force', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const out = join(root, 'refused.zip');
    const refused = await cli('export', '--data-dir', dataDir, '--meeting', String(meeting.id), '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cảnh báo');
    expect(refused.stderr).toContain('[required-document-missing]');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((n) => n.includes('.partial-'))).toEqual([]);

    const forced = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting.id),
      '--out',
      out,
      '--force',
      '--json',
    );
    expect(forced.code).toBe(0);
    const result = JSON.parse(forced.stdout);
    expect(result).toMatchObject({
      ok: true,
      path: out,
      scope: { kind: 'meeting', meetingId: meeting.id },
      warningsConfirmed: true,
    });
    expect(result.zipSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.payloadOxum).toMatch(/^\d+\.\d+$/);
    expect(result.warnings.length).toBeGreaterThan(0);
    const bagInfo = (await readZip(out)).get('bag-info.txt')?.toString('utf8') ?? '';
    expect(bagInfo).toContain('Export-Warnings-Confirmed: yes');
  });

  it('exports one item of the meeting with --item, and refuses an item of another meeting (exit 2)', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const out = join(root, 'item.zip');
    const wrong = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting.id),
      '--item',
      '999999',
      '--out',
      out,
      '--force',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not found|không tìm thấy/i);
    const other = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting.id + 1),
      '--item',
      '1',
      '--out',
      out,
      '--force',
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('does not belong to meeting');
    const ok = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting.id),
      '--item',
      '1',
      '--out',
      out,
      '--force',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).scope).toEqual({ kind: 'item', itemId: 1 });
  });

  it('refuses bad input with exit 2 and a message naming it', async () => {
    const dataDir = aDataDir();
    expect((await cli('export', '--data-dir', dataDir, '--meeting', 'abc', '--out', 'x.zip')).code).toBe(2);
    expect((await cli('export', '--data-dir', dataDir, '--meeting', '1')).stderr).toContain('--out');
    expect((await cli('export', '--meeting', '1', '--out', 'x.zip')).stderr).toContain('--data-dir');
    const missing = await cli(
      'export',
      '--data-dir',
      join(root, 'nowhere'),
      '--meeting',
      '1',
      '--out',
      join(root, 'x.zip'),
    );
    expect(missing.code).toBe(2);
    const folder = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      '1',
      '--out',
      join(root, 'no', 'x.zip'),
      '--force',
    );
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('does not exist');
  });
});

describe('dossier-desk verify', () => {
  it('exits 0 for a valid package, 1 naming the file for a tampered one, 2 for a file that is not a zip', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const out = join(root, 'to-verify.zip');
    expect(
      (await cli('export', '--data-dir', dataDir, '--meeting', String(meeting.id), '--out', out, '--force'))
        .code,
    ).toBe(0);

    const valid = await cli('verify', out, '--json');
    expect(valid.code).toBe(0);
    const report = JSON.parse(valid.stdout);
    expect(report).toMatchObject({ file: 'to-verify.zip', verdict: 'valid', problems: [] });
    const pdf = report.files.find(
      (f: { path: string }) => f.path.endsWith('.pdf') && f.path.includes('Tờ trình'),
    );
    expect(pdf).toMatchObject({ status: 'ok', signature: expect.any(String), pages: expect.any(Number) });

    const tampered = join(root, 'tampered.zip');
    copyFileSync(out, tampered);
    await flipByteInEntry(tampered, pdf.path);
    const invalid = await cli('verify', tampered);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('KHÔNG HỢP LỆ / INVALID');
    expect(invalid.stderr).toContain(pdf.path);
    const invalidJson = JSON.parse((await cli('verify', tampered, '--json')).stdout);
    expect(invalidJson.verdict).toBe('invalid');
    expect(invalidJson.problems.map((p: { path: string }) => p.path)).toContain(pdf.path);

    const notZip = join(root, 'ghi-chu.zip');
    await writeFile(notZip, 'Đây không phải tệp nén');
    const unreadable = await cli('verify', notZip, '--json');
    expect(unreadable.code).toBe(2);
    expect(JSON.parse(unreadable.stdout)).toMatchObject({
      verdict: 'unreadable',
      problems: [{ code: 'zip-not-zip' }],
    });
    expect((await cli('verify', join(root, 'absent.zip'))).code).toBe(2);
    expect((await cli('verify')).code).toBe(2);
  });
});
