import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBagZipInWorker } from '../../../electron/packages/verifyBagZipInWorker';
import { makeCorpus } from '../../fixtures/packages/makeCorpus';

let root: string;
let workerScript: string;
let corpus: Awaited<ReturnType<typeof makeCorpus>>;
const item = (name: string) => {
  const found = corpus.find((c) => c.name === name);
  if (!found) throw new Error(name);
  return found.file;
};

// The worker runs as the app ships it: the entry file bundled by esbuild to CommonJS.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bag-worker-'));
  workerScript = join(root, 'parserWorker.cjs');
  await build({
    entryPoints: [resolve('electron/workers/parserWorker.ts')],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
  await mkdir(join(root, 'corpus'));
  corpus = await makeCorpus(join(root, 'corpus'));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('verifyBagZipInWorker', () => {
  it('verifies a valid package in a worker thread and extracts it', async () => {
    const target = join(root, 'target-valid');
    const report = await verifyBagZipInWorker(item('valid'), { workerScript, extractTo: target });
    expect(report.verdict).toBe('valid');
    expect(report.extractedTo).toBe(join(target, 'bag'));
  });

  it('reports a hostile package precisely from the worker', async () => {
    const report = await verifyBagZipInWorker(item('dot-dot-evil'), { workerScript });
    expect(report.verdict).toBe('invalid');
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: 'zip-unsafe-name', path: 'data/../../evil.txt' }),
    );
  });

  it('inspects each verified PDF inside the worker and returns its findings with the report', async () => {
    const report = await verifyBagZipInWorker(item('valid'), { workerScript, inspectPdfs: true });
    const pdf = report.files.find((f) => f.path === 'data/01 Tờ trình/to-trinh.pdf');
    // The corpus "PDF" is a header and a trailer only: the worker's inspector says why it has no pages.
    expect(pdf?.pdf).toMatchObject({ pages: null, signatures: [], problem: { code: expect.any(String) } });
    expect(report.files.find((f) => f.path === 'data/dossier.json')?.pdf).toBeUndefined();
  });

  it('leaves PDFs uninspected unless asked', async () => {
    const report = await verifyBagZipInWorker(item('valid'), { workerScript });
    expect(report.files.find((f) => f.path === 'data/01 Tờ trình/to-trinh.pdf')?.pdf).toBeUndefined();
  });

  it('turns a worker that dies into an unreadable verdict instead of a crash', async () => {
    const report = await verifyBagZipInWorker(item('valid'), {
      workerScript: join(root, 'does-not-exist.cjs'),
    });
    expect(report.verdict).toBe('unreadable');
    expect(report.problems[0]?.code).toBe('verify-worker-crashed');
  });
});
