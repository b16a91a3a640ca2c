import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type forge from 'node-forge';
import {
  beginText,
  endText,
  moveText,
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFOperator,
  type PDFPage,
  PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
} from 'pdf-lib';
import { AppError } from '../../shared/errors/appError';
import { buildCadesDetached, type ExternalSigner } from './cadesBuild';
import { buildDetachedCms } from './cmsBuild';
import { fontPath } from './fontPath';
import { appendIncrementalUpdate, type UpdateObject } from './incrementalUpdate';
import { isoToPdfDate } from './pdfDate';
import { pdfErrors } from './pdfErrors';
import { encodeTextString } from './pdfString';
import { makeTestSigner } from './testSigner';

export interface SignOptions {
  signerName: string;
  signingTime?: Date;
  reason?: string;
  location?: string;
  /** Both or neither: without them a cached self-signed test identity for `signerName` is used. */
  key?: forge.pki.rsa.PrivateKey;
  certificate?: forge.pki.Certificate;
  /** Bytes reserved for the CMS blob in /Contents; 8 KB fits RSA 4096 with a chain of a few certificates. */
  signatureLength?: number;
  /**
   * A key held elsewhere (a PKCS#11 token): the signature is then PAdES baseline B-B (SubFilter
   * ETSI.CAdES.detached, ESS signing-certificate-v2). Excludes `key` / `certificate`.
   */
  signer?: ExternalSigner;
  /** A visible stamp on this page (1-based) with these lines; without it the signature is invisible. */
  stamp?: { page: number; lines: string[] };
}

const DEFAULT_SIGNATURE_LENGTH = 8192;
/** Wide enough for `[0 n n n]` with three 10-digit numbers; the rest stays spaces. */
const BYTE_RANGE_WIDTH = 48;

function fail(reason: string): AppError {
  const e = pdfErrors.signFailed(reason);
  return new AppError(e);
}

function serialize(obj: PDFObject): Buffer {
  const out = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(out, 0);
  return Buffer.from(out);
}

/** The offset after the last `startxref` keyword, and whether that section is a table or a stream. */
function previousXref(pdf: Buffer): { prev: number; kind: 'table' | 'stream' } {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const m = [...tail.matchAll(/startxref\s+(\d+)/g)].at(-1);
  if (!m?.[1]) throw fail('no startxref at the end of the file');
  const prev = Number(m[1]);
  if (prev >= pdf.length) throw fail('startxref points past the end of the file');
  const at = pdf.subarray(prev, prev + 4).toString('latin1');
  return { prev, kind: at === 'xref' ? 'table' : 'stream' };
}

/** An indirect object to write again in the update, because something inside it changed. */
interface Owner {
  ref: PDFRef;
  obj: PDFObject;
}

/**
 * Adds `item` to the array at `holder[key]` (creating it) and records which indirect object changed:
 * the array itself when it is indirect, else `owner`, the object that holds `holder`.
 */
function pushInto(
  doc: PDFDocument,
  holder: PDFDict,
  key: string,
  item: PDFRef,
  owner: Owner,
  changed: Map<PDFRef, PDFObject>,
) {
  const name = PDFName.of(key);
  const raw = holder.get(name);
  if (raw instanceof PDFRef) {
    const arr = doc.context.lookup(raw, PDFArray);
    arr.push(item);
    changed.set(raw, arr);
    return arr.size();
  }
  const arr = raw instanceof PDFArray ? raw : doc.context.obj([]);
  arr.push(item);
  holder.set(name, arr);
  changed.set(owner.ref, owner.obj);
  return arr.size();
}

/** The signature dictionary, written by hand so the /ByteRange and /Contents positions are known exactly. */
function signatureDictionary(options: SignOptions, signingTime: Date, contentsLength: number): string {
  const subFilter = options.signer ? 'ETSI.CAdES.detached' : 'adbe.pkcs7.detached';
  const entries = [
    `/Type /Sig /Filter /Adobe.PPKLite /SubFilter /${subFilter}`,
    `/ByteRange ${'[0 0 0 0]'.padEnd(BYTE_RANGE_WIDTH)}`,
    `/Contents <${'0'.repeat(contentsLength * 2)}>`,
    `/M ${encodeTextString(isoToPdfDate(signingTime))}`,
    `/Name ${encodeTextString(options.signerName)}`,
    options.reason ? `/Reason ${encodeTextString(options.reason)}` : '',
    options.location ? `/Location ${encodeTextString(options.location)}` : '',
  ];
  return `<< ${entries.filter(Boolean).join(' ')} >>`;
}

/**
 * Signs a PDF with an invisible signature field, as an incremental update: the input bytes are kept
 * verbatim, so a PDF that is already signed keeps its earlier signatures valid (they just stop covering
 * the whole file). The CMS is detached SHA-256 with RSA, made by buildDetachedCms.
 */
export async function signPdf(pdf: Buffer, options: SignOptions): Promise<Buffer> {
  if ((options.key === undefined) !== (options.certificate === undefined)) {
    throw fail('a key and its certificate must be given together');
  }
  if (options.signer && options.key) throw fail('either an external signer or a key, not both');
  const external = options.signer;
  const identity =
    options.key && options.certificate
      ? { key: options.key, certificate: options.certificate }
      : external
        ? null
        : makeTestSigner(options.signerName);
  const signingTime = options.signingTime ?? new Date();
  const contentsLength = options.signatureLength ?? DEFAULT_SIGNATURE_LENGTH;

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const { prev, kind } = previousXref(pdf);
  const { context } = doc;
  const rootRef = context.trailerInfo.Root;
  if (!(rootRef instanceof PDFRef)) throw fail('the trailer has no indirect /Root');
  const pages = doc.getPages();
  const page = pages[(options.stamp?.page ?? 1) - 1];
  if (!page) {
    throw options.stamp
      ? new AppError(pdfErrors.stampPageMissing(options.stamp.page, pages.length))
      : fail('the document has no page to hold the signature field');
  }

  const changed = new Map<PDFRef, PDFObject>();
  const sigRef = context.nextRef();
  const widgetRef = context.nextRef();
  const appearanceRef = context.nextRef();
  pushInto(doc, page.node, 'Annots', widgetRef, { ref: page.ref, obj: page.node }, changed);

  // The AcroForm is either its own indirect object or a dictionary inside the catalog (or missing).
  const acroRaw = doc.catalog.get(PDFName.of('AcroForm'));
  const acroForm = acroRaw instanceof PDFRef ? context.lookup(acroRaw, PDFDict) : acroRaw;
  const form = acroForm instanceof PDFDict ? acroForm : context.obj({});
  if (!(acroForm instanceof PDFDict)) doc.catalog.set(PDFName.of('AcroForm'), form);
  const formOwner: Owner =
    acroRaw instanceof PDFRef ? { ref: acroRaw, obj: form } : { ref: rootRef, obj: doc.catalog };
  const fieldCount = pushInto(doc, form, 'Fields', widgetRef, formOwner, changed);
  const flags = form.lookupMaybe(PDFName.of('SigFlags'), PDFNumber)?.asNumber() ?? 0;
  // SignaturesExist | AppendOnly: tells editors to save incrementally so this signature survives.
  form.set(PDFName.of('SigFlags'), PDFNumber.of(flags | 3));
  changed.set(formOwner.ref, formOwner.obj);

  const stamp = options.stamp ? await stampAppearance(doc, page, options.stamp.lines) : null;
  const appearance = stamp
    ? context.formXObject(stamp.operators, {
        BBox: [0, 0, stamp.width, stamp.height],
        Resources: { Font: { F1: stamp.font.ref } },
      })
    : context.formXObject([], { BBox: [0, 0, 0, 0], Resources: {} });
  // The embedded font's objects are new ones: written in the update beside the signature's own.
  const firstNew = sigRef.objectNumber;
  if (stamp) await doc.flush();
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: stamp ? stamp.rect : [0, 0, 0, 0],
    V: sigRef,
    T: PDFHexString.fromText(`Chữ ký ${fieldCount}`),
    F: 4,
    P: page.ref,
    AP: { N: appearanceRef },
  });

  const objects: UpdateObject[] = [...changed].map(([ref, obj]) => ({
    num: ref.objectNumber,
    gen: ref.generationNumber,
    body: serialize(obj),
  }));
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (ref.objectNumber > appearanceRef.objectNumber && ref.objectNumber >= firstNew)
      objects.push({ num: ref.objectNumber, gen: ref.generationNumber, body: serialize(obj) });
  }
  objects.push({ num: widgetRef.objectNumber, gen: 0, body: serialize(widget) });
  objects.push({ num: appearanceRef.objectNumber, gen: 0, body: serialize(appearance) });
  const sigText = signatureDictionary(options, signingTime, contentsLength);
  objects.push({ num: sigRef.objectNumber, gen: 0, body: Buffer.from(sigText, 'latin1') });

  const trailer = context.trailerInfo;
  const updated = appendIncrementalUpdate(pdf, objects, {
    nextNumber: context.largestObjectNumber + 1,
    root: rootRef.toString(),
    ...(trailer.Info instanceof PDFRef ? { info: trailer.Info.toString() } : {}),
    ...(trailer.ID instanceof PDFArray ? { id: trailer.ID.toString() } : {}),
    prev,
    kind,
  });
  const makeCms = (digest: Buffer): Promise<Buffer> =>
    identity
      ? Promise.resolve(buildDetachedCms({ contentDigest: digest, signingTime, ...identity }))
      : buildCadesDetached(digest, external!);
  return fillSignature(updated.bytes, updated.offsets.get(sigRef.objectNumber)!, sigText, makeCms);
}

/** Stamp box size in points, and its margin from the page's bottom-left corner. */
const STAMP = { width: 220, lineHeight: 11, fontSize: 8, padding: 5, margin: 36 };

/** The visible stamp's drawing: a framed box of text lines at the bottom left of the page. */
async function stampAppearance(doc: PDFDocument, page: PDFPage, lines: string[]) {
  doc.registerFontkit(fontkit);
  // Full font: pdf-lib's subsetter corrupts Noto Sans (pdf-lib#1232). The app's own subset embedding
  // (subsetFont.ts) draws on pages, not yet into an appearance stream like this one. ccmp off keeps ị, ụ whole.
  const font: PDFFont = await doc.embedFont(await readFile(fontPath()), {
    subset: false,
    features: { ccmp: false },
  });
  const height = STAMP.padding * 2 + STAMP.lineHeight * lines.length;
  const width = STAMP.width;
  const box = page.getCropBox();
  const x = box.x + STAMP.margin;
  const y = box.y + STAMP.margin;
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    setStrokingRgbColor(0.75, 0.1, 0.1),
    setLineWidth(1),
    rectangle(0.5, 0.5, width - 1, height - 1),
    stroke(),
    popGraphicsState(),
    beginText(),
    setFillingRgbColor(0.75, 0.1, 0.1),
    setFontAndSize('F1', STAMP.fontSize),
    moveText(STAMP.padding, height - STAMP.padding - STAMP.fontSize),
  ];
  lines.forEach((line, i) => {
    if (i > 0) operators.push(moveText(0, -STAMP.lineHeight));
    operators.push(showText(font.encodeText(line.normalize('NFC'))));
  });
  operators.push(endText());
  return { font, operators, width, height, rect: [x, y, x + width, y + height] };
}

async function fillSignature(
  file: Buffer,
  sigObjectOffset: number,
  sigText: string,
  makeCms: (digest: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  const bodyStart = file.indexOf('obj\n', sigObjectOffset, 'latin1') + 4;
  const contentsStart = bodyStart + sigText.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = bodyStart + sigText.indexOf('>', sigText.indexOf('/Contents <')) + 1;
  const range = [0, contentsStart, contentsEnd, file.length - contentsEnd];
  const byteRangeAt = bodyStart + sigText.indexOf('/ByteRange ') + '/ByteRange '.length;
  file.write(`[${range.join(' ')}]`.padEnd(BYTE_RANGE_WIDTH), byteRangeAt, 'latin1');

  const digest = createHash('sha256')
    .update(file.subarray(0, contentsStart))
    .update(file.subarray(contentsEnd))
    .digest();
  const cms = await makeCms(digest);
  const hex = cms.toString('hex');
  if (hex.length > contentsEnd - contentsStart - 2) {
    throw fail(`the signature (${cms.length} bytes) does not fit the reserved /Contents`);
  }
  file.write(hex, contentsStart + 1, 'latin1');
  return file;
}
