import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBagZip } from '../../../electron/packages/writeBagZip';
import { makeCorpus } from '../../fixtures/packages/makeCorpus';

// Our bags judged by other readers: Python's zipfile plus an RFC 8493 checker written in Python,
// and Info-ZIP's `unzip -t`. Skipped (not silently passed) on a machine without them.
const hasPython = spawnSync('python3', ['--version']).status === 0;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
const checker = resolve('test/fixtures/packages/bagit_conformance.py');

let dir: string;
let bag: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bag-conf-'));
  const src = join(dir, 'to-trinh.pdf');
  await writeFile(src, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2_000_000, 9)]));
  bag = join(dir, 'conformance.zip');
  await writeBagZip(
    {
      bagInfo: [
        ['Source-Organization', 'Sở Kế hoạch và Đầu tư'],
        ['External-Description', 'Hồ sơ trình\nphiên họp thường kỳ'],
      ],
      payload: [
        { path: '01 Tờ trình về dự án/to-trinh.pdf', source: { kind: 'file', path: src } },
        {
          path: '02 Phụ lục/bảng 100%.txt',
          source: { kind: 'buffer', data: Buffer.from('Phụ lục số liệu\n') },
        },
        { path: '02 Phụ lục/rỗng.txt', source: { kind: 'buffer', data: new Uint8Array(0) } },
        {
          path: 'Quyết định.txt'.normalize('NFD'),
          source: { kind: 'buffer', data: Buffer.from('NFD in, NFC out') },
        },
        { path: 'dossier.json', source: { kind: 'buffer', data: Buffer.from('{"items":[]}') } },
      ],
      tagFiles: [{ path: 'dossier-desk/export-log.txt', data: Buffer.from('exported\n') }],
    },
    bag,
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasPython)(
  'BagIt conformance, judged by an independent Python checker (skipped without python3)',
  () => {
    it('accepts the bag our writer makes', () => {
      const run = spawnSync('python3', [checker, bag], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('OK');
      expect(run.status).toBe(0);
    });

    it('rejects a tampered bag, so its OK above means something', async () => {
      await mkdir(join(dir, 'corpus'), { recursive: true });
      const corpus = await makeCorpus(join(dir, 'corpus'));
      for (const name of ['tampered-payload-byte', 'extra-file', 'wrong-payload-oxum', 'bagit-txt-bom']) {
        const file = corpus.find((c) => c.name === name)?.file ?? '';
        const run = spawnSync('python3', [checker, file], { encoding: 'utf8' });
        expect(run.status, name).toBe(1);
      }
    });
  },
);

describe.skipIf(!hasUnzip)('zip conformance, judged by Info-ZIP (skipped without unzip)', () => {
  it('passes unzip -t (central directory, local headers, CRCs)', () => {
    const run = spawnSync('unzip', ['-tq', bag], { encoding: 'utf8' });
    expect(run.stdout).toContain('No errors detected');
    expect(run.status).toBe(0);
  });
});
