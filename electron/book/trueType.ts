/**
 * The little of a TrueType font the book needs: units per em, the bounding box, ascent and descent, cap
 * height, italic angle, each code point's glyph (cmap formats 4 and 12) and each glyph's advance (hmtx).
 * Read directly from the tables: loading a full font library into the worker cost more time than making
 * a small book. The font is the app's own (Noto Sans), not user input; a malformed one throws.
 */

export interface TrueTypeFont {
  unitsPerEm: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  glyphOf(codePoint: number): number;
  /** Advance width in font units. */
  advanceOf(glyph: number): number;
}

export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      bytes[at] ?? 0,
      bytes[at + 1] ?? 0,
      bytes[at + 2] ?? 0,
      bytes[at + 3] ?? 0,
    );
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font table ${tag} missing`);
    return at;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  const post = table('post');
  const unitsPerEm = view.getUint16(head + 18);
  const bbox = {
    minX: view.getInt16(head + 36),
    minY: view.getInt16(head + 38),
    maxX: view.getInt16(head + 40),
    maxY: view.getInt16(head + 42),
  };
  const ascent = view.getInt16(hhea + 4);
  const descent = view.getInt16(hhea + 6);
  const metrics = view.getUint16(hhea + 34);
  const os2 = tables.get('OS/2');
  const capHeight = os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : ascent;
  const italicAngle = view.getInt32(post + 4) / 65536;

  // The best Unicode subtable: format 12 (full range) if present, else format 4 (BMP).
  let best: { offset: number; format: number } | null = null;
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 12 || (format === 4 && best?.format !== 12)) best = { offset, format };
  }
  if (!best) throw new Error('font without a Unicode cmap');
  const sub = best;

  const glyphOf = (cp: number): number => {
    if (sub.format === 12) {
      const groups = view.getUint32(sub.offset + 12);
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = sub.offset + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(at + 8) + (cp - start);
      }
      return 0;
    }
    if (cp > 0xffff) return 0;
    const segments = view.getUint16(sub.offset + 6) / 2;
    const ends = sub.offset + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    let lo = 0;
    let hi = segments - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = view.getUint16(ends + mid * 2);
      const start = view.getUint16(starts + mid * 2);
      if (cp > end) lo = mid + 1;
      else if (cp < start) hi = mid - 1;
      else {
        const delta = view.getInt16(deltas + mid * 2);
        const rangeOffset = view.getUint16(ranges + mid * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(ranges + mid * 2 + rangeOffset + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
    }
    return 0;
  };
  const advanceOf = (glyph: number): number => view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4);
  return { unitsPerEm, bbox, ascent, descent, capHeight, italicAngle, glyphOf, advanceOf };
}
