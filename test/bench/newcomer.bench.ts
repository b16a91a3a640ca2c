/**
 * What a newcomer feels (issue 15): a package of a few small files exported through the app's whole path
 * (pre-flight, export job with cover sheet and dossier.json), and the sample data filling an empty folder.
 * Each against a baseline measured in the same run:
 * - export: the same files hashed and zipped by `sha256sum` + `zip -0`, plus one cover-sheet-sized PDF
 *   written with pdf-lib's own text measuring and font embedding (what the cover sheet did before);
 * - sample data: the same number of sample PDFs written that old way, which is what dominated the fill.
 * Targets: small export < 1 s, sample data < 5 s. Run: npm run bench newcomer
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { closeAppContext, createAppContext } from '../../electron/app/createAppContext';
import { exportPackage, preflight } from '../../electron/app/services/packageService';
import { generateDemo } from '../../electron/demo/generateDemo';
import { fontPath } from '../../electron/pdf/fontPath';
import { makeSamplePdf } from '../../electron/pdf/samplePdf';
import { readZip } from '../integration/packages/zipBytes';
import { itemWithFiles } from './support/itemWithFiles';

const TODAY = '2026-11-25';
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 3);

/** Wall time, and this process's CPU time (which a machine busy with other work disturbs less). */
async function seconds<T>(fn: () => Promise<T>): Promise<{ value: T; s: number; cpu: number }> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { value, s: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

/** A small real PDF (a page of text in a standard font, nothing embedded): a few KB, like a scan's cover. */
async function smallPdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(title, { x: 50, y: 780, size: 12, font });
  return doc.save();
}

/** A PDF as the cover sheet and the samples were written before: pdf-lib measures every wrap candidate. */
async function oldWayPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await readFile(fontPath()), { subset: false, features: { ccmp: false } });
  let page = doc.addPage();
  let y = 800;
  for (const text of lines) {
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, 10) > 480) {
        page.drawText(line, { x: 50, y, size: 10, font });
        y -= 14;
        line = word;
      } else line = candidate;
    }
    page.drawText(line, { x: 50, y, size: 10, font });
    y -= 14;
    if (y < 60) {
      page = doc.addPage();
      y = 800;
    }
  }
  return doc.save();
}

const LINE =
  'Dự thảo Quyết định ban hành Quy định về quản lý, khai thác và bảo vệ công trình thủy lợi trên địa bàn tỉnh — đã ký số, 12 trang';

async function smallExport(
  root: string,
): Promise<{ s: number; cpu: number; base: number; files: number; kb: number; coverKb: number }> {
  const src = join(root, 'small');
  spawnSync('mkdir', ['-p', src]);
  const names: string[] = [];
  for (let i = 0; i < SMALL_FILES; i++) {
    const name = `tai-lieu-${i + 1}.pdf`;
    const pdf = await smallPdf(`Tai lieu so ${i + 1}`);
    await writeFile(join(src, name), Buffer.concat([pdf, randomBytes(8192)]));
    names.push(name);
  }
  const ctx = createAppContext({
    dataDir: join(root, 'data-small'),
    transport: 'cli',
    now: () => new Date(`${TODAY}T09:00:00+07:00`),
  });
  try {
    const scope = await itemWithFiles(ctx, src, names);
    const run = await seconds(async () => {
      const pre = await preflight(ctx, scope);
      return exportPackage(ctx, {
        scope,
        outPath: join(root, 'small.zip'),
        confirmWarnings: pre.findings.map((f) => f.key),
      });
    });
    const zip = seconds(async () => {
      spawnSync('sha256sum', names, { cwd: src, stdio: 'ignore' });
      spawnSync('zip', ['-0', '-q', join(root, 'base.zip'), ...names], { cwd: src, stdio: 'ignore' });
      await oldWayPdf(Array.from({ length: 12 }, () => LINE));
    });
    // The cover sheet's own size: the whole font made it ~316 KB; the glyphs it prints, a few tens of KB.
    const cover = (await readZip(join(root, 'small.zip'))).get('data/00-danh-muc-ho-so.pdf');
    return {
      s: run.s,
      cpu: run.cpu,
      base: (await zip).s,
      files: names.length,
      kb: run.value.zipSize / 1024,
      coverKb: (cover?.length ?? 0) / 1024,
    };
  } finally {
    closeAppContext(ctx);
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bench-newcomer-'));
  try {
    // Warm the process (module loading, the font file in the page cache) as the running app is warm.
    await makeSamplePdf({ title: 'Khởi động', lines: [LINE] });
    const exp = await smallExport(root);
    console.log(
      `small package (${exp.files} files, ${exp.kb.toFixed(0)} KB, cover sheet ${exp.coverKb.toFixed(0)} KB): pre-flight + export ${(exp.s * 1000).toFixed(0)} ms (CPU ${(exp.cpu * 1000).toFixed(0)} ms); ` +
        `baseline (sha256sum + zip -0 + one old-way cover sheet) ${(exp.base * 1000).toFixed(0)} ms; ratio ${(exp.base / exp.s).toFixed(2)}`,
    );

    const demo = await seconds(() => generateDemo(join(root, 'demo'), { today: TODAY }));
    const pdfs = demo.value.blobs;
    const base = await seconds(async () => {
      for (let i = 0; i < pdfs; i++) await oldWayPdf([`Tài liệu mẫu ${i}`, LINE, LINE, LINE]);
    });
    console.log(
      `sample data: ${demo.s.toFixed(2)} s (CPU ${demo.cpu.toFixed(2)} s; ${demo.value.meetings} meetings, ${pdfs} stored files); ` +
        `baseline (${pdfs} sample PDFs written the old way) ${base.s.toFixed(2)} s; ratio ${(base.s / demo.s).toFixed(2)}`,
    );
    const ok = exp.s < 1 && demo.s < 5;
    console.log(
      ok
        ? 'targets met (export < 1 s, sample data < 5 s)'
        : 'TARGET MISSED (export < 1 s, sample data < 5 s)',
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
