/**
 * Session book throughput and memory, against `qpdf --empty --pages … --` over the same files in the
 * same run (qpdf merges without stamping, contents or outline: the floor of what merging costs).
 * Size: ~300 documents / ~2,000 pages / ~300 MB, scaled by BENCH_BOOK_SCALE (default 1; 0.1 while
 * developing). Targets (issue 13): ≥ 0.2× qpdf's pages/s, peak RSS < 600 MB, a 40-page book < 2 s.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeBookInWorker } from '../../electron/book/bookInWorker';
import type { BookDocument, BookPlan } from '../../electron/book/bookPlan';
import { fontPath } from '../../electron/pdf/fontPath';
import { heavyScannedPdf, textPdf } from '../fixtures/book/samplePdfs';
import { anItem, aPlan, sha256 } from '../integration/book/bookSupport';

const MB = 1024 * 1024;
const scale = Number(process.env.BENCH_BOOK_SCALE ?? 1);
const DOCS = Math.max(4, Math.round(300 * scale));
/** Two documents in three are scans (~1.4 MB, 9 pages of ~155 KB images), one in three text (3 pages). */
const SCAN = { pages: 9, bytesPerPage: 155_000 };
const TEXT = { pages: 3 };

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
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

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bench-book-'));
  try {
    const store = join(root, 'store');
    await mkdir(store);
    // The worker as the app ships it (scripts/build.mjs bundles it beside the main bundle).
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=node'], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('build failed');
    const workerScript = resolve('dist/electron/bookWorker.cjs');

    const gen0 = Date.now();
    const text = await textPdf('Tờ trình về việc phê duyệt đề án', TEXT.pages);
    const docs: BookDocument[] = [];
    let pages = 0;
    let bytes = 0;
    for (let i = 0; i < DOCS; i++) {
      // Every scan is different bytes (the store keeps one copy of identical files).
      const data =
        i % 3 === 2
          ? Buffer.concat([text, Buffer.from(`\n% ${i}\n`)])
          : await heavyScannedPdf(SCAN.pages, SCAN.bytesPerPage);
      const digest = sha256(data);
      const path = join(store, digest);
      writeFileSync(path, data);
      pages += i % 3 === 2 ? TEXT.pages : SCAN.pages;
      bytes += data.length;
      docs.push({
        number: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
        label: i % 3 === 2 ? 'Tờ trình' : 'Bản chụp văn bản đã ký',
        name: `tai-lieu-${i + 1}.pdf`,
        sha256: digest,
        mime: 'application/pdf',
        storePath: path,
      });
    }
    const items = [];
    for (let k = 0; k * 10 < docs.length; k++)
      items.push(anItem(k + 1, `Nội dung trình số ${k + 1}`, docs.slice(k * 10, k * 10 + 10)));
    const plan: BookPlan = aPlan(items);
    console.log(
      `inputs: ${DOCS} documents, ${pages} pages, ${(bytes / MB).toFixed(0)} MB (generated in ${((Date.now() - gen0) / 1000).toFixed(1)} s)`,
    );

    // Baseline: qpdf merging the same files, nothing else.
    const merged = join(root, 'qpdf.pdf');
    const q0 = process.hrtime.bigint();
    const q = spawnSync('qpdf', ['--empty', '--pages', ...docs.map((d) => d.storePath ?? ''), '--', merged], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const qSeconds = Number(process.hrtime.bigint() - q0) / 1e9;
    if (q.status !== 0) throw new Error('qpdf failed');

    const out = join(root, 'book.pdf');
    const fontFile = fontPath();
    const ours = await timeAsync(() => makeBookInWorker(plan, out, { fontFile, workerScript }));
    const book = ours.value;

    // A 40-page book: ten 4-page text documents.
    const small: BookDocument[] = [];
    for (let i = 0; i < 10; i++) {
      const data = await textPdf(`Văn bản ${i + 1}`, 4);
      const digest = sha256(data);
      writeFileSync(join(store, digest), data);
      small.push({
        number: `1.${i + 1}`,
        label: 'Văn bản',
        name: `van-ban-${i + 1}.pdf`,
        sha256: digest,
        mime: 'application/pdf',
        storePath: join(store, digest),
      });
    }
    const smallOut = join(root, 'small.pdf');
    const forty = await timeAsync(() =>
      makeBookInWorker(aPlan([anItem(1, 'Nội dung 1', small)]), smallOut, { fontFile, workerScript }),
    );

    const oursRate = book.pages / ours.seconds;
    const qpdfRate = pages / qSeconds;
    const ratio = oursRate / qpdfRate;
    console.log(
      `book: ${book.pages} pages in ${ours.seconds.toFixed(2)} s = ${oursRate.toFixed(0)} pages/s, ${(book.bytes / MB).toFixed(0)} MB, peak RSS ${ours.peakRssMb.toFixed(0)} MB`,
    );
    console.log(
      `qpdf --empty --pages: ${pages} pages in ${qSeconds.toFixed(2)} s = ${qpdfRate.toFixed(0)} pages/s, ${((await stat(merged)).size / MB).toFixed(0)} MB`,
    );
    console.log(`ratio (book / qpdf pages/s): ${ratio.toFixed(2)}`);
    console.log(
      `40-page book (${forty.value.pages} pages with cover and contents): ${forty.seconds.toFixed(2)} s, peak RSS ${forty.peakRssMb.toFixed(0)} MB`,
    );
    const ok = ratio >= 0.2 && ours.peakRssMb < 600 && forty.seconds < 2;
    console.log(
      ok
        ? 'targets met (ratio ≥ 0.2, RSS < 600 MB, 40 pages < 2 s)'
        : 'TARGET MISSED (ratio ≥ 0.2, RSS < 600 MB, 40 pages < 2 s)',
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

void main();
