import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontCandidates, fontPath } from '../../../electron/pdf/fontPath';
import { inspectPdfBuffer } from '../../../electron/pdf/inspectPdf';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { aSamplePdf, aTempDir, pdftotext, type TempDir } from './builders';

let dir: TempDir;
beforeAll(() => {
  dir = aTempDir();
});
afterAll(() => dir.remove());

describe('makeSamplePdf', () => {
  it('writes Vietnamese text that pdftotext reads back with every diacritic', async () => {
    const pdf = await aSamplePdf({
      title: 'Tờ trình về việc ban hành Quyết định',
      lines: [
        'Ủy ban nhân dân tỉnh',
        'Nghị quyết; dự thảo; Phụ lục; kỳ họp; Đường; ưu tiên; ỵ ụ ị ọ ặ ậ ệ ộ ợ ự',
      ],
      pages: 1,
    });
    const text = pdftotext(dir.write('vi.pdf', pdf)).normalize('NFC');
    for (const phrase of [
      'Tờ trình',
      'Quyết định',
      'Ủy ban nhân dân tỉnh',
      'Nghị quyết',
      'dự thảo',
      'Phụ lục',
      'kỳ họp',
      'Đường',
      'ỵ ụ ị ọ ặ ậ ệ ộ ợ ự',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('stores decomposed (NFD) input as composed text', async () => {
    const pdf = await aSamplePdf({ title: 'Quyết định'.normalize('NFD'), lines: [], pages: 1 });
    expect(pdftotext(dir.write('nfd.pdf', pdf)).normalize('NFC')).toContain('Quyết định');
  });

  it('makes the requested number of pages, and more when the text needs them', async () => {
    expect((await inspectPdfBuffer(await aSamplePdf({ pages: 4 }))).pages).toBe(4);
    const long = Array.from({ length: 120 }, (_, i) => `Dòng ${i + 1}: nội dung tờ trình`);
    const facts = await inspectPdfBuffer(await aSamplePdf({ pages: 1, lines: long }));
    expect(facts.pages).toBeGreaterThan(1);
    const text = pdftotext(dir.write('long.pdf', await aSamplePdf({ pages: 1, lines: long })));
    expect(text).toContain('Dòng 120: nội dung tờ trình');
  });

  it('is byte-for-byte reproducible when the creation date is given', async () => {
    const a = await aSamplePdf();
    const b = await aSamplePdf();
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a font override that does not exist, naming the path', async () => {
    await expect(makeSamplePdf({ title: 'x', fontFile: '/nonexistent/font.ttf' })).rejects.toMatchObject({
      code: 'pdf.fontMissing',
      detail: { path: '/nonexistent/font.ttf' },
    });
  });
});

describe('fontPath', () => {
  it('finds the Noto Sans file from the package in development', () => {
    expect(fontPath()).toMatch(/NotoSans_400Regular\.ttf$/);
  });

  it('tries an explicit override first, then $DOSSIER_DESK_FONT, then the packaged resources', () => {
    const previous = process.env.DOSSIER_DESK_FONT;
    process.env.DOSSIER_DESK_FONT = '/opt/fonts/env.ttf';
    try {
      const list = fontCandidates('/tmp/override.ttf');
      expect(list.slice(0, 2)).toEqual(['/tmp/override.ttf', '/opt/fonts/env.ttf']);
      expect(list.some((p) => p.endsWith('fonts/NotoSans_400Regular.ttf'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.DOSSIER_DESK_FONT;
      else process.env.DOSSIER_DESK_FONT = previous;
    }
  });
});
