import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleBook, type BookResult } from '../../../electron/book/assembleBook';
import type { BookPlan } from '../../../electron/book/bookPlan';
import { fontPath } from '../../../electron/pdf/fontPath';
import {
  A3,
  A4_LANDSCAPE,
  annotatedPdf,
  damagedPdf,
  encryptedPdf,
  rotatedPdf,
  scannedPdf,
  textPdf,
  zeroPagePdf,
} from '../../fixtures/book/samplePdfs';
import {
  aDocument,
  anItem,
  aPlan,
  type OutlineNode,
  outlineOf,
  pageTexts,
  pdfPages,
  qpdfCheck,
  renderPage,
} from './bookSupport';

let dir: string;
let plan: BookPlan;
let book: string;
let result: BookResult;
let texts: string[];

// Looked at by a person: test-results/book/*.png (cover, contents, and each kind of page).
const SHOTS = resolve('test-results/book');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'book-'));
  const store = join(dir, 'store');
  mkdirSync(store);
  const vanished = aDocument(
    store,
    '2.3',
    'Báo cáo thẩm định',
    'bao-cao-tham-dinh.pdf',
    await textPdf('Thẩm định', 1),
  );
  rmSync(vanished.storePath ?? '');
  plan = aPlan([
    anItem(1, 'Dự thảo Quyết định ban hành Quy chế phối hợp quản lý nhà nước về bồi thường', [
      aDocument(store, '1.1', 'Tờ trình', 'to-trinh-so-12.pdf', await textPdf('Tờ trình số 12/TTr-STP', 3)),
      aDocument(
        store,
        '1.2',
        'Dự thảo Quyết định',
        'du-thao-qd.pdf',
        await textPdf('Dự thảo', 2, A4_LANDSCAPE),
      ),
      aDocument(store, '1.3', 'Bản đồ quy hoạch', 'ban-do-a3.pdf', await textPdf('Bản đồ khổ A3', 1, A3)),
    ]),
    anItem(2, 'Báo cáo tình hình thực hiện nhiệm vụ năm 2026', [
      aDocument(store, '2.1', 'Tờ trình', 'to-trinh-quet.pdf', await scannedPdf(2)),
      aDocument(store, '2.2', 'Phụ lục xoay', 'phu-luc-xoay.pdf', await rotatedPdf('Phụ lục xoay')),
      vanished,
      aDocument(
        store,
        '2.4',
        'Ý kiến phối hợp',
        'y-kien.docx',
        Buffer.from('PK\u0003\u0004 not a pdf'),
        'application/zip',
      ),
      aDocument(store, '2.5', 'Văn bản mật', 'mat.pdf', encryptedPdf(await textPdf('Mật', 1), dir)),
      aDocument(store, '2.6', 'Văn bản hỏng', 'hong.pdf', damagedPdf()),
      aDocument(store, '2.7', 'Văn bản rỗng', 'rong.pdf', zeroPagePdf()),
    ]),
    anItem(3, 'Nội dung chưa có tài liệu', []),
  ]);
  book = join(dir, 'so-tai-lieu.pdf');
  result = await assembleBook(plan, { fontFile: fontPath(), out: { path: book } });
  texts = pageTexts(book);
  mkdirSync(SHOTS, { recursive: true });
  renderPage(book, 1, join(SHOTS, 'cover'), 70);
  renderPage(book, 2, join(SHOTS, 'contents'), 70);
  const at = (n: string) => result.documents.find((d) => d.number === n)?.firstPage ?? 1;
  renderPage(book, at('1.2'), join(SHOTS, 'landscape'), 50);
  renderPage(book, at('1.3'), join(SHOTS, 'a3'), 40);
  renderPage(book, at('2.1'), join(SHOTS, 'scanned'), 50);
  renderPage(book, at('2.2'), join(SHOTS, 'rotated'), 50);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the session book', () => {
  it('passes qpdf --check', () => {
    const check = qpdfCheck(book);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
  });

  it('has as many pages as cover, contents and every bound document together (pdfinfo)', () => {
    // 3 + 2 + 1 + 2 + 1 = 9 document pages; cover 1; contents 1 (hand-counted: it fits one A4 page).
    expect(result.frontPages).toBe(2);
    expect(pdfPages(book)).toBe(1 + 1 + 9);
    expect(result.pages).toBe(11);
  });

  it('stamps every page with "Trang x/y" (pdftotext)', () => {
    expect(texts).toHaveLength(11);
    texts.forEach((text, i) => {
      expect(text).toContain(`Trang ${i + 1}/11`);
    });
  });

  it('names the item on each document page stamp and not on the cover or contents', () => {
    expect(texts[0]).not.toContain('Nội dung 1 · Trang');
    expect(texts[2]).toContain('Nội dung 1 · Trang 3/11');
    expect(texts[10]).toContain('Nội dung 2 · Trang 11/11');
  });

  it('lists every document on the contents with its page, or its reason and SHA-256', () => {
    const contents = texts[1] ?? '';
    expect(contents).toContain('MỤC LỤC');
    expect(contents).toMatch(/Nội dung 1\. Dự thảo Quyết định ban hành.*\s3\n/);
    expect(contents).toMatch(/1\.1\s+Tờ trình: to-trinh-so-12\.pdf\s+3\n/);
    expect(contents).toMatch(/1\.2\s+Dự thảo Quyết định: du-thao-qd\.pdf\s+6\n/);
    expect(contents).toMatch(/1\.3\s+Bản đồ quy hoạch: ban-do-a3\.pdf\s+8\n/);
    expect(contents).toMatch(/2\.1\s+Tờ trình: to-trinh-quet\.pdf\s+9\n/);
    expect(contents).toMatch(/2\.2\s+Phụ lục xoay: phu-luc-xoay\.pdf\s+11\n/);
    const reasons: Array<[string, string]> = [
      ['2.3', 'tệp đã mất khỏi kho lưu trữ'],
      ['2.4', 'không phải tệp PDF'],
      ['2.5', 'PDF được mã hoá'],
      ['2.6', 'PDF bị hỏng'],
      ['2.7', 'PDF không có trang nào'],
    ];
    for (const [number, reason] of reasons) {
      const doc = plan.items[1]?.documents.find((d) => d.number === number);
      expect(contents).toContain(`SHA-256: ${doc?.sha256}`);
      expect(contents).toContain(`Không đưa vào sổ: ${reason}`);
    }
    expect(contents).toContain('Chưa có tài liệu nào');
  });

  it('says on its first page that it is a reading copy and signatures are checked on the originals', () => {
    const cover = (texts[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toContain('BẢN ĐỂ ĐỌC');
    expect(cover).toContain('Chữ ký số chỉ được kiểm tra trên tệp gốc');
    expect(cover).toContain('Phòng họp số 1, trụ sở UBND tỉnh');
    expect(cover).toContain('Chủ trì: Chủ tịch UBND tỉnh');
    expect(cover).toContain('ngày 17/12/2026');
  });

  it('keeps the corners of every original page (nothing cropped or covered)', () => {
    for (const n of [3, 6, 8]) {
      expect(texts[n - 1]).toContain('Góc trên trái');
      expect(texts[n - 1]).toContain('Góc dưới phải');
    }
  });

  it('has an outline entry per item and per bound document, pointing at their pages (qpdf --json)', () => {
    const outline = outlineOf(book);
    const brief = (nodes: OutlineNode[]): unknown => nodes.map((n) => [n.title, n.page, brief(n.kids)]);
    expect(brief(outline)).toEqual([
      ['Bìa — Cover', 1, []],
      ['Mục lục — Contents', 2, []],
      [
        'Nội dung 1. Dự thảo Quyết định ban hành Quy chế phối hợp quản lý nhà nước về bồi thường',
        3,
        [
          ['1.1 Tờ trình: to-trinh-so-12.pdf', 3, []],
          ['1.2 Dự thảo Quyết định: du-thao-qd.pdf', 6, []],
          ['1.3 Bản đồ quy hoạch: ban-do-a3.pdf', 8, []],
        ],
      ],
      [
        'Nội dung 2. Báo cáo tình hình thực hiện nhiệm vụ năm 2026',
        9,
        [
          ['2.1 Tờ trình: to-trinh-quet.pdf', 9, []],
          ['2.2 Phụ lục xoay: phu-luc-xoay.pdf', 11, []],
        ],
      ],
      ['Nội dung 3. Nội dung chưa có tài liệu', 2, []],
    ]);
  });

  it('keeps each page in the orientation and size a reader saw it', () => {
    const sizes = (n: number) => {
      const found = result.documents.find((d) => d.firstPage === n);
      return found?.number;
    };
    expect(sizes(6)).toBe('1.2');
    // pdfinfo -f/-l prints each page's size.
    const info = (n: number) =>
      require('node:child_process')
        .execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), book], { encoding: 'utf8' })
        .match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/)
        ?.slice(1)
        .map(Number);
    expect(info(6)).toEqual([841.89, 595.28]);
    expect(info(8)).toEqual([841.89, 1190.55]);
    // Rotated 90°: A4 portrait shown sideways, so the book page is landscape, /Rotate 0.
    expect(info(11)).toEqual([841.89, 595.28]);
  });

  it('reports what became of each document', () => {
    expect(result.documents.map((d) => [d.number, d.firstPage, d.pages, d.leftOut])).toEqual([
      ['1.1', 3, 3, null],
      ['1.2', 6, 2, null],
      ['1.3', 8, 1, null],
      ['2.1', 9, 2, null],
      ['2.2', 11, 1, null],
      ['2.3', null, 0, 'missing'],
      ['2.4', null, 0, 'not-pdf'],
      ['2.5', null, 0, 'encrypted'],
      ['2.6', null, 0, 'damaged'],
      ['2.7', null, 0, 'no-pages'],
    ]);
  });

  it('stops between documents when cancelled in-process (the worker is terminated instead)', async () => {
    const out = join(dir, 'cancelled.pdf');
    const controller = new AbortController();
    controller.abort();
    await expect(
      assembleBook(plan, { fontFile: fontPath(), out: { path: out }, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    // The temp-file discipline is the caller's (makeBookInWorker removes its temp file): here the
    // unfinished file has no trailer, and qpdf refuses it.
    expect(existsSync(out)).toBe(true);
    expect(qpdfCheck(out).status).not.toBe(0);
  });
});

describe('a page whose signature stamp is an annotation', () => {
  it('keeps the stamp visible, drawn into the page at its place, and drops the annotation itself', async () => {
    const store = join(dir, 'store-annot');
    mkdirSync(store);
    const out = join(dir, 'annot.pdf');
    await assembleBook(
      aPlan([anItem(1, 'Ký số', [aDocument(store, '1.1', 'Tờ trình', 'ky.pdf', await annotatedPdf())])]),
      {
        fontFile: fontPath(),
        out: { path: out },
      },
    );
    expect(qpdfCheck(out).status).toBe(0);
    // Page 3: cover, contents, then the document.
    const page = pageTexts(out)[2] ?? '';
    expect(page).toContain('DA KY SO');
    // No annotation is left on the book's page (poppler lists none).
    const annots = require('node:child_process').execFileSync('qpdf', ['--json=2', '--json-key=pages', out], {
      encoding: 'utf8',
    });
    expect(JSON.parse(annots).pages[2].annotations ?? []).toEqual([]);
    renderPage(out, 3, join(SHOTS, 'annotation-flattened'), 60);
  });
});
