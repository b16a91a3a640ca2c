import { describe, expect, it } from 'vitest';
import { signatureMessages } from '../../../renderer/i18n/signatureMessages';
import { bestSignatureState, SIGNATURE_STATE_TEXT } from '../../../shared/packages/signatureState';
import { TRUST_TEXT } from '../../../shared/signatures/trust';

describe('one verdict per document, in one set of words', () => {
  it('lets the best file of a document speak: trusted, then valid but not trusted, then the rest', () => {
    expect(bestSignatureState(['unsigned', 'untrusted', 'invalid'])).toBe('untrusted');
    expect(bestSignatureState(['invalid', 'trusted'])).toBe('trusted');
    expect(bestSignatureState(['unreadable', 'unsigned'])).toBe('unsigned');
    expect(bestSignatureState(['unsigned', 'invalid', 'not-whole-file'])).toBe('not-whole-file');
    expect(bestSignatureState([])).toBeNull();
  });

  it('says "valid but not trusted" and "invalid" in the same words on every screen', () => {
    expect(SIGNATURE_STATE_TEXT.untrusted).toEqual(TRUST_TEXT.untrusted);
    expect(SIGNATURE_STATE_TEXT.invalid).toEqual(TRUST_TEXT.invalid);
    expect(signatureMessages['sig.verdict.untrusted']).toEqual(TRUST_TEXT.untrusted);
    expect(SIGNATURE_STATE_TEXT.untrusted.vi).toBe('Chữ ký số hợp lệ nhưng chưa được tin cậy');
    // Never "signed" alone: the trusted words name the trust too.
    expect(SIGNATURE_STATE_TEXT.trusted).toEqual({
      vi: 'Đã ký số, chữ ký tin cậy',
      en: 'Signed, trusted signature',
    });
  });
});
