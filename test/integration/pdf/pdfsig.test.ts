import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../electron/pdf/inspectPdf';
import type { PdfSignatureFact } from '../../../electron/pdf/pdfFacts';
import { signPdf } from '../../../electron/pdf/signPdf';
import {
  aSamplePdf,
  aSignedPdf,
  aTempDir,
  flipByte,
  requireTool,
  run,
  type TempDir,
  withXrefStream,
} from '../../unit/pdf/builders';

/** One signature as poppler's pdfsig reports it. */
interface PopplerSignature {
  commonName: string | undefined;
  signingTime: string | undefined;
  ranges: number[];
  totalDocumentSigned: boolean;
  validation: string | undefined;
}

function field(block: string, label: string): string | undefined {
  return new RegExp(`- ${label}: (.*)`).exec(block)?.[1]?.trim();
}

/** Runs pdfsig without OCSP, in UTC so its signing time can be compared with ours. */
function pdfsig(file: string): PopplerSignature[] {
  const out = run(requireTool('pdfsig'), ['-no-ocsp', '-nocert', file], { TZ: 'UTC' });
  return out
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      commonName: field(block, 'Signer Certificate Common Name'),
      signingTime: field(block, 'Signing Time'),
      ranges: [...(field(block, 'Signed Ranges') ?? '').matchAll(/\d+/g)].map((m) => Number(m[0])),
      totalDocumentSigned: /- Total document signed/.test(block),
      validation: field(block, 'Signature Validation'),
    }));
}

/** pdfsig prints ranges as [a - a+b], [c - c+d]. */
function asPopplerRanges([a, b, c, d]: PdfSignatureFact['byteRange']): number[] {
  return [a, a + b, c, c + d];
}

/** pdfsig prints the time as `Mar 15 2026 02:30:00` in the TZ given. */
function asPopplerTime(iso: string | null): string {
  const d = new Date(iso ?? Number.NaN);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const p = (n: number) => String(n).padStart(2, '0');
  return `${month} ${p(d.getUTCDate())} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function expectAgreement(ours: PdfSignatureFact[], theirs: PopplerSignature[]): void {
  expect(theirs).toHaveLength(ours.length);
  ours.forEach((sig, i) => {
    const p = theirs[i]!;
    expect(p.commonName).toBe(sig.signerName);
    expect(p.signingTime).toBe(asPopplerTime(sig.signingTime));
    expect(p.ranges).toEqual(asPopplerRanges(sig.byteRange));
    expect(p.totalDocumentSigned).toBe(sig.coversWholeFile);
    const valid = sig.digestMatches && sig.signatureValid;
    expect(p.validation).toBe(valid ? 'Signature is Valid.' : 'Digest Mismatch.');
  });
}

let dir: TempDir;
let signed: Buffer;
beforeAll(async () => {
  requireTool('pdfsig');
  dir = aTempDir();
  signed = await aSignedPdf();
});
afterAll(() => dir?.remove());

describe('signature findings agree with poppler pdfsig -no-ocsp', () => {
  it('on a freshly signed PDF: signer, time, ranges, total document signed, signature valid', async () => {
    const file = dir.write('signed.pdf', signed);
    const theirs = pdfsig(file);
    expect(theirs[0]).toMatchObject({ totalDocumentSigned: true, validation: 'Signature is Valid.' });
    expectAgreement((await inspectPdf(file)).signatures, theirs);
  });

  it('on a PDF signed twice: the first signature is not total, both are valid', async () => {
    const twice = await signPdf(signed, {
      signerName: 'Trần Thị Bình',
      signingTime: new Date('2026-03-16T03:00:00Z'),
    });
    const file = dir.write('twice.pdf', twice);
    const theirs = pdfsig(file);
    expect(theirs.map((s) => s.totalDocumentSigned)).toEqual([false, true]);
    expectAgreement((await inspectPdf(file)).signatures, theirs);
  });

  it('on a PDF with one byte flipped in the signed range: both report a digest mismatch', async () => {
    const file = dir.write('flipped.pdf', flipByte(signed, 200));
    const theirs = pdfsig(file);
    expect(theirs[0]?.validation).toBe('Digest Mismatch.');
    expectAgreement((await inspectPdf(file)).signatures, theirs);
  });

  it('on a PDF with bytes appended after signing: both say the document is not totally signed', async () => {
    const file = dir.write('appended.pdf', Buffer.concat([signed, Buffer.from('\n%%EOF\n')]));
    const theirs = pdfsig(file);
    expect(theirs[0]?.totalDocumentSigned).toBe(false);
    expectAgreement((await inspectPdf(file)).signatures, theirs);
  });

  it('on a signed PDF that uses a cross-reference stream', async () => {
    const base = await withXrefStream(await aSamplePdf());
    const file = dir.write('xref-stream.pdf', await signPdf(base, { signerName: 'Lê Văn Cường' }));
    const theirs = pdfsig(file);
    expect(theirs[0]).toMatchObject({ commonName: 'Lê Văn Cường', validation: 'Signature is Valid.' });
    expectAgreement((await inspectPdf(file)).signatures, theirs);
  });

  it('on an unsigned PDF: neither finds a signature', async () => {
    const file = dir.write('unsigned.pdf', await aSamplePdf());
    expect(pdfsig(file)).toEqual([]);
    expect((await inspectPdf(file)).signatures).toEqual([]);
  });
});
