import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_MEMORY_PDF_BYTES, verifyBagZip } from '../../../electron/packages/verifyBagZip';
import { bagEntries, samplePayload } from '../../fixtures/packages/makeCorpus';
import { rawZip } from '../../fixtures/packages/rawZip';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const verifyLeftovers = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('.verify-')));

function aPackage(dir: string, extra: Map<string, Buffer>): string {
  const payload = samplePayload();
  for (const [k, v] of extra) payload.set(k, v);
  const file = join(dir, 'goi.zip');
  writeFileSync(file, rawZip([...bagEntries({ payload })].map(([name, data]) => ({ name, data }))));
  return file;
}

describe('verifying a package writes none of it to disk', () => {
  it('inspects the PDFs from memory: nothing in the system temp folder, nothing anywhere', async () => {
    const dir = tempDir();
    const file = aPackage(dir, new Map());
    const before = verifyLeftovers();
    const seen: Array<'memory' | 'disk'> = [];
    const report = await verifyBagZip(file, {
      inspectPdf: async (pdf) => {
        seen.push(typeof pdf === 'string' ? 'disk' : 'memory');
        return { pages: 1 };
      },
    });
    expect(report.verdict).toBe('valid');
    expect(seen).toEqual(['memory']);
    expect([...verifyLeftovers()].filter((n) => !before.has(n))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['goi.zip']);
  });

  it('copies a PDF too large for memory only into the scratch folder given, and removes it', async () => {
    const dir = tempDir();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(IN_MEMORY_PDF_BYTES + 1024)]);
    const file = aPackage(dir, new Map([['data/phu-luc-lon.pdf', big]]));
    const scratch = join(dir, 'received');
    mkdirSync(scratch);
    const seen: string[] = [];
    const report = await verifyBagZip(file, {
      scratchDir: scratch,
      inspectPdf: async (pdf) => {
        seen.push(typeof pdf === 'string' ? pdf : 'memory');
        return { pages: 1 };
      },
    });
    expect(report.verdict).toBe('valid');
    expect(seen.filter((s) => s !== 'memory')).toHaveLength(1);
    expect(seen.find((s) => s !== 'memory')?.startsWith(join(scratch, '.verify-'))).toBe(true);
    expect(readdirSync(scratch)).toEqual([]);
  }, 60_000);

  it('leaves a PDF too large for memory uninspected when no scratch folder is given (the CLI)', async () => {
    const dir = tempDir();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(IN_MEMORY_PDF_BYTES + 1024)]);
    const file = aPackage(dir, new Map([['data/phu-luc-lon.pdf', big]]));
    const report = await verifyBagZip(file, { inspectPdf: async () => ({ pages: 1 }) });
    expect(report.files.find((f) => f.path === 'data/phu-luc-lon.pdf')?.pdf).toMatchObject({
      error: expect.stringContaining('not inspected'),
    });
    expect(readdirSync(dir)).toEqual(['goi.zip']);
  }, 60_000);
});
