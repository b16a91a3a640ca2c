/**
 * Package export/verify throughput and memory, against a baseline measured in the same run:
 * export vs `sha256sum` + `zip -0` over the same files; verify vs `sha256sum` + `unzip -t`.
 * Size: BENCH_MB (default 1024). Targets (issue 5): ratio ≥ 0.7 and peak RSS < 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeAppContext, createAppContext } from '../../electron/app/createAppContext';
import { exportPackage, preflight, verifyPackageFile } from '../../electron/app/services/packageService';
import { verifyBagZip } from '../../electron/packages/verifyBagZip';
import { writeBagZip } from '../../electron/packages/writeBagZip';
import { itemWithFiles } from './support/itemWithFiles';

const MB = 1024 * 1024;
const totalMb = Number(process.env.BENCH_MB ?? 1024);

/** Mostly already-compressed documents (random bytes), some text, like a real dossier. */
// Each binary file opens with its type's signature: attach sniffs the bytes and refuses a ".pdf" that is not one.
const MIX: Array<{ ext: string; sizeMb: number; share: number; magic?: Buffer }> = [
  { ext: 'pdf', sizeMb: 24, share: 0.7, magic: Buffer.from('%PDF-1.7\n%', 'latin1') },
  { ext: 'docx', sizeMb: 3, share: 0.15, magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
  { ext: 'jpg', sizeMb: 5, share: 0.12, magic: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
  { ext: 'json', sizeMb: 1, share: 0.03 },
];

async function writeSample(path: string, bytes: number, text: boolean, magic?: Buffer): Promise<void> {
  const out = createWriteStream(path);
  const line = Buffer.from('{"muc":"Tờ trình về việc phê duyệt dự án","trang":12,"chu_ky":"hợp lệ"}\n');
  for (let done = 0; done < bytes; ) {
    const n = Math.min(MB, bytes - done);
    const chunk = text ? Buffer.alloc(n, line) : randomBytes(n);
    // Each text file starts with its own name: identical files would be stored once by the app.
    if (text && done === 0) chunk.write(`${path}\n`, 0, 'utf8');
    if (magic && done === 0) magic.copy(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
    done += n;
  }
  out.end();
  await once(out, 'close');
}

function time<T>(fn: () => T): { value: T; seconds: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    return {
      value,
      seconds: Number(process.hrtime.bigint() - t0) / 1e9,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / MB,
    };
  } finally {
    clearInterval(timer);
  }
}

function run(cmd: string, args: string[], cwd: string): boolean {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 64 * MB });
  return r.status === 0;
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bench-packages-'));
  try {
    const src = join(root, 'src');
    await mkdir(src);
    const files: string[] = [];
    for (const m of MIX) {
      const count = Math.max(1, Math.round((totalMb * m.share) / m.sizeMb));
      for (let i = 0; i < count; i++) {
        const name = `${m.ext}-${String(i).padStart(4, '0')}.${m.ext}`;
        await writeSample(join(src, name), m.sizeMb * MB, m.ext === 'json', m.magic);
        files.push(name);
      }
    }
    let bytes = 0;
    for (const f of await readdir(src)) bytes += (await stat(join(src, f))).size;
    const mb = bytes / MB;
    console.log(`payload: ${files.length} files, ${mb.toFixed(0)} MB (page cache warm for all runs)`);
    run('cat', files, src); // warm the cache the same way for every contestant

    const haveTools = ['sha256sum', 'zip', 'unzip'].every((t) => spawnSync(t, ['-h']).error === undefined);
    let baseExport = Number.NaN;
    let baseVerify = Number.NaN;
    if (haveTools) {
      const sha = time(() => run('sha256sum', files, src));
      const zip = time(() => run('zip', ['-0', '-q', join(root, 'baseline.zip'), ...files], src));
      const unzip = time(() => run('unzip', ['-tq', join(root, 'baseline.zip')], src));
      baseExport = sha.seconds + zip.seconds;
      baseVerify = sha.seconds + unzip.seconds;
      console.log(
        `baseline: sha256sum ${(mb / sha.seconds).toFixed(0)} MB/s, zip -0 ${(mb / zip.seconds).toFixed(0)} MB/s, ` +
          `unzip -t ${(mb / unzip.seconds).toFixed(0)} MB/s`,
      );
    } else {
      console.log('baseline: sha256sum/zip/unzip not installed (apt-get install zip unzip); ratios skipped');
    }

    const out = join(root, 'package.zip');
    const exp = await timeAsync(() =>
      writeBagZip(
        {
          bagInfo: [['Source-Organization', 'Sở Nội vụ']],
          payload: files.map((f) => ({
            path: `Hồ sơ/${f}`,
            source: { kind: 'file' as const, path: join(src, f) },
          })),
        },
        out,
      ),
    );
    const ver = await timeAsync(() => verifyBagZip(out));
    if (ver.value.verdict !== 'valid')
      throw new Error(`bench bag did not verify: ${JSON.stringify(ver.value.problems)}`);

    const full = await fullExportFromStore(root, src, files, mb, baseExport, baseVerify);

    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const exportRatio = baseExport / exp.seconds;
    const verifyRatio = baseVerify / ver.seconds;
    console.log(
      `export: ${(mb / exp.seconds).toFixed(0)} MB/s (${exp.seconds.toFixed(2)} s), baseline ${(mb / baseExport).toFixed(0)} MB/s, ratio ${exportRatio.toFixed(2)}, peak RSS ${exp.peakRssMb.toFixed(0)} MB`,
    );
    console.log(
      `verify: ${(mb / ver.seconds).toFixed(0)} MB/s (${ver.seconds.toFixed(2)} s), baseline ${(mb / baseVerify).toFixed(0)} MB/s, ratio ${verifyRatio.toFixed(2)}, peak RSS ${ver.peakRssMb.toFixed(0)} MB`,
    );
    console.log(
      `process maxRSS (whole run): ${maxRssMb.toFixed(0)} MB; zip ${(exp.value.zipSize / MB).toFixed(0)} MB`,
    );
    const ok =
      (Number.isNaN(exportRatio) || (exportRatio >= 0.7 && verifyRatio >= 0.7 && full.exportRatio >= 0.7)) &&
      maxRssMb < 300;
    console.log(ok ? 'targets met (ratio ≥ 0.7, RSS < 300 MB)' : 'TARGET MISSED (ratio ≥ 0.7, RSS < 300 MB)');
    if (!ok) process.exitCode = 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * The app's whole export path (issue 5): the same files attached to an agenda item of a real data folder,
 * then the pre-flight (which re-reads and hashes every stored file) and the export job's work (snapshot,
 * one streamed pass from the store, cover sheet, dossier.json, export log), and the verify as the app
 * runs it (worker thread, every PDF re-inspected in the main thread).
 */
async function fullExportFromStore(
  root: string,
  src: string,
  files: string[],
  mb: number,
  baseExport: number,
  baseVerify: number,
): Promise<{ exportRatio: number }> {
  const dataDir = join(root, 'data');
  const ctx = createAppContext({
    dataDir,
    transport: 'cli',
    now: () => new Date('2026-11-25T09:00:00+07:00'),
  });
  try {
    const scope = await itemWithFiles(ctx, src, files);
    const pre = await timeAsync(() => preflight(ctx, scope));
    const out = join(root, 'from-store.zip');
    const exp = await timeAsync(() =>
      exportPackage(ctx, { scope, outPath: out, confirmWarnings: pre.value.findings.map((f) => f.key) }),
    );
    const workerScript = resolve('dist/electron/parserWorker.cjs');
    const exportRatio = baseExport / exp.seconds;
    console.log(
      `export from the store (app path, one pass): ${(mb / exp.seconds).toFixed(0)} MB/s (${exp.seconds.toFixed(2)} s), ratio ${exportRatio.toFixed(2)}, peak RSS ${exp.peakRssMb.toFixed(0)} MB`,
    );
    console.log(
      `pre-flight (re-hashes every stored file): ${(mb / pre.seconds).toFixed(0)} MB/s (${pre.seconds.toFixed(2)} s), peak RSS ${pre.peakRssMb.toFixed(0)} MB; pre-flight + export ratio ${(baseExport / (pre.seconds + exp.seconds)).toFixed(2)}`,
    );
    if (existsSync(workerScript)) {
      const ver = await timeAsync(() => verifyPackageFile(out, 'from-store.zip', { workerScript }));
      if (ver.value.view.verdict !== 'valid') throw new Error('exported package did not verify');
      console.log(
        `verify as the app runs it (worker + PDF re-inspection): ${(mb / ver.seconds).toFixed(0)} MB/s (${ver.seconds.toFixed(2)} s), ratio ${(baseVerify / ver.seconds).toFixed(2)}, peak RSS ${ver.peakRssMb.toFixed(0)} MB (main thread)`,
      );
    } else {
      console.log('verify in the worker: skipped, run `node scripts/build.mjs` first');
    }
    return { exportRatio: Number.isNaN(baseExport) ? Number.POSITIVE_INFINITY : exportRatio };
  } finally {
    closeAppContext(ctx);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
