import { describe, expect, it } from 'vitest';
import { inspectPdfBuffer, MAX_SIGNATURES } from '../../../electron/pdf/inspectPdf';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { signPdf } from '../../../electron/pdf/signPdf';

/** A signed PDF with `extra` appended after its %%EOF (an incremental-update-looking tail). */
async function signedWithTail(extra: string): Promise<Buffer> {
  const signed = await signPdf(await makeSamplePdf({ title: 'Tờ trình' }), { signerName: 'Nguyễn Văn A' });
  return Buffer.concat([signed, Buffer.from(`\n% ${extra}\n%%EOF\n`, 'latin1')]);
}

describe('a PDF that floods the scanner with signature ranges', () => {
  it('checks one repeated range once, however many times the file repeats it', async () => {
    const signed = await signPdf(await makeSamplePdf({ title: 'Tờ trình' }), { signerName: 'Nguyễn Văn A' });
    const range = /\/ByteRange\s*\[[^\]]*\]/.exec(signed.toString('latin1'))?.[0] ?? '';
    expect(range).not.toBe('');
    const started = Date.now();
    const facts = await inspectPdfBuffer(
      Buffer.concat([signed, Buffer.from(`\n% ${range.repeat(2000)}\n%%EOF\n`)]),
    );
    expect(facts.signatures).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops after a bounded number of distinct ranges and says the file may be forged', async () => {
    const ranges = Array.from({ length: 200 }, (_, i) => `/ByteRange [0 ${10 + i} ${20 + i} 5]`).join(' ');
    const facts = await inspectPdfBuffer(await signedWithTail(ranges));
    expect(facts.signatures.length).toBe(MAX_SIGNATURES);
    expect(facts.error?.code).toBe('pdf.tooManySignatures');
    expect(facts.error?.vi).toContain('vùng ký');
  });
});
