import { describe, expect, it } from 'vitest';
import {
  type PreflightEntry,
  type PreflightInput,
  preflightFindings,
  unconfirmed,
} from '../../../shared/packages/preflight';
import { signatureStateOf } from '../../../shared/packages/signatureState';

const validSignature = {
  signerName: 'Giám đốc Sở Tư pháp',
  signingTime: '2026-11-20T02:00:00Z',
  coversWholeFile: true,
  digestMatches: true,
  signatureValid: true,
  trust: 'trusted' as const,
};

function anEntry(overrides: Partial<PreflightEntry> = {}): PreflightEntry {
  return {
    id: 1,
    label: 'Tờ trình',
    entryKind: 'document',
    required: true,
    mustBeSigned: false,
    state: 'final',
    attachments: [{ id: 10, name: 'to-trinh.pdf', sha256: 'a'.repeat(64), signatures: [validSignature] }],
    ...overrides,
  };
}

function anInput(entries: PreflightEntry[], overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    meetingId: 7,
    items: [{ id: 3, position: 2, title: 'Dự thảo Quyết định', entries }],
    files: new Map(),
    // Chairman session Thu 2026-12-17: signed documents due Mon 2026-12-14 at 17:00 (DOMAIN.md).
    deadline: { due: '2026-12-14', dueTime: '17:00' },
    now: { date: '2026-12-10', time: '09:00' },
    ...overrides,
  };
}

const codes = (input: PreflightInput) => preflightFindings(input).map((f) => f.code);

describe('pre-flight before a package leaves', () => {
  it('finds nothing when every required document is there, signed where it must be, before the deadline', () => {
    expect(preflightFindings(anInput([anEntry({ mustBeSigned: true })]))).toEqual([]);
  });

  it('names a required document without a file, but not an optional one', () => {
    const findings = preflightFindings(
      anInput([
        anEntry({ id: 4, label: 'Báo cáo thẩm định', attachments: [] }),
        anEntry({ id: 5, required: false, attachments: [] }),
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      key: 'required-document-missing:entry:4',
      code: 'required-document-missing',
      itemId: 3,
      entryId: 4,
    });
    expect(findings[0]?.vi).toContain(
      'Nội dung 2 "Dự thảo Quyết định": thiếu tài liệu bắt buộc "Báo cáo thẩm định"',
    );
  });

  it('names a required content requirement still marked missing', () => {
    const entry = anEntry({
      id: 9,
      entryKind: 'content-requirement',
      label: 'Căn cứ pháp lý',
      state: 'missing',
      attachments: [],
    });
    expect(codes(anInput([entry]))).toEqual(['content-requirement-missing']);
    expect(codes(anInput([{ ...entry, state: 'final' }]))).toEqual([]);
  });

  it('wants a valid signature covering the whole file on an entry that must be signed', () => {
    const unsigned = anEntry({
      mustBeSigned: true,
      attachments: [{ id: 11, name: 'a.pdf', sha256: 'b'.repeat(64), signatures: [] }],
    });
    expect(codes(anInput([unsigned]))).toEqual(['signature-missing']);
    const extended = anEntry({
      mustBeSigned: true,
      attachments: [
        {
          id: 12,
          name: 'a.pdf',
          sha256: 'b'.repeat(64),
          signatures: [{ ...validSignature, coversWholeFile: false }],
        },
      ],
    });
    expect(codes(anInput([extended]))).toEqual(['signature-missing']);
    const docx = anEntry({
      mustBeSigned: true,
      attachments: [{ id: 13, name: 'a.docx', sha256: 'c'.repeat(64), signatures: null }],
    });
    expect(codes(anInput([docx]))).toEqual(['signature-missing']);
    // One valid signed PDF among others is enough.
    const mixed = anEntry({
      mustBeSigned: true,
      attachments: [...docx.attachments, ...anEntry().attachments],
    });
    expect(codes(anInput([mixed]))).toEqual([]);
  });

  it('names the best file’s verdict in the words of the cover sheet when no file is trusted', () => {
    const expired = anEntry({
      mustBeSigned: true,
      attachments: [
        {
          id: 15,
          name: 'a.pdf',
          sha256: 'e'.repeat(64),
          signatures: [{ ...validSignature, trust: 'invalid' }],
        },
        { id: 16, name: 'b.pdf', sha256: 'f'.repeat(64), signatures: [] },
      ],
    });
    const [finding] = preflightFindings(anInput([expired]));
    expect(finding?.code).toBe('signature-missing');
    expect(finding?.vi).toContain(
      'không có tệp PDF nào mang chữ ký số tin cậy bao trùm toàn bộ tệp (Chữ ký số không hợp lệ).',
    );
    expect(finding?.en).toContain(
      'no file carries a trusted digital signature covering the whole file (Invalid signature).',
    );
    const docxOnly = anEntry({
      mustBeSigned: true,
      attachments: [{ id: 17, name: 'a.docx', sha256: 'c'.repeat(64), signatures: null }],
    });
    expect(preflightFindings(anInput([docxOnly]))[0]?.en).toMatch(/covering the whole file\.$/);
  });

  it('says an unreadable PDF is unreadable, not unsigned', () => {
    const damaged = anEntry({
      mustBeSigned: true,
      attachments: [
        {
          id: 18,
          name: 'a.pdf',
          sha256: 'd'.repeat(64),
          signatures: [],
          problem: { code: 'pdf.unreadable' },
        },
      ],
    });
    const [finding] = preflightFindings(anInput([damaged]));
    expect(finding?.code).toBe('signature-missing');
    expect(finding?.en).toContain('(Unreadable PDF).');
    expect(finding?.vi).toContain('(PDF không đọc được).');
  });

  it('warns apart about an intact signature that is not trusted', () => {
    const selfSigned = anEntry({
      mustBeSigned: true,
      attachments: [
        {
          id: 14,
          name: 'a.pdf',
          sha256: 'd'.repeat(64),
          signatures: [{ ...validSignature, trust: 'untrusted' }],
        },
      ],
    });
    expect(codes(anInput([selfSigned]))).toEqual(['signature-untrusted']);
  });

  it('names each attachment whose stored file changed or is gone', () => {
    const entry = anEntry({
      attachments: [
        { id: 20, name: 'a.pdf', sha256: '1'.repeat(64), signatures: [] },
        { id: 21, name: 'b.pdf', sha256: '2'.repeat(64), signatures: [] },
        { id: 22, name: 'c.pdf', sha256: '3'.repeat(64), signatures: [] },
      ],
    });
    const files = new Map([
      ['1'.repeat(64), 'changed' as const],
      ['2'.repeat(64), 'missing' as const],
      ['3'.repeat(64), 'ok' as const],
    ]);
    const findings = preflightFindings(anInput([entry], { files }));
    expect(findings.map((f) => f.key)).toEqual(['file-changed:attachment:20', 'file-missing:attachment:21']);
  });

  it('says the deadline has passed the day after it, and on the day once office hours are over', () => {
    const entries = [anEntry()];
    expect(codes(anInput(entries, { now: { date: '2026-12-14', time: '16:59' } }))).toEqual([]);
    expect(codes(anInput(entries, { now: { date: '2026-12-14', time: '17:01' } }))).toEqual([
      'deadline-passed',
    ]);
    expect(codes(anInput(entries, { now: { date: '2026-12-15', time: '08:00' } }))).toEqual([
      'deadline-passed',
    ]);
    const [finding] = preflightFindings(anInput(entries, { now: { date: '2026-12-15', time: '08:00' } }));
    expect(finding?.key).toBe('deadline-passed:meeting:7:2026-12-14');
    expect(finding?.vi).toContain('17:00 14/12/2026');
    expect(codes(anInput(entries, { deadline: null, now: { date: '2027-01-01', time: '08:00' } }))).toEqual(
      [],
    );
  });

  it('names the legitimate reason recorded for late documents beside the passed deadline', () => {
    const input = anInput([anEntry()], { now: { date: '2026-12-15', time: '08:00' } });
    const item = { ...input.items[0], id: 3, position: 2, title: 'Dự thảo Quyết định', entries: [anEntry()] };
    const [finding] = preflightFindings({
      ...input,
      items: [{ ...item, lateReason: 'Chờ ý kiến thẩm định của Sở Tư pháp' }],
    });
    expect(finding?.code).toBe('deadline-passed');
    expect(finding?.vi).toContain(
      'Lý do chính đáng đã ghi — nội dung 2: Chờ ý kiến thẩm định của Sở Tư pháp.',
    );
    expect(finding?.en).toContain('Legitimate reason recorded — item 2');
  });

  it('keeps the same key for the same problem, so a confirmation can name it, and reports what is not confirmed', () => {
    const input = anInput([anEntry({ id: 4, attachments: [] })], {
      now: { date: '2026-12-15', time: '08:00' },
    });
    const first = preflightFindings(input);
    expect(preflightFindings(input).map((f) => f.key)).toEqual(first.map((f) => f.key));
    expect(unconfirmed(first, [first[0]?.key ?? '']).map((f) => f.code)).toEqual([
      'required-document-missing',
    ]);
    expect(
      unconfirmed(
        first,
        first.map((f) => f.key),
      ),
    ).toEqual([]);
  });
});

describe('signature state of a document', () => {
  it('tells trusted, untrusted, partial, invalid, unsigned, unreadable and non-PDF apart', () => {
    expect(signatureStateOf({ signatures: [validSignature], problem: null })).toBe('trusted');
    expect(signatureStateOf({ signatures: [{ ...validSignature, trust: 'untrusted' }], problem: null })).toBe(
      'untrusted',
    );
    expect(signatureStateOf({ signatures: [{ ...validSignature, trust: 'invalid' }], problem: null })).toBe(
      'invalid',
    );
    expect(
      signatureStateOf({ signatures: [{ ...validSignature, coversWholeFile: false }], problem: null }),
    ).toBe('not-whole-file');
    expect(
      signatureStateOf({ signatures: [{ ...validSignature, digestMatches: false }], problem: null }),
    ).toBe('invalid');
    expect(signatureStateOf({ signatures: [], problem: null })).toBe('unsigned');
    expect(signatureStateOf({ signatures: [], problem: { code: 'pdf-damaged' } })).toBe('unreadable');
    expect(signatureStateOf(null)).toBe('not-pdf');
  });
});
