/**
 * The cover and the table of contents. Their layout is decided from the plan alone, before any document
 * is read: every document takes its wrapped title line(s) and exactly two detail lines (its SHA-256, then
 * either its pages or why it is left out), so the number of front pages — and with it every page number —
 * is known before the first document page is stamped.
 */
import type { BookFont } from './bookFont';
import type { BookDocument, BookPlan } from './bookPlan';
import { LEFT_OUT_TEXT, type LeftOutReason, READING_COPY_NOTICE } from './bookText';

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 50, right: 50, top: 56, bottom: 60 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const NUMBER_COLUMN = 44;
const LEADING = 1.3;
type Colour = readonly [number, number, number];
export const INK: Colour = [0, 0, 0];
export const GREY: Colour = [0.38, 0.38, 0.38];
const WARN: Colour = [0.62, 0.12, 0.05];

function num(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/** The operators of one front page, written as its content stream once drawn. */
export class FrontPage {
  readonly ops: string[] = [];

  constructor(private readonly font: BookFont) {}

  text(text: string, x: number, y: number, size: number, colour: Colour = INK): void {
    this.ops.push(
      `${colour.map(num).join(' ')} rg BT /DDBookF ${num(size)} Tf ${num(x)} ${num(y)} Td ${this.font.encode(text)} Tj ET`,
    );
  }

  box(x: number, y: number, width: number, height: number, colour: Colour, lineWidth: number): void {
    this.ops.push(
      `q ${colour.map(num).join(' ')} RG ${num(lineWidth)} w ${num(x)} ${num(y)} ${num(width)} ${num(height)} re S Q`,
    );
  }
}

/** Word wrap by measured width; a word wider than the line (a long file name) is broken by characters. */
export function wrapText(text: string, font: BookFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    line = '';
    let rest = [...word];
    while (!fits(rest.join(''))) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n).join(''))) n--;
      out.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

/** What became of a document once read: bound in from `firstPage` for `pages` pages, or left out. */
export type DocumentOutcome =
  | { kind: 'bound'; firstPage: number; pages: number }
  | { kind: 'left-out'; reason: LeftOutReason };

type LineKind =
  | { kind: 'text'; color: 'ink' | 'grey' }
  | { kind: 'item'; itemIndex: number }
  | { kind: 'document'; docIndex: number }
  | { kind: 'sha'; docIndex: number }
  | { kind: 'status'; docIndex: number };

export interface ContentsLine {
  /** 0-based contents page. */
  page: number;
  x: number;
  y: number;
  size: number;
  text: string;
  /** Only the first line of an item or a document carries its page number. */
  numbered: boolean;
  what: LineKind;
}

export interface ContentsLayout {
  pages: number;
  lines: ContentsLine[];
  /** The documents in book order (item by item), with the index used by the lines. */
  documents: Array<{ itemIndex: number; doc: BookDocument }>;
  /** Contents page (0-based) on which each item's heading stands. */
  itemPage: number[];
}

export function layoutContents(plan: BookPlan, font: BookFont): ContentsLayout {
  const lines: ContentsLine[] = [];
  const documents: ContentsLayout['documents'] = [];
  const itemPage: number[] = [];
  let page = 0;
  let y = A4.height - MARGIN.top;
  const room = (height: number) => {
    if (y - height >= MARGIN.bottom) return;
    page++;
    y = A4.height - MARGIN.top;
  };
  const block = (parts: Array<Omit<ContentsLine, 'page' | 'y'>>, gapBefore = 0) => {
    const height = gapBefore + parts.reduce((h, p) => h + p.size * LEADING, 0);
    room(height);
    y -= gapBefore;
    for (const p of parts) {
      y -= p.size * LEADING;
      lines.push({ ...p, page, y });
    }
  };
  const wrapped = (text: string, size: number, indent: number, numbered: boolean, what: LineKind) =>
    wrapText(text, font, size, WIDTH - indent - (numbered ? NUMBER_COLUMN : 0)).map((line, n) => ({
      x: MARGIN.left + indent,
      size,
      text: line,
      numbered: numbered && n === 0,
      what,
    }));

  block(wrapped('MỤC LỤC — CONTENTS', 15, 0, false, { kind: 'text', color: 'ink' }));
  block(
    wrapped(
      'Trang nêu bên phải là số trang của sổ (dấu "Trang x/y" ở lề dưới mỗi trang). Tài liệu không đưa vào sổ được được liệt kê kèm lý do và mã SHA-256 của tệp gốc. / Page numbers are the book’s own (the "Trang x/y" stamp at the foot of each page). Documents that could not be bound in are listed with the reason and the original’s SHA-256.',
      8,
      0,
      false,
      { kind: 'text', color: 'grey' },
    ),
    4,
  );
  plan.items.forEach((item, itemIndex) => {
    const heading = wrapped(`Nội dung ${item.position}. ${item.title}`, 11, 0, true, {
      kind: 'item',
      itemIndex,
    });
    const first = item.documents[0];
    // Keep a heading with its first document: a heading alone at the foot of a page helps no one.
    const firstHeight = first
      ? docParts(first, documents.length).reduce((h, p) => h + p.size * LEADING, 0)
      : 0;
    room(12 + heading.reduce((h, p) => h + p.size * LEADING, 0) + firstHeight);
    block(heading, 12);
    itemPage.push(page);
    if (item.documents.length === 0) {
      block(wrapped('Chưa có tài liệu nào. / No documents.', 9, 14, false, { kind: 'text', color: 'grey' }));
    }
    for (const doc of item.documents) {
      const docIndex = documents.length;
      documents.push({ itemIndex, doc });
      block(docParts(doc, docIndex), 3);
    }
  });
  if (plan.excludedItems.length > 0) {
    block(
      wrapped(
        'Không đưa vào sổ (đã rút hoặc bị loại khỏi chương trình) / Left out (withdrawn or struck):',
        10,
        0,
        false,
        {
          kind: 'text',
          color: 'ink',
        },
      ),
      14,
    );
    for (const i of plan.excludedItems) {
      block(wrapped(`${i.position}. ${i.title}`, 9, 14, false, { kind: 'text', color: 'grey' }));
    }
  }
  return { pages: page + 1, lines, documents, itemPage };

  function docParts(doc: BookDocument, docIndex: number) {
    return [
      ...wrapped(`${doc.number}  ${doc.label}: ${doc.name}`, 9.5, 14, true, { kind: 'document', docIndex }),
      {
        x: MARGIN.left + 40,
        size: 7.5,
        text: `SHA-256: ${doc.sha256}`,
        numbered: false,
        what: { kind: 'sha', docIndex } as const,
      },
      {
        x: MARGIN.left + 40,
        size: 7.5,
        text: '',
        numbered: false,
        what: { kind: 'status', docIndex } as const,
      },
    ];
  }
}

function statusText(outcome: DocumentOutcome | undefined): string {
  if (!outcome) return '';
  if (outcome.kind === 'left-out') {
    const r = LEFT_OUT_TEXT[outcome.reason];
    return `Không đưa vào sổ: ${r.vi} / Not in the book: ${r.en}`;
  }
  const last = outcome.firstPage + outcome.pages - 1;
  return `${outcome.pages} trang / pages — trang ${outcome.firstPage}${last > outcome.firstPage ? `–${last}` : ''} của sổ`;
}

/** Draws the contents lines onto the reserved pages, now that every outcome and page number is known. */
export function drawContents(
  pages: readonly FrontPage[],
  layout: ContentsLayout,
  font: BookFont,
  outcomes: readonly DocumentOutcome[],
  itemFirstPage: readonly (number | null)[],
): void {
  for (const line of layout.lines) {
    const page = pages[line.page];
    if (!page) continue;
    let text = line.text;
    let color: Colour = INK;
    let size = line.size;
    const w = line.what;
    if (w.kind === 'text' && w.color === 'grey') color = GREY;
    if (w.kind === 'sha') color = GREY;
    if (w.kind === 'status') {
      const outcome = outcomes[w.docIndex];
      text = statusText(outcome);
      color = outcome?.kind === 'left-out' ? WARN : GREY;
      const room = A4.width - MARGIN.right - line.x;
      // One reserved line: a long reason is set a little smaller rather than breaking the layout.
      while (size > 5 && font.widthOfTextAtSize(text, size) > room) size -= 0.25;
    }
    if (w.kind === 'document' && outcomes[w.docIndex]?.kind === 'left-out') color = WARN;
    page.text(text, line.x, line.y, size, color);
    if (!line.numbered) continue;
    let number: number | null = null;
    if (w.kind === 'item') number = itemFirstPage[w.itemIndex] ?? null;
    if (w.kind === 'document') {
      const outcome = outcomes[w.docIndex];
      number = outcome?.kind === 'bound' ? outcome.firstPage : null;
    }
    const label = number === null ? '—' : String(number);
    page.text(label, A4.width - MARGIN.right - font.widthOfTextAtSize(label, line.size), line.y, line.size);
  }
}

/** Trang bìa: the agency, the meeting, what the book holds, and the reading-copy notice. */
export function drawCover(
  page: FrontPage,
  plan: BookPlan,
  font: BookFont,
  counts: { documents: number; bound: number; leftOut: number; pages: number },
): void {
  let y = A4.height - MARGIN.top;
  const put = (
    text: string,
    size: number,
    opts: { center?: boolean; color?: typeof INK; gap?: number } = {},
  ) => {
    y -= opts.gap ?? 0;
    for (const line of wrapText(text, font, size, WIDTH)) {
      y -= size * LEADING;
      const x = opts.center ? MARGIN.left + (WIDTH - font.widthOfTextAtSize(line, size)) / 2 : MARGIN.left;
      page.text(line, x, y, size, opts.color ?? INK);
    }
  };
  const m = plan.meeting;
  put(plan.agencyName.toUpperCase(), 11, { center: true, color: GREY });
  put('SỔ TÀI LIỆU HỌP', 24, { center: true, gap: 90 });
  put('Session book', 12, { center: true, color: GREY, gap: 2 });
  put(m.title, 15, { center: true, gap: 28 });
  if (plan.itemScope) {
    put(`Nội dung ${plan.itemScope.position}. ${plan.itemScope.title}`, 13, { center: true, gap: 10 });
  }
  put(`Loại cuộc họp: ${m.kindLabel}`, 11, { gap: 40 });
  put(`Thời gian: ${m.time ? `${m.time}, ` : ''}ngày ${m.date}`, 11, { gap: 4 });
  put(`Địa điểm: ${m.place.trim() || '—'}`, 11, { gap: 4 });
  put(`Chủ trì: ${m.chair.trim() || '—'}`, 11, { gap: 4 });
  put(
    `Gồm ${plan.items.length} nội dung, ${counts.documents} tài liệu: ${counts.bound} tài liệu được ghép vào sổ, ${counts.leftOut} tài liệu không đưa vào được (xem Mục lục); tổng cộng ${counts.pages} trang.`,
    10.5,
    { gap: 16 },
  );
  put(
    `${plan.items.length} item(s), ${counts.documents} document(s): ${counts.bound} bound in, ${counts.leftOut} left out (see Contents); ${counts.pages} pages in all.`,
    9.5,
    { color: GREY, gap: 2 },
  );
  // The notice in a ruled box, so nobody mistakes the book for the signed originals.
  const top = y - 24;
  y = top - 8;
  const inner = { ...MARGIN, left: MARGIN.left + 10 };
  const box = (text: string, size: number, color: Colour) => {
    for (const line of wrapText(text, font, size, WIDTH - 20)) {
      y -= size * LEADING;
      page.text(line, inner.left, y, size, color);
    }
  };
  box(READING_COPY_NOTICE.vi, 10.5, INK);
  y -= 6;
  box(READING_COPY_NOTICE.en, 9.5, GREY);
  y -= 10;
  page.box(MARGIN.left, y, WIDTH, top - y, WARN, 1.2);
  y -= 30;
  put(`Lập sổ lúc ${plan.madeAt} — Dossier Desk ${plan.appVersion}`, 9, { color: GREY });
}
