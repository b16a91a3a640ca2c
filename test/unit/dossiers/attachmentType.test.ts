import { describe, expect, it } from 'vitest';
import { sniffMime } from '../../../electron/store/mime';
import { attachRefusal, EXECUTABLE_MIME, PDF_MIME } from '../../../shared/dossiers/attachmentType';
import { preflightFindings } from '../../../shared/packages/preflight';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const draft = { label: 'Dự thảo quyết định', mustBeSigned: false };
const submission = { label: 'Tờ trình', mustBeSigned: true };

describe('what may be attached, judged by the bytes', () => {
  it('sniffs programs from their first bytes whatever their name says', () => {
    expect(sniffMime(Buffer.from('MZ\x90\x00', 'latin1'), 'Dự thảo.pdf')).toBe(EXECUTABLE_MIME);
    expect(sniffMime(Buffer.from('\x7fELF\x02\x01', 'latin1'), 'a.docx')).toBe(EXECUTABLE_MIME);
    expect(sniffMime(Buffer.from('#!/bin/sh\n', 'latin1'), 'a.txt')).toBe(EXECUTABLE_MIME);
    expect(sniffMime(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'x.pdf')).toBe(EXECUTABLE_MIME);
    expect(sniffMime(Buffer.from('%PDF-1.7\n', 'latin1'), 'scan.bin')).toBe(PDF_MIME);
  });

  it('refuses a program on any entry', () => {
    expect(attachRefusal({ name: 'setup.exe', mime: EXECUTABLE_MIME }, draft)?.code).toBe(
      'attachment-executable',
    );
  });

  it('refuses a file named .pdf whose bytes are not a PDF, and says what they are', () => {
    const r = attachRefusal({ name: 'Bao cao.PDF', mime: 'image/png' }, draft);
    expect(r?.code).toBe('attachment-pdf-name-mismatch');
    expect(r?.vi).toContain('một tệp ảnh');
  });

  it('takes only a PDF on an entry that must be signed, and any document elsewhere', () => {
    expect(attachRefusal({ name: 'To trinh.docx', mime: DOCX }, submission)?.code).toBe('attachment-not-pdf');
    expect(attachRefusal({ name: 'To trinh.pdf', mime: PDF_MIME }, submission)).toBeNull();
    expect(attachRefusal({ name: 'Du thao.docx', mime: DOCX }, draft)).toBeNull();
  });

  it('makes the pre-flight report a mismatched file that was attached before the check existed', () => {
    const findings = preflightFindings({
      meetingId: 1,
      items: [
        {
          id: 3,
          position: 1,
          title: 'Quyết định giao đất',
          entries: [
            {
              id: 9,
              label: 'Dự thảo quyết định',
              entryKind: 'document',
              required: true,
              mustBeSigned: false,
              state: 'draft',
              attachments: [
                {
                  id: 21,
                  name: 'Dự thảo.pdf',
                  sha256: 'b'.repeat(64),
                  signatures: null,
                  mime: EXECUTABLE_MIME,
                },
              ],
            },
          ],
        },
      ],
      files: new Map(),
      deadline: null,
      now: { date: '2026-12-01', time: '09:00' },
    });
    expect(findings.map((f) => [f.code, f.key])).toEqual([
      ['file-type-mismatch', 'file-type-mismatch:attachment:21'],
    ]);
    expect(findings[0]?.vi).toContain('Nội dung 1 "Quyết định giao đất": "Dự thảo.pdf" là một chương trình');
  });
});
