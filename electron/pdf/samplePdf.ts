import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { type SubsetFont, subsetVietnameseFont } from './subsetFont';

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

/** Greedy word wrap by measured width; a word longer than a line is left to overflow rather than split. */
function wrap(text: string, font: SubsetFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOf(candidate, size) > width) {
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
    private readonly font: SubsetFont,
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
      if (this.page)
        this.font.draw(this.page, line, { x: MARGIN.left, y: this.y, size, color: rgb(0, 0, 0) });
    }
  }

  gap(points: number): void {
    this.y -= points;
  }
}

/**
 * A readable PDF with real Vietnamese text (the font is embedded with a Unicode map, so copy-paste and
 * search keep the diacritics). Used by the demo data, e2e tests and benchmarks. Only the glyphs printed
 * are embedded (subsetFont.ts): a sample is a few tens of KB, not the whole font's ~300 KB.
 */
export async function makeSamplePdf(options: SamplePdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await subsetVietnameseFont(doc, options.fontFile);
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
  font.embed();
  // Classic cross-reference table, no object streams: the plainest PDF for other tools to read and sign.
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
