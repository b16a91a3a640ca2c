/**
 * The Noto Sans font for generated PDFs (cover sheet, sample documents), embedded quickly.
 *
 * Two costs dominated a small export and the sample data: pdf-lib measures text by running the whole
 * OpenType layout (GPOS kerning) for every candidate line of a word wrap, and it deflates the ~580 KB
 * font file again for every document. Widths here come from the glyphs' advance widths, cached per
 * character (Vietnamese body text has no kerning worth a wrap decision); one parsed font serves every
 * document, so the OpenType tables fontkit reads lazily for layout are read once per process; and the
 * deflated font is kept so each later document reuses the same compressed stream.
 *
 * The font is embedded whole: @pdf-lib/fontkit 1.1's TrueType subsetter writes a corrupt short `loca`
 * for Noto Sans and glyphs vanish (pdf-lib#1232). 'ccmp' is off: it decomposes ị, ụ, ỵ into base letter
 * + combining dot, and the base glyph's ToUnicode entry then reads as plain i, u, y.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontPath } from './fontPath';

export interface MeasuredFont {
  font: PDFFont;
  /** Width in points of `text` at `size`, from advance widths. */
  widthOf(text: string, size: number): number;
}

interface LoadedFont {
  bytes: Uint8Array;
  parsed: ReturnType<typeof fontkit.create>;
  /** Advance width per code point in font units per em (1 = the em). */
  advance: (codePoint: number) => number;
  /** The font file deflated (zlib format, as FlateDecode reads it), by Node's native zlib off the main thread. */
  deflated: Uint8Array;
}

const loaded = new Map<string, Promise<LoadedFont>>();

async function load(path: string): Promise<LoadedFont> {
  const bytes = new Uint8Array(await readFile(path));
  const parsed = fontkit.create(bytes);
  const widths = new Map<number, number>();
  const advance = (cp: number): number => {
    let w = widths.get(cp);
    if (w === undefined) {
      w = parsed.glyphForCodePoint(cp).advanceWidth / parsed.unitsPerEm;
      widths.set(cp, w);
    }
    return w;
  };
  // pako, which pdf-lib uses, takes over a second for this file on a busy machine and blocks the thread.
  const deflated = new Uint8Array(await promisify(deflate)(bytes));
  return { bytes, parsed, advance, deflated };
}

function loadedFont(path: string): Promise<LoadedFont> {
  let font = loaded.get(path);
  if (!font) {
    font = load(path);
    // A failed read is not kept: the next document tries again.
    font.catch(() => loaded.delete(path));
    loaded.set(path, font);
  }
  return font;
}

/**
 * Serves the font file's deflated bytes from the cache when pdf-lib compresses that same file, instead
 * of deflating 580 KB again for every document.
 */
function reuseDeflatedFont(doc: PDFDocument, font: LoadedFont): void {
  const context = doc.context;
  const original = context.flateStream.bind(context);
  context.flateStream = (contents, dict = {}) =>
    contents === font.bytes
      ? context.stream(font.deflated, { ...dict, Filter: 'FlateDecode' })
      : original(contents, dict);
}

/**
 * Loads the font ahead of need (the pre-flight calls it while the user reads the findings), so the export
 * that follows does not wait for it. Failures are left for the export to report.
 */
export function warmVietnameseFont(fontFile?: string): void {
  try {
    loadedFont(fontPath(fontFile)).catch(() => undefined);
  } catch {
    // No font found: the export says so, in both languages.
  }
}

export async function embedVietnameseFont(doc: PDFDocument, fontFile?: string): Promise<MeasuredFont> {
  const font = await loadedFont(fontPath(fontFile));
  doc.registerFontkit({
    create: (data, postscriptName) =>
      data === font.bytes ? font.parsed : fontkit.create(data, postscriptName),
  });
  reuseDeflatedFont(doc, font);
  const embedded = await doc.embedFont(font.bytes, { subset: false, features: { ccmp: false } });
  const widthOf = (text: string, size: number): number => {
    let total = 0;
    for (const ch of text) total += font.advance(ch.codePointAt(0) ?? 0);
    return total * size;
  };
  return { font: embedded, widthOf };
}
