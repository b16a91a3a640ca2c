import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { verifyBagZip } from '../../../electron/packages/verifyBagZip';
import { type BagInput, writeBagZip } from '../../../electron/packages/writeBagZip';
import { isAppError } from '../../../shared/errors/appError';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bag-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A source document on disk, as the attachment store would hold it. */
async function aSourceFile(name: string, content: Buffer | string): Promise<string> {
  await mkdir(join(dir, 'src'), { recursive: true });
  const path = join(dir, 'src', name);
  await writeFile(path, content);
  return path;
}

function aBagInput(overrides: Partial<BagInput> = {}): BagInput {
  return {
    bagInfo: [
      ['Source-Organization', 'Sở Tài chính tỉnh'],
      ['External-Description', 'Hồ sơ trình phiên họp UBND tỉnh'],
    ],
    payload: [],
    baggingDate: '2026-03-02',
    ...overrides,
  };
}

/** Entries of a zip we made ourselves (trusted): name → { bytes, compression method }. */
async function readZip(path: string): Promise<Map<string, { data: Buffer; method: number }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out = new Map<string, { data: Buffer; method: number }>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    out.set(entry.fileName, { data: Buffer.concat(chunks), method: entry.compressionMethod });
  }
  zip.close();
  return out;
}

async function expectAppError(p: Promise<unknown>, code: string): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(err) ? err.code : err).toBe(code);
}

describe('writeBagZip', () => {
  it('writes a BagIt 1.0 bag that the verifier accepts, with manifests of the bytes it copied', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 7)]);
    const pdfPath = await aSourceFile('to-trinh.pdf', pdf);
    const out = join(dir, 'goi-ho-so.zip');
    const result = await writeBagZip(
      aBagInput({
        payload: [
          { path: '01 Tờ trình/to-trinh.pdf', source: { kind: 'file', path: pdfPath } },
          { path: 'dossier.json', source: { kind: 'buffer', data: Buffer.from('{"items":[]}\n') } },
        ],
        tagFiles: [{ path: 'export-log.txt', data: Buffer.from('xuất lúc 09:00\n') }],
      }),
      out,
    );

    const entries = await readZip(out);
    expect([...entries.keys()]).toEqual([
      'bagit.txt',
      'data/01 Tờ trình/to-trinh.pdf',
      'data/dossier.json',
      'manifest-sha256.txt',
      'bag-info.txt',
      'export-log.txt',
      'tagmanifest-sha256.txt',
    ]);
    expect(entries.get('bagit.txt')?.data.toString('utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
    expect(entries.get('manifest-sha256.txt')?.data.toString('utf8')).toBe(
      `${sha256(pdf)}  data/01 Tờ trình/to-trinh.pdf\n${sha256(Buffer.from('{"items":[]}\n'))}  data/dossier.json\n`,
    );
    const octets = pdf.length + 13;
    expect(entries.get('bag-info.txt')?.data.toString('utf8')).toBe(
      'Source-Organization: Sở Tài chính tỉnh\nExternal-Description: Hồ sơ trình phiên họp UBND tỉnh\n' +
        `Bagging-Date: 2026-03-02\nPayload-Oxum: ${octets}.2\n`,
    );
    const tagLines = entries.get('tagmanifest-sha256.txt')?.data.toString('utf8').trim().split('\n') ?? [];
    expect(tagLines.map((l) => l.split('  ')[1])).toEqual([
      'bagit.txt',
      'manifest-sha256.txt',
      'bag-info.txt',
      'export-log.txt',
    ]);
    // Already-compressed documents are stored; text is deflated.
    expect(entries.get('data/01 Tờ trình/to-trinh.pdf')?.method).toBe(0);
    expect(entries.get('data/dossier.json')?.method).toBe(8);

    expect(result.payloadOxum).toEqual({ octets, count: 2 });
    expect(result.zipSha256).toBe(sha256(await readFile(out)));
    const report = await verifyBagZip(out);
    expect(report.problems).toEqual([]);
    expect(report.verdict).toBe('valid');
    expect(await readdir(dir)).toEqual(['goi-ho-so.zip', 'src']);
  });

  it('stores payload names in NFC even when given decomposed Vietnamese', async () => {
    const out = join(dir, 'nfc.zip');
    const nfd = 'Quyết định.txt'.normalize('NFD');
    const result = await writeBagZip(
      aBagInput({ payload: [{ path: nfd, source: { kind: 'buffer', data: Buffer.from('x') } }] }),
      out,
    );
    expect(result.payload[0]?.path).toBe('data/Quyết định.txt'.normalize('NFC'));
    expect([...(await readZip(out)).keys()]).toContain('data/Quyết định.txt'.normalize('NFC'));
  });

  it('percent-encodes % in manifest paths and the verifier decodes it back', async () => {
    const out = join(dir, 'pct.zip');
    await writeBagZip(
      aBagInput({
        payload: [{ path: 'tỉ lệ 100%.txt', source: { kind: 'buffer', data: Buffer.from('x') } }],
      }),
      out,
    );
    const manifest = (await readZip(out)).get('manifest-sha256.txt')?.data.toString('utf8');
    expect(manifest).toContain('data/tỉ lệ 100%25.txt');
    expect((await verifyBagZip(out)).verdict).toBe('valid');
  });

  it('reports progress up to the total and ends at the payload size', async () => {
    const a = await aSourceFile('a.pdf', Buffer.alloc(9 * 1024 * 1024, 1));
    const seen: number[] = [];
    await writeBagZip(
      aBagInput({ payload: [{ path: 'a.pdf', source: { kind: 'file', path: a } }] }),
      join(dir, 'p.zip'),
      {
        onProgress: (p) => {
          expect(p.bytesTotal).toBe(9 * 1024 * 1024);
          seen.push(p.bytesDone);
        },
      },
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen[seen.length - 1]).toBe(9 * 1024 * 1024);
  });

  it.each([
    ['the same path twice', ['a.pdf', 'a.pdf']],
    ['paths that differ only by case', ['Bao cao.pdf', 'bao cao.PDF']],
    [
      'paths that differ only by Unicode form',
      ['Tờ trình.pdf'.normalize('NFC'), 'Tờ trình.pdf'.normalize('NFD')],
    ],
    ['a file and a folder of the same name', ['phu-luc', 'Phu-luc/1.pdf']],
  ])('refuses %s', async (_label, paths) => {
    const input = aBagInput({
      payload: paths.map((p) => ({ path: p, source: { kind: 'buffer' as const, data: Buffer.from(p) } })),
    });
    await expectAppError(writeBagZip(input, join(dir, 'dup.zip')), 'bag-path-duplicate');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['../evil.pdf', '/abs.pdf', 'a\\b.pdf', 'C:/x.pdf', 'a:b.pdf', 'CON.txt', 'a/./b.pdf', 'dot.'])(
    'refuses the unsafe payload name %j',
    async (name) => {
      const input = aBagInput({
        payload: [{ path: name, source: { kind: 'buffer', data: Buffer.from('x') } }],
      });
      await expectAppError(writeBagZip(input, join(dir, 'bad.zip')), 'bag-path-invalid');
    },
  );

  it('refuses a caller-supplied Payload-Oxum, which only the writer can know', async () => {
    const input = aBagInput({ bagInfo: [['Payload-Oxum', '1.1']] });
    await expectAppError(writeBagZip(input, join(dir, 'x.zip')), 'bag-info-invalid');
  });

  it('leaves nothing behind when cancelled part-way', async () => {
    const big = await aSourceFile('big.pdf', Buffer.alloc(32 * 1024 * 1024, 3));
    const controller = new AbortController();
    const out = join(dir, 'out', 'cancelled.zip');
    await mkdir(join(dir, 'out'));
    const run = writeBagZip(
      aBagInput({ payload: [{ path: 'big.pdf', source: { kind: 'file', path: big } }] }),
      out,
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.bytesDone > 0 && p.bytesDone < p.bytesTotal) controller.abort();
        },
      },
    );
    await expectAppError(run, 'bag-export-cancelled');
    expect(await readdir(join(dir, 'out'))).toEqual([]);
  });

  it('fails, leaving nothing behind, when a source file grows during the copy', async () => {
    const src = await aSourceFile('growing.pdf', Buffer.alloc(12 * 1024 * 1024, 5));
    await mkdir(join(dir, 'out'));
    let appended = false;
    const run = writeBagZip(
      aBagInput({ payload: [{ path: 'growing.pdf', source: { kind: 'file', path: src } }] }),
      join(dir, 'out', 'g.zip'),
      {
        onProgress: () => {
          if (appended) return;
          appended = true;
          appendFileSync(src, 'thêm một dòng');
        },
      },
    );
    await expectAppError(run, 'bag-source-changed');
    expect(await readdir(join(dir, 'out'))).toEqual([]);
  });

  it('fails, leaving nothing behind, when a source file is missing', async () => {
    await mkdir(join(dir, 'out'));
    const input = aBagInput({
      payload: [{ path: 'x.pdf', source: { kind: 'file', path: join(dir, 'gone.pdf') } }],
    });
    await expectAppError(writeBagZip(input, join(dir, 'out', 'x.zip')), 'bag-source-unreadable');
    expect(await readdir(join(dir, 'out'))).toEqual([]);
  });

  it('replaces an existing package only once the new one is complete', async () => {
    const out = join(dir, 'same.zip');
    await writeFile(out, 'old package');
    await writeBagZip(
      aBagInput({ payload: [{ path: 'a.txt', source: { kind: 'buffer', data: Buffer.from('a') } }] }),
      out,
    );
    expect((await verifyBagZip(out)).verdict).toBe('valid');
    expect(await readdir(dir)).toEqual(['same.zip']);
  });

  it('reports an unwritable destination as an error value', async () => {
    const input = aBagInput({
      payload: [{ path: 'a.txt', source: { kind: 'buffer', data: Buffer.from('a') } }],
    });
    await expectAppError(writeBagZip(input, join(dir, 'no-such-folder', 'x.zip')), 'bag-output-unwritable');
  });

  // Over 4 GiB a file needs ZIP64 records: slow (minutes), so only when asked for.
  it.runIf(process.env.BAG_BIG_TESTS === '1')(
    'writes and verifies a payload file larger than 4 GiB using ZIP64 (minutes long: only with BAG_BIG_TESTS=1)',
    async () => {
      const big = join(dir, 'big.pdf');
      const h = await import('node:fs/promises').then((fs) => fs.open(big, 'w'));
      await h.truncate(4 * 1024 * 1024 * 1024 + 4096);
      await h.close();
      const out = join(dir, 'zip64.zip');
      await writeBagZip(
        aBagInput({ payload: [{ path: 'big.pdf', source: { kind: 'file', path: big } }] }),
        out,
      );
      const report = await verifyBagZip(out);
      expect(report.verdict).toBe('valid');
      expect(report.files.find((f) => f.path === 'data/big.pdf')?.size).toBe(4 * 1024 * 1024 * 1024 + 4096);
    },
    600_000,
  );
});
