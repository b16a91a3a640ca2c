/**
 * Assembles the session book: cover, contents, then every PDF of the plan in agenda and checklist order,
 * each page shrunk into the book page above a stamp band ("Sổ tài liệu · Nội dung 2 · Trang 12/345"), with
 * an outline (bookmarks) per item and per document. Runs in a worker (see bookInWorker.ts): the PDFs come
 * from other agencies and are parsed here.
 *
 * Memory stays near one document at a time: each document's pages are copied, rewritten and written to
 * the file (StreamingPdfWriter) before the next is read. The total page count is not known while the
 * early pages are stamped, so the "y" of "x/y" is a small form XObject shared by every page and written
 * at the end.
 *
 * The originals are only read: the book is a separate reading copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  type PDFPage,
  type PDFPageLeaf,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { BookFont } from './bookFont';
import { type BookPlan, documentCount } from './bookPlan';
import { type LeftOutReason, stampPrefix } from './bookText';
import {
  A4,
  type DocumentOutcome,
  drawContents,
  drawCover,
  FrontPage,
  GREY,
  layoutContents,
} from './frontMatter';
import {
  appearanceMatrix,
  type Box,
  fitPage,
  type Matrix,
  matrixText,
  multiply,
  normalRotation,
  pdfNumber,
} from './pageFit';
import { StreamingPdfWriter } from './streamingPdfWriter';

export interface BookProgress {
  documentsDone: number;
  documentsTotal: number;
  pagesDone: number;
  /** The document being read. */
  current: string | null;
}

export interface BookOptions {
  fontFile: string;
  /**
   * Where to write: a new file (must not exist), or a descriptor the caller opened and will close (the
   * worker's case: the main thread keeps ownership, so a terminated worker leaves no descriptor behind).
   */
  out: { path: string } | { fd: number };
  onProgress?: (p: BookProgress) => void;
  /** Checked between documents, for in-process use (the worker is simply terminated). */
  signal?: AbortSignal;
}

export interface BookDocumentResult {
  number: string;
  name: string;
  sha256: string;
  /** First book page and page count when bound in; null when left out. */
  firstPage: number | null;
  pages: number;
  leftOut: LeftOutReason | null;
}

export interface BookResult {
  pages: number;
  frontPages: number;
  bytes: number;
  documents: BookDocumentResult[];
}

const FONT_KEY = PDFName.of('DDBookF');
const TOTAL_KEY = PDFName.of('DDBookTotal');
const APPEARANCES_KEY = PDFName.of('DDBookAppearances');
const HIDDEN_FLAGS = 2 | 32; // Hidden, NoView

export class BookCancelled extends Error {
  constructor() {
    super('book cancelled');
    this.name = 'BookCancelled';
  }
}

export async function assembleBook(plan: BookPlan, options: BookOptions): Promise<BookResult> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const font = new BookFont(readFileSync(options.fontFile), ctx.nextRef());
  const rootRef = ctx.trailerInfo.Root;
  if (!(rootRef instanceof PDFRef)) throw new Error('new document without a catalogue');
  const pagesRef = out.catalog.get(PDFName.of('Pages'));
  if (!(pagesRef instanceof PDFRef)) throw new Error('new document without a page tree');
  const pageTree = out.catalog.Pages();
  const kids = pageTree.Kids();
  const keep = new Set<PDFRef>([rootRef, pagesRef]);
  const addLeaf = (ref: PDFRef, leaf: PDFPageLeaf | PDFDict) => {
    leaf.set(PDFName.of('Parent'), pagesRef);
    kids.push(ref);
  };

  // Front pages first: their number follows from the plan alone.
  const layout = layoutContents(plan, font);
  // Their refs are taken now (first in the page tree); the pages themselves are written last.
  const front: PDFRef[] = [];
  for (let i = 0; i < 1 + layout.pages; i++) {
    const ref = ctx.nextRef();
    kids.push(ref);
    front.push(ref);
  }
  const totalRef = ctx.nextRef();

  const writer = new StreamingPdfWriter(options.out);
  try {
    const outcomes: DocumentOutcome[] = [];
    const results: BookDocumentResult[] = [];
    const firstPageOfDoc: Array<{ ref: PDFRef; page: number } | null> = [];
    let pageNo = front.length;
    const total = documentCount(plan);
    let done = 0;
    for (const { itemIndex, doc } of layout.documents) {
      if (options.signal?.aborted) throw new BookCancelled();
      const item = plan.items[itemIndex];
      options.onProgress?.({
        documentsDone: done,
        documentsTotal: total,
        pagesDone: pageNo,
        current: doc.name,
      });
      const read = await readDocument(doc.storePath, doc.sha256);
      let outcome: DocumentOutcome;
      let first: { ref: PDFRef; page: number } | null = null;
      if ('reason' in read) {
        outcome = { kind: 'left-out', reason: read.reason };
      } else {
        const mark = new Set(ctx.enumerateIndirectObjects().map(([ref]) => ref));
        try {
          const refs = bindDocument(out, read.doc, {
            font,
            fontRef: font.ref,
            totalRef,
            itemPosition: item?.position ?? 0,
            firstPage: pageNo + 1,
          });
          for (const ref of refs) {
            const leaf = ctx.lookup(ref);
            if (leaf instanceof PDFDict) addLeaf(ref, leaf);
          }
          outcome = { kind: 'bound', firstPage: pageNo + 1, pages: refs.length };
          const firstRef = refs[0];
          first = firstRef ? { ref: firstRef, page: pageNo + 1 } : null;
          pageNo += refs.length;
        } catch {
          // Broken inside (a page tree or a stream pdf-lib cannot follow): nothing of it stays.
          for (const [ref] of ctx.enumerateIndirectObjects()) if (!mark.has(ref)) ctx.delete(ref);
          outcome = { kind: 'left-out', reason: 'damaged' };
        }
      }
      outcomes.push(outcome);
      firstPageOfDoc.push(first);
      results.push({
        number: doc.number,
        name: doc.name,
        sha256: doc.sha256,
        firstPage: outcome.kind === 'bound' ? outcome.firstPage : null,
        pages: outcome.kind === 'bound' ? outcome.pages : 0,
        leftOut: outcome.kind === 'left-out' ? outcome.reason : null,
      });
      writer.flushContext(ctx, keep);
      done++;
    }
    options.onProgress?.({ documentsDone: done, documentsTotal: total, pagesDone: pageNo, current: null });

    const totalPages = pageNo;
    pageTree.set(PDFName.of('Count'), PDFNumber.of(totalPages));
    const itemFirstPage = plan.items.map((_, i) => {
      const firstDoc = layout.documents.findIndex(
        (d, k) => d.itemIndex === i && outcomes[k]?.kind === 'bound',
      );
      return firstDoc < 0 ? null : (firstPageOfDoc[firstDoc]?.page ?? null);
    });
    const bound = outcomes.filter((o) => o.kind === 'bound').length;
    const painted = front.map(() => new FrontPage(font));
    const [cover, ...contents] = painted;
    if (cover) {
      drawCover(cover, plan, font, {
        documents: total,
        bound,
        leftOut: total - bound,
        pages: totalPages,
      });
    }
    drawContents(contents, layout, font, outcomes, itemFirstPage);
    const frontFit = fitPage({ x: 0, y: 0, width: A4.width, height: A4.height }, 0);
    painted.forEach((page, i) => {
      const prefix = stampPrefix(null, i + 1);
      const x = stampX(frontFit.width, frontFit.fontSize, font, prefix);
      page.text(
        `${prefix}${totalPages}`,
        x,
        stampY(frontFit.band, frontFit.fontSize),
        frontFit.fontSize,
        GREY,
      );
      const ref = front[i];
      if (!ref) return;
      const content = ctx.register(ctx.flateStream(page.ops.join('\n'), {}));
      ctx.assign(
        ref,
        ctx.obj({
          Type: 'Page',
          Parent: pagesRef,
          MediaBox: [0, 0, A4.width, A4.height],
          Resources: { Font: { DDBookF: font.ref } },
          Contents: content,
        }),
      );
    });

    // The shared "y": glyphs at size 1, drawn scaled by each page's stamp.
    const totalText = font.encode(String(totalPages));
    const totalWidth = font.widthOfTextAtSize(String(totalPages), 1);
    const totalForm = ctx.stream(`BT /DDBookF 1 Tf 0 0 Td ${totalText} Tj ET`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, -0.3, totalWidth, 1.1],
      Resources: { Font: { DDBookF: font.ref } },
    });
    ctx.assign(totalRef, totalForm);

    const outline = buildOutline(out, plan, layout, outcomes, firstPageOfDoc, front);
    out.catalog.set(PDFName.of('Outlines'), outline);
    out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    out.catalog.set(PDFName.of('Lang'), PDFString.of('vi-VN'));
    const title = plan.itemScope
      ? `Sổ tài liệu — ${plan.meeting.title} — Nội dung ${plan.itemScope.position}`
      : `Sổ tài liệu — ${plan.meeting.title}`;
    out.setTitle(title.normalize('NFC'));
    out.setAuthor(plan.agencyName);
    out.setSubject(
      'Bản để đọc; chữ ký số được kiểm tra trên tệp gốc / Reading copy; signatures are checked on the originals',
    );
    out.setCreator(`Dossier Desk ${plan.appVersion}`);
    out.setProducer('Dossier Desk');
    const made = new Date(plan.madeAtIso);
    out.setCreationDate(made);
    out.setModificationDate(made);
    font.embed(ctx);
    const infoRef = ctx.trailerInfo.Info;
    if (!(infoRef instanceof PDFRef)) throw new Error('document information dictionary missing');
    writer.flushContext(ctx, new Set());
    const id = createHash('md5')
      .update(`${plan.madeAtIso}|${plan.meeting.id}|${totalPages}|${writer.bytesWritten}`)
      .digest('hex');
    writer.finish({ root: rootRef, info: infoRef, id });
    return {
      pages: totalPages,
      frontPages: front.length,
      bytes: writer.bytesWritten,
      documents: results,
    };
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

function stampX(width: number, size: number, font: BookFont, prefix: string): number {
  // Right-aligned, leaving room for a five-digit total after the slash.
  return width - 36 - font.widthOfTextAtSize('00000', size) - font.widthOfTextAtSize(prefix, size);
}

function stampY(band: number, size: number): number {
  return (band - size) / 2 + size * 0.2;
}

type ReadOutcome = { doc: PDFDocument } | { reason: LeftOutReason };

async function readDocument(path: string | null, sha256: string): Promise<ReadOutcome> {
  if (path === null) return { reason: 'missing' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { reason: 'missing' };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) return { reason: 'changed' };
  // A PDF starts with "%PDF-" within its first KB (ISO 32000 tolerates leading bytes).
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) return { reason: 'not-pdf' };
  // pdf-lib cannot decrypt, and with AES-256 it may fail before it notices the /Encrypt entry.
  if (bytes.lastIndexOf('/Encrypt') >= 0 && encryptedTrailer(bytes)) return { reason: 'encrypted' };
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() === 0 ? { reason: 'no-pages' } : { doc };
  } catch (error) {
    return error instanceof EncryptedPDFError ? { reason: 'encrypted' } : { reason: 'damaged' };
  }
}

/** "/Encrypt" followed by a reference or a dictionary, as in a trailer or a cross-reference stream. */
function encryptedTrailer(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('/Encrypt'); at >= 0; at = bytes.indexOf('/Encrypt', at + 8)) {
    const after = bytes.subarray(at + 8, at + 40).toString('latin1');
    if (/^\s*(\d+\s+\d+\s+R|<<)/.test(after)) return true;
  }
  return false;
}

interface BindContext {
  font: BookFont;
  fontRef: PDFRef;
  totalRef: PDFRef;
  itemPosition: number;
  firstPage: number;
}

/** Copies every page of `src` into `out`, fitted and stamped; returns the new page leaves' refs. */
function bindDocument(out: PDFDocument, src: PDFDocument, bind: BindContext): PDFRef[] {
  const srcPages = src.getPages();
  // Annotations are drawn into the page (flattened) and dropped: their rectangles live in the original
  // page's space, and a copied form field would drag the source's whole field tree along.
  const appearances = srcPages.map((page) => takeAppearances(src, page));
  const copier = PDFObjectCopier.for(src.context, out.context);
  const refs: PDFRef[] = [];
  srcPages.forEach((page, index) => {
    const copied = copier.copy(page.node);
    const ref = out.context.register(copied);
    refitPage(out, copied, appearances[index] ?? [], bind, bind.firstPage + index);
    refs.push(ref);
  });
  return refs;
}

interface Appearance {
  matrix: Matrix;
}

function numbers(array: PDFArray | undefined): number[] | null {
  if (!array) return null;
  const out: number[] = [];
  for (let i = 0; i < array.size(); i++) {
    const n = array.lookup(i);
    if (!(n instanceof PDFNumber)) return null;
    out.push(n.asNumber());
  }
  return out;
}

function toMatrix(values: number[] | null): Matrix {
  if (values?.length !== 6) return [1, 0, 0, 1, 0, 0];
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = values;
  return [a, b, c, d, e, f];
}

function boxOf(values: number[] | null): Box | null {
  if (values?.length !== 4) return null;
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = values;
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/**
 * Moves the visible appearances of a page's annotations into a private array on the page (carried
 * across the copy) and removes /Annots; returns where each is drawn, in the page's space.
 */
function takeAppearances(src: PDFDocument, page: PDFPage): Appearance[] {
  const node = page.node;
  const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  node.delete(PDFName.of('Annots'));
  if (!annots) return [];
  const found: Appearance[] = [];
  const streams = src.context.obj([]);
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i);
    if (!(annot instanceof PDFDict)) continue;
    if (annot.lookup(PDFName.of('Subtype')) === PDFName.of('Popup')) continue;
    const flags = annot.lookup(PDFName.of('F'));
    if (flags instanceof PDFNumber && (flags.asNumber() & HIDDEN_FLAGS) !== 0) continue;
    const ap = annot.lookup(PDFName.of('AP'));
    if (!(ap instanceof PDFDict)) continue;
    let normal = ap.get(PDFName.of('N'));
    let stream = src.context.lookup(normal);
    if (stream instanceof PDFDict && !(stream instanceof PDFStream)) {
      const state = annot.lookup(PDFName.of('AS'));
      normal = state instanceof PDFName ? stream.get(state) : undefined;
      stream = src.context.lookup(normal);
    }
    if (!(stream instanceof PDFStream) || !(normal instanceof PDFRef)) continue;
    const rect = boxOf(numbers(annot.lookupMaybe(PDFName.of('Rect'), PDFArray)));
    const bbox = boxOf(numbers(stream.dict.lookupMaybe(PDFName.of('BBox'), PDFArray)));
    const m = numbers(stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray));
    const formMatrix = toMatrix(m);
    if (!rect || !bbox) continue;
    const matrix = appearanceMatrix(rect, bbox, formMatrix);
    if (!matrix) continue;
    streams.push(normal);
    found.push({ matrix });
  }
  node.set(APPEARANCES_KEY, streams);
  return found;
}

/** The dictionary at `key` of `parent`, made the parent's own (a missing one is created). */
function ownDict(out: PDFDocument, parent: PDFDict, key: PDFName): PDFDict {
  const value = parent.lookup(key);
  if (value instanceof PDFDict) return value;
  const made = out.context.obj({});
  parent.set(key, made);
  return made;
}

function refitPage(
  out: PDFDocument,
  leaf: PDFPageLeaf,
  appearances: Appearance[],
  bind: BindContext,
  pageNo: number,
): void {
  const ctx = out.context;
  const media = boxOf(numbers(leaf.lookupMaybe(PDFName.of('MediaBox'), PDFArray))) ?? {
    x: 0,
    y: 0,
    width: A4.width,
    height: A4.height,
  };
  const crop = boxOf(numbers(leaf.lookupMaybe(PDFName.of('CropBox'), PDFArray)));
  const visible = crop && crop.width > 0 && crop.height > 0 ? intersect(crop, media) : media;
  if (visible.width < 1 || visible.height < 1) throw new Error('page without an area');
  const rotate = leaf.lookup(PDFName.of('Rotate'));
  const rotation = normalRotation(rotate instanceof PDFNumber ? rotate.asNumber() : 0);
  const fit = fitPage(visible, rotation);

  const resources = ownDict(out, leaf, PDFName.of('Resources'));
  ownDict(out, resources, PDFName.of('Font')).set(FONT_KEY, bind.fontRef);
  const xobjects = ownDict(out, resources, PDFName.of('XObject'));
  xobjects.set(TOTAL_KEY, bind.totalRef);
  const apStreams = leaf.lookupMaybe(APPEARANCES_KEY, PDFArray);
  leaf.delete(APPEARANCES_KEY);
  const apDraws: string[] = [];
  appearances.forEach((a, k) => {
    const ref = apStreams?.get(k);
    if (!(ref instanceof PDFRef)) return;
    const name = `DDBookAp${k}`;
    xobjects.set(PDFName.of(name), ref);
    apDraws.push(`q ${matrixText(a.matrix)} cm /${name} Do Q`);
  });

  const prefix = [
    'q',
    `${matrixText(fit.matrix)} cm`,
    `${pdfNumber(visible.x)} ${pdfNumber(visible.y)} ${pdfNumber(visible.width)} ${pdfNumber(visible.height)} re W n`,
    '',
  ].join('\n');
  const prefixText = stampPrefix(bind.itemPosition, pageNo);
  const size = fit.fontSize;
  const x = stampX(fit.width, size, bind.font, prefixText);
  const y = stampY(fit.band, size);
  const xEnd = x + bind.font.widthOfTextAtSize(prefixText, size);
  const grey = `${pdfNumber(GREY[0])} g`;
  const suffix = [
    '',
    'Q',
    apDraws.length > 0 ? `q ${matrixText(fit.matrix)} cm ${apDraws.join(' ')} Q` : '',
    `q 0.7 G 0.5 w ${pdfNumber(fit.content.x)} ${pdfNumber(fit.band - 2)} m ${pdfNumber(fit.content.x + fit.content.width)} ${pdfNumber(fit.band - 2)} l S Q`,
    `q ${grey} BT /DDBookF ${pdfNumber(size)} Tf ${pdfNumber(x)} ${pdfNumber(y)} Td ${bind.font.encode(prefixText)} Tj ET Q`,
    `q ${grey} ${matrixText(multiply([size, 0, 0, size, 0, 0], [1, 0, 0, 1, xEnd, y]))} cm /DDBookTotal Do Q`,
    '',
  ].join('\n');
  const contents = ctx.obj([]);
  contents.push(ctx.register(ctx.stream(prefix, {})));
  const existing = leaf.get(PDFName.of('Contents'));
  const looked = ctx.lookup(existing);
  if (looked instanceof PDFArray) {
    for (let i = 0; i < looked.size(); i++) contents.push(looked.get(i));
  } else if (existing instanceof PDFRef) {
    contents.push(existing);
  } else if (looked instanceof PDFStream) {
    contents.push(ctx.register(looked));
  }
  contents.push(ctx.register(ctx.flateStream(suffix, {})));
  leaf.set(PDFName.of('Contents'), contents);
  leaf.set(PDFName.of('MediaBox'), ctx.obj([0, 0, fit.width, fit.height]));
  for (const key of [
    'CropBox',
    'BleedBox',
    'TrimBox',
    'ArtBox',
    'Rotate',
    'Annots',
    'StructParents',
    'Tabs',
  ]) {
    leaf.delete(PDFName.of(key));
  }
}

function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const top = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || top <= y) return b;
  return { x, y, width: right - x, height: top - y };
}

/** Outline: Bìa, Mục lục, then each item with its bound documents beneath it. */
function buildOutline(
  out: PDFDocument,
  plan: BookPlan,
  layout: ReturnType<typeof layoutContents>,
  outcomes: readonly DocumentOutcome[],
  firstPageOfDoc: ReadonlyArray<{ ref: PDFRef; page: number } | null>,
  front: readonly PDFRef[],
): PDFRef {
  const ctx = out.context;
  interface Node {
    title: string;
    page: PDFRef;
    children: Node[];
  }
  const cover = front[0];
  const firstContents = front[1] ?? cover;
  if (!cover || !firstContents) throw new Error('book without front pages');
  const nodes: Node[] = [
    { title: 'Bìa — Cover', page: cover, children: [] },
    { title: 'Mục lục — Contents', page: firstContents, children: [] },
  ];
  plan.items.forEach((item, i) => {
    const children: Node[] = [];
    layout.documents.forEach((d, k) => {
      const first = firstPageOfDoc[k];
      if (d.itemIndex !== i || outcomes[k]?.kind !== 'bound' || !first) return;
      children.push({
        title: `${d.doc.number} ${d.doc.label}: ${d.doc.name}`,
        page: first.ref,
        children: [],
      });
    });
    const contentsPage = front[1 + (layout.itemPage[i] ?? 0)] ?? firstContents;
    nodes.push({
      title: `Nội dung ${item.position}. ${item.title}`,
      page: children[0]?.page ?? contentsPage,
      children,
    });
  });

  const rootRef = ctx.nextRef();
  const place = (list: Node[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | null => {
    const refs = list.map(() => ctx.nextRef());
    let count = 0;
    list.forEach((node, i) => {
      const ref = refs[i] as PDFRef;
      const dict = ctx.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title.normalize('NFC')));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), ctx.obj([node.page, PDFName.of('Fit')]));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const sub = place(node.children, ref);
      if (sub) {
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        // Open: the documents show under their item.
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(ref, dict);
      count++;
    });
    const first = refs[0];
    const last = refs[refs.length - 1];
    return first && last ? { first, last, count } : null;
  };
  const top = place(nodes, rootRef);
  const root = ctx.obj({ Type: 'Outlines' });
  if (top) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  }
  ctx.assign(rootRef, root);
  return rootRef;
}
