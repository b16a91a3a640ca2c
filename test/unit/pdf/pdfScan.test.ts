import { describe, expect, it } from 'vitest';
import { bufferSource } from '../../../electron/pdf/byteSource';
import { scanPdf } from '../../../electron/pdf/pdfScan';
import { aSignedPdf } from './builders';

function pdfText(body: string): Buffer {
  return Buffer.from(body, 'latin1');
}

describe('scanPdf', () => {
  it('finds the same tokens whatever the chunk size, including tokens split across chunks', async () => {
    const signed = await aSignedPdf();
    const whole = await scanPdf(bufferSource(signed));
    expect(whole.byteRanges).toHaveLength(1);
    expect(whole.pageObjects).toBe(3);
    for (const size of [97, 1000, 4096]) {
      expect(await scanPdf(bufferSource(signed), size)).toEqual(whole);
    }
  });

  it('counts a page rewritten by an incremental update once', async () => {
    const text = pdfText(
      '%PDF-1.7\n3 0 obj\n<< /Type /Page >>\nendobj\n4 0 obj\n<< /Type /Pages /Count 1 >>\nendobj\n' +
        '3 0 obj\n<< /Type /Page /Annots [9 0 R] >>\nendobj\n%%EOF\n',
    );
    expect((await scanPdf(bufferSource(text), 5)).pageObjects).toBe(1);
  });

  it('does not take /Pages for a page even when the chunk ends right after /Page', async () => {
    const head = '%PDF-1.7\n4 0 obj\n<< /Type /Page';
    const text = pdfText(`${head}s /Count 0 >>\nendobj\n`);
    expect((await scanPdf(bufferSource(text), head.length)).pageObjects).toBe(0);
  });

  it('reads every /ByteRange with its four numbers and offset', async () => {
    const text = pdfText('%PDF-1.7\n<< /ByteRange [0 10 20 30] >>\n<< /ByteRange[ 0 1 2 3 ] >>\n');
    const scan = await scanPdf(bufferSource(text), 11);
    expect(scan.byteRanges).toEqual([
      { offset: 12, range: [0, 10, 20, 30] },
      { offset: 42, range: [0, 1, 2, 3] },
    ]);
  });

  it('stays linear on long digit runs (a zero-filled /Contents, or a hostile file)', async () => {
    const text = pdfText(`%PDF-1.7\n1 0 obj\n<< /Contents <${'0'.repeat(400_000)}> >>\nendobj\n`);
    const started = performance.now();
    await scanPdf(bufferSource(text));
    // Quadratic backtracking over 400 000 digits takes minutes; a linear scan takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
