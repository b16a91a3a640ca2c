/** Builders and tool wrappers for the session-book tests: plans over files in a temp folder, poppler, qpdf. */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BookDocument, BookItem, BookPlan } from '../../../electron/book/bookPlan';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes `bytes` as a stored original and describes it as a plan document. */
export function aDocument(
  dir: string,
  number: string,
  label: string,
  name: string,
  bytes: Buffer,
  mime = 'application/pdf',
): BookDocument {
  const digest = sha256(bytes);
  const path = join(dir, digest);
  writeFileSync(path, bytes);
  return { number, label, name, sha256: digest, mime, storePath: path };
}

export function anItem(position: number, title: string, documents: BookDocument[]): BookItem {
  return { id: position * 10, position, title, documents };
}

export function aPlan(items: BookItem[], overrides: Partial<BookPlan> = {}): BookPlan {
  return {
    agencyName: 'Sở Tư pháp tỉnh Hà Tĩnh',
    agencyCode: 'STP',
    meeting: {
      id: 3,
      title: 'Phiên họp UBND tỉnh thường kỳ tháng 12/2026',
      kindLabel: 'Phiên họp UBND tỉnh',
      date: '17/12/2026',
      time: '08:00',
      place: 'Phòng họp số 1, trụ sở UBND tỉnh',
      chair: 'Chủ tịch UBND tỉnh',
    },
    itemScope: null,
    items,
    excludedItems: [],
    madeAt: '09:00 ngày 25/11/2026',
    madeAtIso: '2026-11-25T02:00:00.000Z',
    appVersion: '0.1.0',
    ...overrides,
  };
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  return match ? Number(match[1]) : -1;
}

export function qpdfCheck(path: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Text of each page (pdftotext, layout kept), split on form feeds. */
export function pageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return text.split('\f').slice(0, -1);
}

export interface OutlineNode {
  title: string;
  page: number | null;
  kids: OutlineNode[];
}

/** The outline as qpdf reads it (qpdf --json=2 --json-key=outlines), page numbers 1-based. */
export function outlineOf(path: string): OutlineNode[] {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json=2', '--json-key=outlines', path], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  ) as { outlines: RawOutline[] };
  const walk = (list: RawOutline[]): OutlineNode[] =>
    list.map((o) => ({
      title: o.title,
      page: o.destpageposfrom1 ?? null,
      kids: walk(o.kids ?? []),
    }));
  return walk(json.outlines);
}

interface RawOutline {
  title: string;
  destpageposfrom1?: number;
  kids?: RawOutline[];
}

/** Renders page `n` (1-based) to `<prefix>.png` at `dpi`. */
export function renderPage(pdf: string, n: number, prefix: string, dpi = 60): string {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(n),
    '-l',
    String(n),
    '-singlefile',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}
