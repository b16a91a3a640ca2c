import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { replaceAppLog } from '../../../electron/app/log';
import { createFileLog } from '../../../electron/app/log/fileLog';
import { verifyBagZipInWorker } from '../../../electron/packages/verifyBagZipInWorker';
import { tempDirsPerTest } from '../../support/tempDir';
import { buildVerifyWorker } from './support';

const tempDir = tempDirsPerTest();
let restore: (() => void) | null = null;
afterEach(() => restore?.());

async function aLargeZip(dir: string): Promise<string> {
  const path = join(dir, 'large.zip');
  const zip = new yazl.ZipFile();
  for (let i = 0; i < 8; i++)
    zip.addBuffer(randomBytes(2 * 1024 * 1024), `data/part-${i}.bin`, { compress: false });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  return path;
}

describe('a verify worker that dies mid-run', () => {
  it('answers "unreadable" with an error id that the log holds, and the next verification still works', async () => {
    const dir = tempDir();
    const logs = join(dir, 'logs');
    const previous = replaceAppLog(createFileLog({ folder: logs, echo: () => {} }));
    restore = () => replaceAppLog(previous);
    const realWorker = await buildVerifyWorker(dir);
    // The real worker, killed (exit code 137, as by the task manager) once it has started reading.
    const killedWorker = join(dir, 'killedWorker.cjs');
    writeFileSync(
      killedWorker,
      `require(${JSON.stringify(realWorker)});\nsetImmediate(() => process.exit(137));\n`,
    );
    const zip = await aLargeZip(dir);

    const report = await verifyBagZipInWorker(zip, { workerScript: killedWorker });
    expect(report.verdict).toBe('unreadable');
    expect(report.problems.map((p) => p.code)).toEqual(['verify-worker-crashed']);
    const id = /E-[0-9A-Z]{6}/.exec(report.problems[0]?.en ?? '')?.[0];
    expect(id).toBeDefined();
    expect(report.problems[0]?.vi).toContain(`mã lỗi ${id}`);
    expect(readFileSync(join(logs, 'main.log'), 'utf8')).toMatch(
      new RegExp(`ERROR \\[${id}\\] verify worker stopped \\{"exitCode":137\\}`),
    );

    const again = await verifyBagZipInWorker(zip, { workerScript: realWorker });
    expect(again.problems.map((p) => p.code)).not.toContain('verify-worker-crashed');
  }, 60_000);
});
