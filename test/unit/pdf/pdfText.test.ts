import { describe, expect, it } from 'vitest';
import { isoToPdfDate, pdfDateToIso } from '../../../electron/pdf/pdfDate';
import { decodePdfString, encodeTextString } from '../../../electron/pdf/pdfString';

describe('PDF dates', () => {
  it("reads a Hà Nội local time (+07'00') as the UTC instant seven hours earlier", () => {
    expect(pdfDateToIso("D:20260315093000+07'00'")).toBe('2026-03-15T02:30:00.000Z');
  });

  it('crosses midnight and the year boundary when converting to UTC', () => {
    expect(pdfDateToIso("D:20260101050000+07'00'")).toBe('2025-12-31T22:00:00.000Z');
    expect(pdfDateToIso("D:20251231200000-05'00'")).toBe('2026-01-01T01:00:00.000Z');
  });

  it('accepts Z, a missing zone and a date without time', () => {
    expect(pdfDateToIso('D:20260315023000Z')).toBe('2026-03-15T02:30:00.000Z');
    expect(pdfDateToIso('D:20260315023000')).toBe('2026-03-15T02:30:00.000Z');
    expect(pdfDateToIso('D:20260315')).toBe('2026-03-15T00:00:00.000Z');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(pdfDateToIso('D:20260231120000Z')).toBeNull();
    expect(pdfDateToIso('D:20261301120000Z')).toBeNull();
    expect(pdfDateToIso('yesterday')).toBeNull();
  });

  it('writes an instant as a UTC PDF date', () => {
    expect(isoToPdfDate(new Date('2026-03-15T02:30:05Z'))).toBe('D:20260315023005Z');
  });
});

describe('PDF strings', () => {
  it('round-trips Vietnamese text through a UTF-16BE hex string', () => {
    const hex = encodeTextString('Nguyễn Thị Ánh');
    expect(hex.startsWith('<feff')).toBe(true);
    expect(decodePdfString(hex)).toBe('Nguyễn Thị Ánh');
  });

  it('keeps ASCII one byte per character', () => {
    expect(encodeTextString('Signature1')).toBe('<5369676e617475726531>');
  });

  it('decodes literal strings with escapes, octal codes and nested parentheses', () => {
    expect(decodePdfString(String.raw`(a\(b\)c\\d\101\n)`)).toBe('a(b)c\\dA\n');
  });

  it('decodes a literal UTF-16BE string with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Tờ', 'utf16le').swap16()]);
    expect(decodePdfString(`(${bytes.toString('latin1')})`)).toBe('Tờ');
  });
});
