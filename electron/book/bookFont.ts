/**
 * The book's font (Noto Sans, for Vietnamese), embedded by hand as a Type0 / CIDFontType2 font with
 * Identity-H encoding. pdf-lib's own embedding was the slowest part of a small book: for a whole font it
 * decodes every one of the font's glyphs to write widths and a ToUnicode map for all of them (seconds),
 * and its subsetter drops glyph outlines. Here only the glyphs actually printed get widths and ToUnicode
 * entries, and the font program keeps only their outlines (subsetTrueType.ts), deflated with zlib.
 *
 * One glyph per code point (no shaping): the text is NFC, where each Vietnamese letter is one precomposed
 * character with its own glyph, and text extraction then reads exactly what was printed.
 */
import { deflateSync } from 'node:zlib';
import { type PDFContext, PDFName, type PDFRef, PDFString } from 'pdf-lib';
import { subsetTrueType } from './subsetTrueType';
import { readTrueType, type TrueTypeFont } from './trueType';

interface GlyphMetrics {
  id: number;
  /** Advance in 1/1000 em. */
  width: number;
}

export class BookFont {
  private readonly font: TrueTypeFont;
  private readonly glyphs = new Map<number, GlyphMetrics>();
  private readonly scale: number;

  constructor(
    private readonly bytes: Uint8Array,
    /** The indirect reference the pages name; the font is written there by embed(). */
    readonly ref: PDFRef,
    /** The subset's six-letter tag (ISO 32000-1, 9.6.4); the cover sheet uses its own. */
    private readonly tag = 'DDBOOK',
  ) {
    this.font = readTrueType(bytes);
    this.scale = 1000 / this.font.unitsPerEm;
  }

  private glyph(codePoint: number): GlyphMetrics {
    let g = this.glyphs.get(codePoint);
    if (!g) {
      const id = this.font.glyphOf(codePoint);
      g = { id, width: this.font.advanceOf(id) * this.scale };
      this.glyphs.set(codePoint, g);
    }
    return g;
  }

  widthOfTextAtSize(text: string, size: number): number {
    let width = 0;
    for (const ch of text.normalize('NFC')) width += this.glyph(ch.codePointAt(0) ?? 0).width;
    return (width * size) / 1000;
  }

  /** `<…>`: the glyph ids of `text`, for Tj. */
  encode(text: string): string {
    let hex = '';
    for (const ch of text.normalize('NFC'))
      hex += this.glyph(ch.codePointAt(0) ?? 0)
        .id.toString(16)
        .padStart(4, '0');
    return `<${hex}>`;
  }

  /** Writes the font at `ref`: call once, after the last text has been encoded. */
  embed(ctx: PDFContext): void {
    const used = [...this.glyphs.entries()].filter(([, g]) => g.id !== 0);
    const byId = new Map<number, { codePoint: number; width: number }>();
    for (const [codePoint, g] of used) if (!byId.has(g.id)) byId.set(g.id, { codePoint, width: g.width });
    const ids = [...byId.keys()].sort((a, b) => a - b);
    const widths: Array<number | number[]> = [];
    for (const id of ids) widths.push(id, [Math.round(byId.get(id)?.width ?? 0)]);

    const bbox = this.font.bbox;
    const s = this.scale;
    const program = subsetTrueType(this.bytes, ids);
    const file = ctx.register(
      ctx.stream(deflateSync(program), { Filter: 'FlateDecode', Length1: program.length }),
    );
    // A subset font's name carries a six-letter tag (ISO 32000-1, 9.6.4).
    const name = `${this.tag}+NotoSans-Regular`;
    const descriptor = ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: 32, // Nonsymbolic
        FontBBox: [bbox.minX * s, bbox.minY * s, bbox.maxX * s, bbox.maxY * s].map(Math.round),
        ItalicAngle: this.font.italicAngle,
        Ascent: Math.round(this.font.ascent * s),
        Descent: Math.round(this.font.descent * s),
        CapHeight: Math.round((this.font.capHeight || this.font.ascent) * s),
        StemV: 80,
        FontFile2: file,
      }),
    );
    const cidFont = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widths,
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = ctx.register(
      ctx.stream(deflateSync(Buffer.from(this.cmap(ids, byId), 'latin1')), { Filter: 'FlateDecode' }),
    );
    ctx.assign(
      this.ref,
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: PDFName.of('Identity-H'),
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }

  private cmap(ids: number[], byId: Map<number, { codePoint: number }>): string {
    const hex4 = (n: number) => n.toString(16).padStart(4, '0');
    const utf16 = (cp: number) =>
      cp > 0xffff
        ? hex4(0xd800 + ((cp - 0x10000) >> 10)) + hex4(0xdc00 + ((cp - 0x10000) & 0x3ff))
        : hex4(cp);
    const lines: string[] = [];
    // bfchar blocks hold at most 100 entries each.
    for (let i = 0; i < ids.length; i += 100) {
      const block = ids.slice(i, i + 100);
      lines.push(`${block.length} beginbfchar`);
      for (const id of block) lines.push(`<${hex4(id)}> <${utf16(byId.get(id)?.codePoint ?? 0xfffd)}>`);
      lines.push('endbfchar');
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...lines,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
      '',
    ].join('\n');
  }
}
