import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyBagZip } from '../../../electron/packages/verifyBagZip';
import { makeCorpus } from '../../fixtures/packages/makeCorpus';

// Built at collection time so that each hostile package is its own named test.
const root = await mkdtemp(join(tmpdir(), 'bag-corpus-'));
const corpusDir = join(root, 'corpus');
await mkdir(corpusDir);
const corpus = await makeCorpus(corpusDir);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted: to prove what a verification left on disk. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map((e) => e.split('\\').join('/')).sort();
}

describe('the hostile package corpus', () => {
  it('covers every kind of bad input the issue names', () => {
    const names = corpus.map((c) => c.name);
    for (const required of [
      'tampered-payload-byte',
      'edited-manifest-line',
      'missing-file',
      'extra-file',
      'dot-dot-evil',
      'absolute-path',
      'symlink-entry',
      'duplicate-names',
      'nfc-nfd-twins',
      'case-twins',
      'zip-bomb-ratio',
      'too-many-entries',
      'encrypted-entry',
      'truncated-archive',
      'text-renamed-zip',
      'fetch-txt-present',
      'bagit-txt-bom',
      'wrong-payload-oxum',
    ]) {
      expect(names).toContain(required);
    }
  });

  it.each(corpus.map((c) => [c.name, c] as const))(
    '%s is reported with its verdict, problem code and path, and nothing is extracted',
    async (_name, item) => {
      const sandbox = await mkdtemp(join(root, `run-${item.name}-`));
      const target = join(sandbox, 'target');
      const report = await verifyBagZip(item.file, { extractTo: target });

      expect(report.verdict).toBe(item.verdict);
      if (item.verdict === 'valid') {
        expect(report.problems).toEqual([]);
        expect(report.extractedTo).toBe(join(target, 'bag'));
      } else {
        expect(report.problems.map((p) => p.code)).toContain(item.code);
        if (item.path !== undefined) {
          expect(report.problems).toContainEqual(
            expect.objectContaining({ code: item.code, path: item.path }),
          );
        }
        if (item.character !== undefined) {
          const problem = report.problems.find((p) => p.code === item.code);
          expect(problem?.en).toContain(item.character);
          expect(problem?.vi).toContain(item.character);
        }
        for (const p of report.problems) {
          expect(p.vi.length).toBeGreaterThan(0);
          expect(p.en.length).toBeGreaterThan(0);
        }
        expect(report.extractedTo).toBeUndefined();
      }

      // Nothing outside the target, and for a refused package nothing inside it either.
      const left = await listTree(sandbox);
      if (item.verdict === 'valid') {
        expect(left.every((p) => p === 'target' || p.startsWith('target/bag'))).toBe(true);
        expect(left).toContain('target/bag/data/01 Tờ trình/to-trinh.pdf');
      } else {
        expect(left.filter((p) => p !== 'target')).toEqual([]);
      }
      const everywhere = await listTree(root);
      expect(
        everywhere.filter((p) => !/^(corpus(\/.*)?|run-[^/]+(\/target(\/bag(\/.*)?)?)?)$/.test(p)),
      ).toEqual([]);
      expect(everywhere.filter((p) => p.endsWith('evil.txt') || p.endsWith('abs/path'))).toEqual([]);
    },
  );
});

describe('a strict reader agrees', () => {
  // Python's zipfile compares each local header's name with the central directory's; `unzip -t` compares
  // the sizes. What either of them refuses, we refuse; what both read, we accept.
  const pythonReads = (file: string): boolean =>
    spawnSync('python3', [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist(): z.read(n)\n',
      file,
    ]).status === 0;
  const unzipReads = (file: string): boolean => spawnSync('unzip', ['-tq', file]).status === 0;

  it.each([
    ['local-name-escapes', false],
    ['local-size-differs', false],
    ['honest-data-descriptor', true],
    ['valid', true],
  ] as const)('python3 zipfile and unzip -t both read %s: %s, as our verdict says', (name, readable) => {
    const item = corpus.find((c) => c.name === name);
    if (!item) throw new Error(name);
    expect(pythonReads(item.file) && unzipReads(item.file)).toBe(readable);
    expect(item.verdict === 'valid').toBe(readable);
  });
});

describe('per-file findings', () => {
  const byName = (name: string) => {
    const item = corpus.find((c) => c.name === name);
    if (!item) throw new Error(`no corpus item ${name}`);
    return item;
  };

  it('marks only the tampered document as a hash mismatch and the others as ok', async () => {
    const report = await verifyBagZip(byName('tampered-payload-byte').file);
    const status = Object.fromEntries(report.files.map((f) => [f.path, f.status]));
    expect(status).toMatchObject({
      'data/01 Tờ trình/to-trinh.pdf': 'hash-mismatch',
      'data/02 Dự thảo/du-thao-quyet-dinh.docx': 'ok',
      'data/dossier.json': 'ok',
      'manifest-sha256.txt': 'ok',
    });
    expect(report.problems).toHaveLength(1);
  });

  it('lists a file named in the manifest but absent as missing, with the digest the manifest promised', async () => {
    const report = await verifyBagZip(byName('missing-file').file);
    const missing = report.files.find((f) => f.path === 'data/dossier.json');
    expect(missing?.status).toBe('missing');
    expect(missing?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Removing a file also changes the octet count and file count that Payload-Oxum declared.
    expect(report.problems.map((p) => p.code).sort()).toEqual(['payload-missing', 'payload-oxum-mismatch']);
  });

  it('lists an unlisted file as extra', async () => {
    const report = await verifyBagZip(byName('extra-file').file);
    expect(report.files.find((f) => f.path === 'data/ghi-chu.txt')?.status).toBe('extra');
  });

  it('names the file whose archived bytes no longer match their CRC', async () => {
    const report = await verifyBagZip(byName('flipped-byte-in-archive').file);
    expect(report.files.find((f) => f.path === 'data/01 Tờ trình/to-trinh.pdf')?.status).toBe('corrupt');
  });

  it('reads back bag-info.txt and the declared Payload-Oxum of a valid bag', async () => {
    const report = await verifyBagZip(byName('valid').file);
    expect(report.bagInfo).toContainEqual(['Source-Organization', 'Sở Nội vụ tỉnh']);
    const sizes = report.files.filter((f) => f.path.startsWith('data/')).map((f) => f.size);
    expect(report.payloadOxum).toEqual({ octets: sizes.reduce((a, b) => a + b, 0), count: 3 });
  });

  it('stops a package over the total size limit, counting the bytes it inflates', async () => {
    const report = await verifyBagZip(byName('valid').file, { limits: { maxTotalUncompressedBytes: 100 } });
    expect(report.verdict).toBe('invalid');
    expect(report.problems.map((p) => p.code)).toContain('zip-too-large');
  });

  it('caps the tag files it holds in memory, all of them together', async () => {
    const report = await verifyBagZip(byName('valid').file, { limits: { maxTagFileBytes: 300 } });
    expect(report.verdict).toBe('invalid');
    expect(report.problems.map((p) => p.code)).toContain('tag-file-too-large');
  });

  it('refuses a package with more entries than a lowered limit before reading any content', async () => {
    const report = await verifyBagZip(byName('valid').file, { limits: { maxEntries: 3 } });
    expect(report.problems.map((p) => p.code)).toEqual(['zip-too-many-entries']);
    expect(report.files).toEqual([]);
  });

  it('reports a package file that does not exist as unreadable', async () => {
    const report = await verifyBagZip(join(root, 'nope.zip'));
    expect(report.verdict).toBe('unreadable');
    expect(report.problems[0]?.code).toBe('zip-file-missing');
  });
});
