/**
 * The Noto Sans font for a pdf-lib document, embedded with only the glyphs drawn: the session book's
 * embedding (electron/book/bookFont.ts: Type0 / Identity-H, widths and ToUnicode for the printed glyphs,
 * the font program cut down by subsetTrueType.ts) put on pdf-lib pages.
 *
 * Why not pdf-lib's own embedding: its subsetter (@pdf-lib/fontkit 1.1) writes a corrupt short `loca` for
 * Noto Sans and glyphs vanish (pdf-lib#1232), so the cover sheet embedded the whole 580 KB font — a
 * ~316 KB cover sheet for a one-page list, and most of a small export's time spent on the font.
 *
 * One glyph per code point, no shaping: text is NFC, where each Vietnamese letter (ằ, ự, Đ…) is one
 * precomposed character with its own glyph, so text extraction reads back exactly what was printed.
 */
import { readFile } from 'node:fs/promises';
import {
  beginText,
  endText,
  moveText,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  type RGB,
  setFillingColor,
  setFontAndSize,
  showText,
} from 'pdf-lib';
import { BookFont } from '../book/bookFont';
import { fontPath } from './fontPath';

/**
 * The font's name in each page's resources. A function, not a constant: pdf-lib loads on first use (the
 * main bundle's lazy vendors), and a module-level call would load it at start for every process.
 */
const resource = () => PDFName.of('DDNoto');

export interface SubsetFont {
  /** Width in points of `text` at `size`, from the glyphs' advance widths. */
  widthOf(text: string, size: number): number;
  /** Draws one line of text with its baseline starting at (x, y). */
  draw(page: PDFPage, text: string, at: { x: number; y: number; size: number; color: RGB }): void;
  /** Writes the font with the glyphs drawn so far: call once, after the last draw, before save(). */
  embed(): void;
}

const fontFiles = new Map<string, Promise<Uint8Array>>();

/** The font file's bytes, read once per process (each document cuts its own subset from them). */
function fontBytes(path: string): Promise<Uint8Array> {
  let bytes = fontFiles.get(path);
  if (!bytes) {
    bytes = readFile(path).then((b) => new Uint8Array(b));
    // A failed read is not kept: the next document tries again.
    bytes.catch(() => fontFiles.delete(path));
    fontFiles.set(path, bytes);
  }
  return bytes;
}

/**
 * Reads the font ahead of need (the pre-flight calls it while the user reads the findings). Failures are
 * left for the export to report, in both languages.
 */
export function warmSubsetFont(fontFile?: string): void {
  try {
    fontBytes(fontPath(fontFile)).catch(() => undefined);
  } catch {
    // No font found: the export says so.
  }
}

export async function subsetVietnameseFont(doc: PDFDocument, fontFile?: string): Promise<SubsetFont> {
  const bytes = await fontBytes(fontPath(fontFile));
  const ctx = doc.context;
  const font = new BookFont(bytes, ctx.nextRef(), 'DDCOVR');
  const pagesWithFont = new WeakSet<PDFPage>();
  return {
    widthOf: (text, size) => font.widthOfTextAtSize(text, size),
    draw(page, text, { x, y, size, color }) {
      if (!pagesWithFont.has(page)) {
        page.node.setFontDictionary(resource(), font.ref);
        pagesWithFont.add(page);
      }
      // BookFont.encode gives `<glyph ids>` for Tj; pdf-lib wants the hex digits alone.
      const hex = font.encode(text).slice(1, -1);
      page.pushOperators(
        setFillingColor(color),
        beginText(),
        setFontAndSize(resource(), size),
        moveText(x, y),
        showText(PDFHexString.of(hex)),
        endText(),
      );
    },
    embed: () => font.embed(ctx),
  };
}
