import { describe, expect, it } from 'vitest';
import { parseCmsSignedData } from '../../../electron/pdf/cms';
import { childrenOf, readTlv } from '../../../electron/pdf/der';
import { inspectPdfBuffer } from '../../../electron/pdf/inspectPdf';
import { aSignedPdf, SIGNER } from './builders';

/** The signed sample's /Contents: the CMS blob and where its hex sits in the file. */
async function signedWithCms() {
  const pdf = await aSignedPdf();
  const [sig] = (await inspectPdfBuffer(pdf)).signatures;
  const [, b, c] = sig!.byteRange;
  const cms = Buffer.from(pdf.subarray(b + 1, c - 1).toString('latin1'), 'hex');
  return { pdf, cms, hexStart: b + 1, hexEnd: c - 1 };
}

/** Rewrites ContentInfo and its [0] wrapper with BER indefinite lengths, the way NSS writes them. */
function toIndefiniteOuterLayers(der: Buffer): Buffer {
  const outer = readTlv(der, 0);
  const [oid, explicit] = childrenOf(der, outer);
  const [signedData] = childrenOf(der, explicit!);
  return Buffer.concat([
    Buffer.from([0x30, 0x80]),
    der.subarray(oid!.start, oid!.end),
    Buffer.from([0xa0, 0x80]),
    der.subarray(signedData!.start, signedData!.end),
    Buffer.from([0, 0, 0, 0]),
  ]);
}

describe('parseCmsSignedData', () => {
  it('reads the signer, digest algorithm, signing time and message digest of a detached signature', async () => {
    const { cms } = await signedWithCms();
    const parsed = parseCmsSignedData(cms);
    expect(parsed.hasEncapContent).toBe(false);
    expect(parsed.certificates.map((c) => c.commonName)).toEqual([SIGNER]);
    expect(parsed.signers).toHaveLength(1);
    expect(parsed.signers[0]).toMatchObject({ digest: 'sha256', signingTime: '2026-03-15T02:30:00.000Z' });
    expect(parsed.signers[0]?.messageDigest).toHaveLength(32);
    expect(parsed.signers[0]?.signedAttrsDer?.[0]).toBe(0x31);
  });

  it('verifies a signature whose CMS uses BER indefinite lengths for its outer layers', async () => {
    const { pdf, cms, hexStart, hexEnd } = await signedWithCms();
    const ber = toIndefiniteOuterLayers(cms.subarray(0, readTlv(cms, 0).end));
    const rewritten = Buffer.from(pdf);
    rewritten.fill('0', hexStart, hexEnd, 'latin1');
    rewritten.write(ber.toString('hex'), hexStart, 'latin1');
    const [sig] = (await inspectPdfBuffer(rewritten)).signatures;
    expect(sig).toMatchObject({ signerName: SIGNER, digestMatches: true, signatureValid: true });
  });

  it('rejects truncated or non-CMS bytes with an error, not a crash', () => {
    expect(() => parseCmsSignedData(Buffer.from([0x30, 0x82, 0x10]))).toThrow(/DER/);
    expect(() => parseCmsSignedData(Buffer.from([0x30, 0x80, 0x02, 0x01, 0x01]))).toThrow(/end-of-contents/);
    expect(() => parseCmsSignedData(Buffer.from('3003020101', 'hex'))).toThrow(/CMS/);
  });

  it('refuses absurd nesting instead of exhausting the stack', () => {
    const deep = Buffer.concat([
      Buffer.alloc(200, 0x30).map((_, i) => (i % 2 ? 0x80 : 0x30)),
      Buffer.alloc(200, 0),
    ]);
    expect(() => readTlv(deep, 0)).toThrow(/nesting/);
  });
});
