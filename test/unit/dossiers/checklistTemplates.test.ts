import { describe, expect, it } from 'vitest';
import { CONTENT_REQUIREMENTS, DEFAULT_TEMPLATES } from '../../../shared/dossiers/checklistTemplates';
import { CONTENT_KINDS } from '../../../shared/dossiers/contentKinds';

describe('default checklist templates (DOMAIN.md, "The dossier")', () => {
  it('start every kind with the tờ trình, signed and stamped, and end with the four content requirements', () => {
    for (const kind of CONTENT_KINDS) {
      const entries = DEFAULT_TEMPLATES[kind];
      expect(entries[0]).toMatchObject({
        code: 'submission',
        label: 'Tờ trình',
        required: true,
        mustBeSigned: true,
      });
      expect(entries.slice(-4)).toEqual(CONTENT_REQUIREMENTS);
    }
    expect(CONTENT_REQUIREMENTS.map((e) => e.label)).toEqual([
      'Căn cứ pháp lý',
      'Căn cứ thực tiễn',
      'Trình tự, thủ tục và thẩm quyền ban hành',
      'Ý kiến tham mưu, đề xuất rõ ràng',
    ]);
  });

  it('asks a legal normative document for its appraisal report, comment synthesis and impact assessment', () => {
    const codes = DEFAULT_TEMPLATES['legal-normative'].map((e) => e.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'draft',
        'appraisal-report',
        'comment-synthesis',
        'impact-assessment',
        'coordination-opinions',
      ]),
    );
  });

  it('uses each code once per template and NFC labels', () => {
    for (const kind of CONTENT_KINDS) {
      const codes = DEFAULT_TEMPLATES[kind].map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of DEFAULT_TEMPLATES[kind]) expect(e.label).toBe(e.label.normalize('NFC'));
    }
  });
});
