/**
 * Issue 16, point 1: no input the app accepts stalls the main thread for more than 100 ms or grows the
 * process by more than 200 MB. One hostile input per class of parser, each through the service the app
 * calls, measured while it is processed (event-loop delay by perf_hooks, resident memory sampled).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/app/dispatch';
import { runInWorker } from '../../../electron/workers/guardedWorker';
import type { Value } from '../../../shared/contract';
import { bagEntries, samplePayload } from '../../fixtures/packages/makeCorpus';
import { rawZip } from '../../fixtures/packages/rawZip';
import { aContext, anAgency, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { manyRows, writeSheet } from '../workProgramXlsx/sheets';
import { MAX_RSS_GROWTH_MB, onMainThread, schedulerNoiseMs, steadyStall } from './mainThread';

const tempDir = tempDirsPerTest();
let noise = 0;
beforeAll(async () => {
  noise = await schedulerNoiseMs();
  console.log(`scheduler noise on this machine: ${noise.toFixed(1)} ms`);
});
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A 2–3 MB package whose manifest lists `missing` files it does not hold (the 36 s freeze). */
function manifestOfMissingFiles(dir: string, missing: number): string {
  const entries = bagEntries({ payload: samplePayload() });
  const lines = [(entries.get('manifest-sha256.txt') ?? Buffer.alloc(0)).toString('utf8')];
  for (let i = 0; i < missing; i++) lines.push(`${sha256(Buffer.from(String(i)))}  data/thieu/${i}.pdf\n`);
  entries.set('manifest-sha256.txt', Buffer.from(lines.join('')));
  const tagLines = [...entries]
    .filter(([p]) => !p.startsWith('data/') && p !== 'tagmanifest-sha256.txt')
    .map(([p, d]) => `${sha256(d)}  ${p}\n`);
  entries.set('tagmanifest-sha256.txt', Buffer.from(tagLines.join('')));
  const file = join(dir, 'goi-60000-thieu.zip');
  writeFileSync(file, rawZip([...entries].map(([name, data]) => ({ name, data, method: 8 }))));
  return file;
}

describe('a package whose manifest lists 60,000 missing files', () => {
  it('is verified off the main thread: no stall over 100 ms, under 200 MB, a bounded list', async () => {
    const dir = tempDir();
    const file = manifestOfMissingFiles(dir, 60_000);
    const ctx = aContext(dir);
    const work = () => dispatch(ctx, 'packages.verify', { source: { kind: 'path', path: file } });
    const cost = await onMainThread(work);
    if (!cost.value.ok) throw new Error(cost.value.error.en);
    const view = cost.value.value as Value<'packages.verify'>;
    expect(view.verdict).toBe('invalid');
    expect(view.fileName).toBe('goi-60000-thieu.zip');
    // 500 listed problems and a last one that counts the rest; 1,000 of the missing files listed.
    expect(view.problems).toHaveLength(501);
    expect(view.problems.at(-1)?.code).toBe('problems-truncated');
    expect(view.files.filter((f) => f.status === 'missing')).toHaveLength(1000);
    console.log(
      `main thread: ${cost.ms.toFixed(0)} ms of work, longest stall ${cost.maxDelayMs.toFixed(1)} ms, RSS +${cost.rssGrowthMb.toFixed(0)} MB`,
    );
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeLessThan(allowanceMs);
    expect(cost.rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
  }, 120_000);

  it('is refused by import the same way, the message naming the file, nothing left behind', async () => {
    const dir = tempDir();
    const file = manifestOfMissingFiles(dir, 60_000);
    const ctx = aContext(dir);
    await invoke(ctx, 'agency.setup', anAgency);
    const work = () => dispatch(ctx, 'packages.import', { source: { kind: 'path', path: file } });
    const cost = await onMainThread(work);
    expect(cost.value.ok).toBe(false);
    if (cost.value.ok) return;
    expect(cost.value.error.code).toBe('package-not-valid');
    expect(cost.value.error.vi).toContain('goi-60000-thieu.zip');
    expect(cost.value.error.en).toContain('goi-60000-thieu.zip');
    console.log(
      `main thread: ${cost.ms.toFixed(0)} ms of work, longest stall ${cost.maxDelayMs.toFixed(1)} ms, RSS +${cost.rssGrowthMb.toFixed(0)} MB`,
    );
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeLessThan(allowanceMs);
    expect(cost.rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
  }, 120_000);
});

/**
 * A 512 MB PDF (sparse: cheap on disk) whose signature's /Contents spans almost all of it: the inspector
 * used to read and hex-decode the whole gap (1.6 GB → 3.2 GB RSS and a 3.4 s stall).
 */
function pdfWithHugeContents(dir: string, size: number): string {
  const head = Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 200 ${size - 100} 100] /Contents `.padEnd(
      200,
      ' ',
    ),
    'latin1',
  );
  const file = join(dir, 'to-trinh-ky-so.pdf');
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head, 0, head.length, 0);
    // The hex string opens right after the first signed range and closes right before the second.
    writeSync(fd, Buffer.from('<', 'latin1'), 0, 1, 200);
    writeSync(fd, Buffer.from('>', 'latin1'), 0, 1, size - 101);
    const tail = Buffer.from('\n>>\nendobj\ntrailer\n<< >>\n%%EOF\n'.padStart(100, ' '), 'latin1');
    writeSync(fd, tail, 0, tail.length, size - 100);
  } finally {
    closeSync(fd);
  }
  return file;
}

describe('a PDF whose /Contents spans 512 MB', () => {
  it('is inspected in the worker: the signature is reported unreadable, without stall or growth', async () => {
    const dir = tempDir();
    const file = pdfWithHugeContents(dir, 512 * 1024 * 1024);
    // The task attach runs: inspection and the trust judgement, both in the worker.
    const work = () =>
      runInWorker(
        'inspect-and-judge-pdf',
        { path: file, trust: { anchors: [], crls: [] }, now: new Date().toISOString() },
        { fileName: 'to-trinh-ky-so.pdf' },
      );
    const cost = await onMainThread(work);
    expect(cost.value.isPdf).toBe(true);
    expect(cost.value.signatures).toHaveLength(1);
    expect(cost.value.signatures[0]?.problem?.code).toBe('pdf.signature.unreadable');
    expect(cost.value.signatures[0]?.trust).toBe('invalid');
    console.log(
      `main thread: ${cost.ms.toFixed(0)} ms of work, longest stall ${cost.maxDelayMs.toFixed(1)} ms, RSS +${cost.rssGrowthMb.toFixed(0)} MB`,
    );
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeLessThan(allowanceMs);
    expect(cost.rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
  }, 120_000);
});

describe('a work-program sheet of 12,000 rows, within every guard limit', () => {
  it('is previewed in the worker without stall or growth', async () => {
    const dir = tempDir();
    const file = await writeSheet(dir, 'ctct-2026.xlsx', manyRows(12_000));
    const ctx = aContext(dir);
    await invoke(ctx, 'agency.setup', anAgency);
    const work = () => dispatch(ctx, 'workProgram.importPreview', { source: { kind: 'path', path: file } });
    const cost = await onMainThread(work);
    if (!cost.value.ok) throw new Error(cost.value.error.en);
    expect((cost.value.value as Value<'workProgram.importPreview'>).summary.itemRows).toBe(12_000);
    console.log(
      `main thread: ${cost.ms.toFixed(0)} ms of work, longest stall ${cost.maxDelayMs.toFixed(1)} ms, RSS +${cost.rssGrowthMb.toFixed(0)} MB`,
    );
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeLessThan(allowanceMs);
    expect(cost.rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
  }, 120_000);
});
