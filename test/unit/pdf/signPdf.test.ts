import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectPdfBuffer } from '../../../electron/pdf/inspectPdf';
import { signPdf } from '../../../electron/pdf/signPdf';
import { makeTestSigner } from '../../../electron/pdf/testSigner';
import { anEncryptedLookingPdf, aSamplePdf, SIGNING_TIME } from './builders';

describe('signPdf', () => {
  it('keeps every original byte and appends the signature as an incremental update', async () => {
    const original = await aSamplePdf();
    const signed = await signPdf(original, { signerName: 'Võ Thị Hồng', signingTime: SIGNING_TIME });
    expect(signed.subarray(0, original.length).equals(original)).toBe(true);
    expect(signed.length).toBeGreaterThan(original.length + 16_384);
    expect(signed.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('signs with a given key and certificate instead of the test identity', async () => {
    const { key, certificate } = makeTestSigner('Cơ quan chủ trì');
    const signed = await signPdf(await aSamplePdf(), { signerName: 'tên trong từ điển', key, certificate });
    const [sig] = (await inspectPdfBuffer(signed)).signatures;
    // The certificate names the signer; the /Name entry is only a fallback.
    expect(sig).toMatchObject({ signerName: 'Cơ quan chủ trì', signatureValid: true, digestMatches: true });
  });

  it('reuses the cached test identity for the same name within a process', () => {
    expect(makeTestSigner('Đặng Văn Em')).toBe(makeTestSigner('Đặng Văn Em'));
    expect(makeTestSigner('Đặng Văn Em').certificate).not.toBe(makeTestSigner('Đỗ Thị Giang').certificate);
  });

  it('refuses a key without its certificate', async () => {
    const { key } = makeTestSigner('Bùi Văn Hải');
    await expect(signPdf(await aSamplePdf(), { signerName: 'x', key })).rejects.toMatchObject({
      code: 'pdf.sign.failed',
    });
  });

  it('refuses an encrypted PDF, a non-PDF and a signature too big for its placeholder', async () => {
    await expect(signPdf(anEncryptedLookingPdf(), { signerName: 'x' })).rejects.toMatchObject({
      code: 'pdf.sign.failed',
    });
    await expect(signPdf(Buffer.from('not a pdf'), { signerName: 'x' })).rejects.toMatchObject({
      code: 'pdf.sign.failed',
    });
    await expect(
      signPdf(await aSamplePdf(), { signerName: 'x', signatureLength: 100 }),
    ).rejects.toMatchObject({
      code: 'pdf.sign.failed',
    });
  });

  it('adds its field to an existing form (an indirect AcroForm with other fields) and keeps them', async () => {
    const doc = await PDFDocument.load(await aSamplePdf());
    doc.getForm().createTextField('so_van_ban').addToPage(doc.getPage(0), { x: 50, y: 50 });
    const withForm = Buffer.from(await doc.save({ useObjectStreams: false }));
    const signed = await signPdf(withForm, { signerName: 'Lý Thị Kim', signingTime: SIGNING_TIME });
    const [sig] = (await inspectPdfBuffer(signed)).signatures;
    expect(sig).toMatchObject({ coversWholeFile: true, digestMatches: true, signatureValid: true });
    const reread = await PDFDocument.load(signed);
    expect(
      reread
        .getForm()
        .getFields()
        .map((f) => f.getName()),
    ).toEqual(['so_van_ban', 'Chữ ký 2']);
  });
});
