/**
 * A received package's PDFs are parsed in the verify worker, under its heap cap, never in the thread that
 * serves the app: the inspector is replaced in this (the calling) thread by one that records every call,
 * and the findings still arrive — computed by the worker bundle, which has its own copy of the inspector.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPackageFile } from '../../../electron/app/services/packageService';
import { minimalPdf } from '../../../electron/demo/minimalPdf';
import { bagEntries } from '../../fixtures/packages/makeCorpus';
import { rawZip } from '../../fixtures/packages/rawZip';
import { buildVerifyWorker } from './support';

const mainThreadCalls = vi.hoisted(() => ({ inspectPdf: 0, inspectPdfBuffer: 0 }));
vi.mock('../../../electron/pdf/inspectPdf', async (original) => {
  const real = await original<typeof import('../../../electron/pdf/inspectPdf')>();
  return {
    ...real,
    inspectPdf: (...args: Parameters<typeof real.inspectPdf>) => {
      mainThreadCalls.inspectPdf++;
      return real.inspectPdf(...args);
    },
    inspectPdfBuffer: (...args: Parameters<typeof real.inspectPdfBuffer>) => {
      mainThreadCalls.inspectPdfBuffer++;
      return real.inspectPdfBuffer(...args);
    },
  };
});

let root: string;
let workerScript: string;
let zipPath: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pdf-in-worker-'));
  workerScript = await buildVerifyWorker(root);
  await mkdir(join(root, 'in'));
  const entries = bagEntries({
    payload: new Map([
      ['data/01 Tờ trình/to-trinh.pdf', minimalPdf('To trinh so 12/TTr-SNV')],
      ['data/dossier.json', Buffer.from('{"items":[]}\n')],
    ]),
  });
  zipPath = join(root, 'in', 'goi.zip');
  await writeFile(zipPath, rawZip([...entries].map(([name, data]) => ({ name, data, method: 8 }))));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('verifying a received package', () => {
  it('reads each PDF in the worker: the findings arrive and the calling thread never parses a PDF', async () => {
    const { report, view } = await verifyPackageFile(zipPath, 'goi.zip', { workerScript });
    expect(report.verdict).toBe('valid');
    const pdf = view.files.find((f) => f.path === 'data/01 Tờ trình/to-trinh.pdf');
    expect(pdf?.pdf).toEqual({ pages: 1, signatures: [], problem: null });
    expect(pdf?.signature).toBe('unsigned');
    expect(mainThreadCalls).toEqual({ inspectPdf: 0, inspectPdfBuffer: 0 });
  });

  it('counts a call in this thread, so the zero above is measured, not assumed', async () => {
    const { inspectPdf } = await import('../../../electron/pdf/inspectPdf');
    await inspectPdf(join(root, 'in', 'goi.zip'));
    expect(mainThreadCalls.inspectPdf).toBe(1);
  });
});

describe('the verify worker script', () => {
  it('never comes from the environment: a script named there is not loaded', async () => {
    const marker = join(root, 'loaded-from-env');
    const evil = join(root, 'evil-worker.cjs');
    await writeFile(evil, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`);
    process.env.DOSSIER_DESK_VERIFY_WORKER = evil;
    try {
      await verifyPackageFile(zipPath, 'goi.zip').catch(() => null);
    } finally {
      delete process.env.DOSSIER_DESK_VERIFY_WORKER;
    }
    expect(existsSync(marker)).toBe(false);
  });
});
