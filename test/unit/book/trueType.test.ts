import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { readTrueType } from '../../../electron/book/trueType';
import { fontPath } from '../../../electron/pdf/fontPath';

const VIETNAMESE =
  'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ' +
  'AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴ0123456789 .,:;/·—–“”’()';

describe('reading the book font’s tables', () => {
  const bytes = readFileSync(fontPath());
  const ours = readTrueType(bytes);
  const reference = fontkit.create(bytes);

  it('finds the same glyph and advance as fontkit for every Vietnamese letter, digit and mark used', () => {
    for (const ch of VIETNAMESE) {
      const cp = ch.codePointAt(0) ?? 0;
      const glyph = reference.glyphForCodePoint(cp);
      expect([ch, ours.glyphOf(cp)]).toEqual([ch, glyph.id]);
      expect([ch, ours.advanceOf(ours.glyphOf(cp))]).toEqual([ch, glyph.advanceWidth]);
    }
  });

  it('reads the metrics fontkit reads', () => {
    expect(ours.unitsPerEm).toBe(reference.unitsPerEm);
    expect(ours.ascent).toBe(reference.ascent);
    expect(ours.descent).toBe(reference.descent);
    expect(ours.capHeight).toBe(reference.capHeight);
    expect(ours.bbox).toMatchObject({
      minX: reference.bbox.minX,
      minY: reference.bbox.minY,
      maxX: reference.bbox.maxX,
      maxY: reference.bbox.maxY,
    });
  });

  it('answers glyph 0 (.notdef) for a code point the font lacks', () => {
    expect(ours.glyphOf(0x4e00)).toBe(0);
  });
});
