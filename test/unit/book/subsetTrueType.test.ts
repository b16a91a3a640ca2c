import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../../electron/book/subsetTrueType';
import { readTrueType } from '../../../electron/book/trueType';
import { fontPath } from '../../../electron/pdf/fontPath';

describe('subsetting the book font', () => {
  const bytes = readFileSync(fontPath());
  const whole = readTrueType(bytes);
  const text = 'Sổ tài liệu họp — Trang 12/345';
  const used = [...text].map((ch) => whole.glyphOf(ch.codePointAt(0) ?? 0));
  const subset = subsetTrueType(bytes, used);

  it('keeps the outline of every printed glyph, components of composite letters included', () => {
    const original = fontkit.create(bytes);
    const reduced = fontkit.create(subset);
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const a = original.glyphForCodePoint(cp);
      const b = reduced.glyphForCodePoint(cp);
      expect([ch, b.id]).toEqual([ch, a.id]);
      expect([ch, b.path.toSVG()]).toEqual([ch, a.path.toSVG()]);
    }
  });

  it('empties the glyphs not printed and is a small fraction of the font', () => {
    const reduced = fontkit.create(subset);
    const unused = whole.glyphOf('Q'.codePointAt(0) ?? 0);
    expect(reduced.getGlyph(unused).path.toSVG()).toBe('');
    expect(subset.length).toBeLessThan(bytes.length / 4);
  });

  it('keeps glyph ids, metrics and the cmap as they were', () => {
    const reread = readTrueType(subset);
    for (const ch of 'ĐđƯưỳ0') {
      const cp = ch.codePointAt(0) ?? 0;
      expect(reread.glyphOf(cp)).toBe(whole.glyphOf(cp));
      expect(reread.advanceOf(reread.glyphOf(cp))).toBe(whole.advanceOf(whole.glyphOf(cp)));
    }
  });
});
