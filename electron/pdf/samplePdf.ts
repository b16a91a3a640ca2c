import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { fontPath } from './fontPath';

export interface SamplePdfOptions {
  title: string;
  lines?: string[];
  /** The least number of pages; text that does not fit flows onto more. */
  pages?: number;
  /** Overrides the font lookup (see fontPath). */
  fontFile?: string;
  /** Creation and modification date in the PDF's metadata; now when absent. */
  createdAt?: Date;
}

/** A4 in points, with margins matching the usual administrative layout (Decree 30/2020: 20-30 mm). */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 85, right: 57, top: 57, bottom: 57 };
const TITLE_SIZE = 15;
const BODY_SIZE = 12;
const LEADING = 1.45;

const fontCache = new Map<string, Promise<Buffer>>();
function fontBytes(path: string): Promise<Buffer> {
  let bytes = fontCache.get(path);
  if (!bytes) {
    bytes = readFile(path);
    fontCache.set(path, bytes);
  }
  return bytes;
}

/** Greedy word wrap by measured width; a word longer than a line is left to overflow rather than split. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      out.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  out.push(line);
  return out;
}

class Writer {
  private page: PDFPage | undefined;
  private y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {}

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  write(text: string, size: number): void {
    const width = PAGE.width - MARGIN.left - MARGIN.right;
    for (const line of wrap(text, this.font, size, width)) {
      if (!this.page || this.y - size < MARGIN.bottom) this.newPage();
      this.y -= size * LEADING;
      this.page?.drawText(line, { x: MARGIN.left, y: this.y, size, font: this.font, color: rgb(0, 0, 0) });
    }
  }

  gap(points: number): void {
    this.y -= points;
  }
}

/**
 * A readable PDF with real Vietnamese text (the font is embedded with a Unicode map, so copy-paste and
 * search keep the diacritics). Used by the demo data, e2e tests and benchmarks.
 */
export async function makeSamplePdf(options: SamplePdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Not subset: @pdf-lib/fontkit 1.1's TrueType subsetter writes a corrupt short `loca` for Noto Sans and
  // glyphs vanish (pdf-lib#1232); the full font costs ~310 KB per file. `ccmp` off: it decomposes ị, ụ, ỵ
  // into base letter + combining dot, and the base glyph's ToUnicode entry then reads as plain i, u, y.
  const font = await doc.embedFont(await fontBytes(fontPath(options.fontFile)), {
    subset: false,
    features: { ccmp: false },
  });
  const title = options.title.normalize('NFC');
  const when = options.createdAt ?? new Date();
  doc.setTitle(title);
  doc.setLanguage('vi-VN');
  doc.setCreator('Dossier Desk');
  doc.setProducer('Dossier Desk');
  doc.setCreationDate(when);
  doc.setModificationDate(when);

  const writer = new Writer(doc, font);
  writer.newPage();
  writer.write(title, TITLE_SIZE);
  writer.gap(BODY_SIZE);
  for (const line of options.lines ?? []) writer.write(line.normalize('NFC'), BODY_SIZE);
  const wanted = options.pages ?? 1;
  while (writer.pageCount < wanted) {
    writer.newPage();
    writer.write(`${title} — trang ${writer.pageCount}`, BODY_SIZE);
  }
  // Classic cross-reference table, no object streams: the plainest PDF for other tools to read and sign.
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
