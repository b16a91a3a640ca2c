import { describe, expect, it } from 'vitest';
import {
  type AttachmentFacts,
  entrySignatureWarnings,
  type SignatureFactView,
} from '../../../shared/dossiers/signatureCheck';

const mustSign = { mustBeSigned: true, state: 'final', label: 'Tờ trình' };
const good: SignatureFactView = {
  signerName: 'Giám đốc',
  signingTime: '2026-11-20T02:00:00Z',
  coversWholeFile: true,
  digestMatches: true,
  signatureValid: true,
  trust: 'trusted',
};
const pdf = (id: number, signatures: SignatureFactView[]): AttachmentFacts => ({
  attachmentId: id,
  name: `tệp ${id}.pdf`,
  isPdf: true,
  signatures,
});

describe('signature warnings of a checklist entry', () => {
  it('warns on an unsigned PDF of an entry that must be signed, naming the file', () => {
    const [w] = entrySignatureWarnings(mustSign, [pdf(1, [])]);
    expect([w?.code, w?.attachmentId]).toEqual(['unsigned-pdf', 1]);
    expect(w?.vi).toContain('tệp 1.pdf');
  });

  it('is satisfied by one PDF whose trusted signature covers the whole file and checks out', () => {
    expect(entrySignatureWarnings(mustSign, [pdf(1, []), pdf(2, [good])])).toEqual([]);
  });

  it('warns, with the reason, on an intact signature that is not trusted, and never counts it as signed', () => {
    const selfSigned: SignatureFactView = {
      ...good,
      trust: 'untrusted',
      reasons: [{ code: 'self-signed', vi: 'Chứng thư số tự ký.', en: 'Self-signed certificate.' }],
    };
    const [w, ...rest] = entrySignatureWarnings(mustSign, [pdf(1, [selfSigned])]);
    expect([w?.code, rest.length]).toEqual(['signature-untrusted', 0]);
    expect(w?.vi).toContain('chưa được tin cậy: Chứng thư số tự ký.');
    // A fact recorded before trust was judged reads as not trusted, too.
    const { trust: _t, ...legacy } = good;
    expect(entrySignatureWarnings(mustSign, [pdf(2, [legacy])]).map((x) => x.code)).toEqual([
      'signature-untrusted',
    ]);
  });

  it('calls an intact signature judged invalid (expired, revoked) invalid, with its reason', () => {
    const expired: SignatureFactView = {
      ...good,
      trust: 'invalid',
      reasons: [
        { code: 'expired-at-signing', vi: 'Chứng thư số đã hết hạn vào thời điểm ký.', en: 'Expired.' },
      ],
    };
    const [w] = entrySignatureWarnings(mustSign, [pdf(1, [expired])]);
    expect([w?.code, w?.vi.includes('hết hạn')]).toEqual(['signature-invalid', true]);
  });

  it('tells a signature that no longer covers the file from one that does not verify', () => {
    expect(
      entrySignatureWarnings(mustSign, [pdf(1, [{ ...good, coversWholeFile: false }])]).map((w) => w.code),
    ).toEqual(['signature-not-whole-file']);
    expect(
      entrySignatureWarnings(mustSign, [pdf(1, [{ ...good, digestMatches: false }])]).map((w) => w.code),
    ).toEqual(['signature-invalid']);
  });

  it('asks for a signed PDF when only other files are attached, and for a file when marked signed without one', () => {
    const docx: AttachmentFacts = { attachmentId: 3, name: 'a.docx', isPdf: false, signatures: null };
    expect(entrySignatureWarnings(mustSign, [docx]).map((w) => w.code)).toEqual(['no-signed-pdf']);
    expect(entrySignatureWarnings({ ...mustSign, state: 'signed' }, []).map((w) => w.code)).toEqual([
      'marked-signed-without-file',
    ]);
    expect(entrySignatureWarnings(mustSign, [])).toEqual([]);
  });

  it('never warns for an entry that need not be signed', () => {
    expect(entrySignatureWarnings({ ...mustSign, mustBeSigned: false }, [pdf(1, [])])).toEqual([]);
  });
});
