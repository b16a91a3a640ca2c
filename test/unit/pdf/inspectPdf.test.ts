import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCmsSignedData } from '../../../electron/pdf/cms';
import { inspectPdf, inspectPdfBuffer } from '../../../electron/pdf/inspectPdf';
import { signPdf } from '../../../electron/pdf/signPdf';
import {
  anEncryptedLookingPdf,
  aSamplePdf,
  aSignedPdf,
  aTempDir,
  flipByte,
  SIGNER,
  SIGNING_TIME,
  type TempDir,
  withXrefStream,
} from './builders';

let dir: TempDir;
let unsigned: Buffer;
let signed: Buffer;
beforeAll(async () => {
  dir = aTempDir();
  unsigned = await aSamplePdf({ pages: 3 });
  signed = await aSignedPdf();
});
afterAll(() => dir.remove());

describe('inspectPdf on an unsigned PDF', () => {
  it('counts the pages and finds no signature', async () => {
    const facts = await inspectPdf(dir.write('unsigned.pdf', unsigned));
    expect(facts).toEqual({
      isPdf: true,
      pages: 3,
      pageCountSource: 'parsed',
      encrypted: false,
      signatures: [],
    });
  });

  it('counts pages of a one-page and a seven-page document alike', async () => {
    expect((await inspectPdfBuffer(await aSamplePdf({ pages: 1 }))).pages).toBe(1);
    expect((await inspectPdfBuffer(await aSamplePdf({ pages: 7 }))).pages).toBe(7);
  });
});

describe('inspectPdf on a signed PDF', () => {
  it('names the signer, the signing time and a signature that covers the whole file and verifies', async () => {
    const facts = await inspectPdf(dir.write('signed.pdf', signed));
    expect(facts.error).toBeUndefined();
    expect(facts.pages).toBe(3);
    expect(facts.signatures).toHaveLength(1);
    const [sig] = facts.signatures;
    expect(sig).toMatchObject({
      signerName: SIGNER,
      signingTime: '2026-03-15T02:30:00.000Z',
      subFilter: 'adbe.pkcs7.detached',
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      selfSigned: true,
    });
    expect(sig?.problem).toBeUndefined();
    expect(sig?.certificateSubject).toContain(`CN=${SIGNER}`);
    const [a, b, c, d] = sig!.byteRange;
    expect(a).toBe(0);
    expect(c + d).toBe(signed.length);
    expect(signed.subarray(b, b + 1).toString('latin1')).toBe('<');
  });

  it('keeps the signing time from the signed attributes, not the clock', async () => {
    const other = await aSignedPdf({ signingTime: new Date('2025-12-31T23:59:59Z') });
    const [sig] = (await inspectPdfBuffer(other)).signatures;
    expect(sig?.signingTime).toBe('2025-12-31T23:59:59.000Z');
  });

  it('reports a signature that no longer covers the file once bytes are appended after signing', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% an incremental update\n')]);
    const [sig] = (await inspectPdf(dir.write('appended.pdf', appended))).signatures;
    expect(sig).toMatchObject({ coversWholeFile: false, digestMatches: true, signatureValid: true });
  });

  it('is strict about the file end: even one trailing newline after the signed bytes breaks coverage', async () => {
    const [sig] = (await inspectPdfBuffer(Buffer.concat([signed, Buffer.from('\n')]))).signatures;
    expect(sig?.coversWholeFile).toBe(false);
  });

  it('finds both signatures after a second signing, and only the last covers the whole file', async () => {
    const twice = await signPdf(signed, {
      signerName: 'Trần Thị Bình',
      signingTime: new Date('2026-03-16T03:00:00Z'),
    });
    expect(twice.subarray(0, signed.length).equals(signed)).toBe(true);
    const facts = await inspectPdfBuffer(twice);
    expect(facts.pages).toBe(3);
    expect(
      facts.signatures.map((s) => [s.signerName, s.coversWholeFile, s.digestMatches, s.signatureValid]),
    ).toEqual([
      [SIGNER, false, true, true],
      ['Trần Thị Bình', true, true, true],
    ]);
  });

  it('detects one byte flipped inside the signed range as a digest mismatch', async () => {
    const tampered = flipByte(signed, 200);
    const [sig] = (await inspectPdf(dir.write('tampered.pdf', tampered))).signatures;
    expect(sig).toMatchObject({ coversWholeFile: true, digestMatches: false, signatureValid: true });
  });

  it('detects a tampered signature value: the digest still matches but the signature does not verify', async () => {
    const [sig] = (await inspectPdfBuffer(signed)).signatures;
    const [, b, c] = sig!.byteRange;
    const cms = parseCmsSignedData(Buffer.from(signed.subarray(b + 1, c - 1).toString('latin1'), 'hex'));
    const valueHex = cms.signers[0]!.signature.toString('hex');
    const at = signed.indexOf(valueHex, b, 'latin1') + 10;
    const tampered = Buffer.from(signed);
    tampered[at] = tampered[at] === 0x30 ? 0x31 : 0x30;
    const [after] = (await inspectPdfBuffer(tampered)).signatures;
    expect(after).toMatchObject({ digestMatches: true, signatureValid: false });
  });

  it('signs and inspects a PDF that uses a cross-reference stream', async () => {
    const streamed = await signPdf(await withXrefStream(unsigned), {
      signerName: SIGNER,
      signingTime: SIGNING_TIME,
    });
    const facts = await inspectPdfBuffer(streamed);
    expect(facts.pages).toBe(3);
    expect(facts.signatures[0]).toMatchObject({
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
    });
  });
});

describe('inspectPdf above the whole-file cap (huge files are scanned, never loaded)', () => {
  it('still verifies signatures by streaming, and estimates pages from page objects', async () => {
    const facts = await inspectPdf(dir.write('big.pdf', signed), { wholeFileCap: 1024 });
    expect(facts).toMatchObject({ isPdf: true, pages: 3, pageCountSource: 'scanned' });
    expect(facts.signatures[0]).toMatchObject({
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
    });
  });

  it('reports pages as unknown, with the reason, when page objects are compressed', async () => {
    const facts = await inspectPdfBuffer(await withXrefStream(unsigned), { wholeFileCap: 1024 });
    expect(facts.pages).toBeNull();
    expect(facts.pageCountSource).toBeNull();
    expect(facts.error?.code).toBe('pdf.pagesApproximate');
  });
});

describe('inspectPdf on bad input returns a clear error value and never throws', () => {
  it('a zero-byte file', async () => {
    const facts = await inspectPdf(dir.write('empty.pdf', Buffer.alloc(0)));
    expect(facts).toMatchObject({ isPdf: false, pages: null, signatures: [] });
    expect(facts.error?.code).toBe('pdf.empty');
    expect(facts.error?.vi).toBe('Tệp rỗng (0 byte), không phải PDF.');
  });

  it('a non-PDF renamed .pdf', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(2000, 7)]);
    const facts = await inspectPdf(dir.write('report.docx.pdf', zip));
    expect(facts.isPdf).toBe(false);
    expect(facts.error?.code).toBe('pdf.notPdf');
  });

  it('a truncated file: flagged as truncated, its signature no longer fits the file', async () => {
    // Cut inside the /Contents hex, after the /ByteRange that still promises the full length.
    const cut = signed.subarray(0, signed.length - 2000);
    const facts = await inspectPdf(dir.write('truncated.pdf', cut));
    expect(facts.isPdf).toBe(true);
    expect(facts.error?.code).toBe('pdf.truncated');
    expect(facts.signatures[0]).toMatchObject({
      coversWholeFile: false,
      digestMatches: false,
      signatureValid: false,
    });
    expect(facts.signatures[0]?.problem?.code).toBe('pdf.signature.byteRangeInvalid');
  });

  it('a PDF header followed by garbage', async () => {
    const junk = Buffer.from(`%PDF-1.7\n${'x'.repeat(500)}\n%%EOF\n`, 'latin1');
    const facts = await inspectPdfBuffer(junk);
    expect(facts.isPdf).toBe(true);
    expect(facts.pages === null || facts.pages === 0).toBe(true);
    expect(facts.error?.code).toBe('pdf.damaged');
  });

  it('an encrypted PDF: pages still counted, encryption reported', async () => {
    const facts = await inspectPdf(dir.write('encrypted.pdf', anEncryptedLookingPdf()));
    expect(facts).toMatchObject({ isPdf: true, pages: 1, encrypted: true });
    expect(facts.error?.code).toBe('pdf.encrypted');
  });

  it('a file that does not exist', async () => {
    const facts = await inspectPdf(`${dir.path}/missing.pdf`);
    expect(facts.isPdf).toBe(false);
    expect(facts.error).toMatchObject({ code: 'pdf.unreadable', detail: { reason: 'ENOENT' } });
  });

  it('a folder instead of a file', async () => {
    const facts = await inspectPdf(dir.path);
    expect(facts.error?.code).toBe('pdf.unreadable');
  });

  it('a signature placeholder that was never filled', async () => {
    const [sig] = (await inspectPdfBuffer(signed)).signatures;
    const [, b, c] = sig!.byteRange;
    const blank = Buffer.from(signed);
    blank.fill('0', b + 1, c - 1, 'latin1');
    const [after] = (await inspectPdfBuffer(blank)).signatures;
    expect(after).toMatchObject({ signerName: SIGNER, digestMatches: false, signatureValid: false });
    expect(after?.problem?.code).toBe('pdf.signature.unreadable');
  });
});
