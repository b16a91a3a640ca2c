import { open } from 'node:fs/promises';
import type { AppErrorData } from '../../shared/errors/appError';
import { type ByteSource, bufferSource, fileSource } from './byteSource';
import { inspectSignature } from './inspectSignature';
import { countPages } from './pageCount';
import { pdfErrors } from './pdfErrors';
import type { PdfFacts } from './pdfFacts';
import { scanPdf } from './pdfScan';

export type { PdfFacts, PdfSignatureFact } from './pdfFacts';

export interface InspectOptions {
  /**
   * Files up to this size are read into memory and parsed for an exact page count; larger ones are only
   * scanned in chunks (page count estimated or null). 64 MB keeps a package verify well under its 300 MB
   * RSS budget, since pdf-lib's object graph costs a few times the file size.
   */
  wholeFileCap?: number;
}

export const DEFAULT_WHOLE_FILE_CAP = 64 * 1024 * 1024;
/**
 * In the guarded worker (a thread of the app's process, its heap capped well under the 200 MB the app may
 * grow by), pdf-lib parses files up to this size; larger ones are scanned, their pages estimated.
 */
export const WORKER_WHOLE_FILE_CAP = 24 * 1024 * 1024;

/** The PDF header may sit anywhere in the first 1024 bytes (ISO 32000-1 §7.5.2 as readers apply it). */
const HEADER_WINDOW = 1024;
const TAIL_WINDOW = 1024;

/** ENOENT, EACCES... for file-system errors (stable and short), else the message. */
function describeError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

function notPdf(error: AppErrorData): PdfFacts {
  return { isPdf: false, pages: null, pageCountSource: null, encrypted: false, signatures: [], error };
}

/** Inspects a PDF on disk without changing it. Never throws: problems come back in `error`. */
export async function inspectPdf(filePath: string, options: InspectOptions = {}): Promise<PdfFacts> {
  const cap = options.wholeFileCap ?? DEFAULT_WHOLE_FILE_CAP;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(filePath, 'r');
    const { size } = await handle.stat();
    const source = fileSource(handle, size);
    // Not a PDF at all (a file merely named .pdf): say so without reading it into memory.
    if (size > 0 && !(await source.read(0, Math.min(HEADER_WINDOW, size))).includes('%PDF-', 0, 'latin1')) {
      return notPdf(pdfErrors.notPdf());
    }
    if (size > cap) return await inspectSource(source, null, cap);
    const whole = await fileSource(handle, size).read(0, size);
    return await inspectSource(bufferSource(whole), whole, cap);
  } catch (error) {
    return notPdf(pdfErrors.unreadable(describeError(error)));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Inspects a PDF already in memory (generated documents, tests). Never throws. */
/** More signatures than any real dossier document carries (a few revisions, each signed once). */
export const MAX_SIGNATURES = 16;

function distinctRanges<T extends readonly number[]>(ranges: readonly T[]): T[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = r.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function inspectPdfBuffer(buf: Buffer, options: InspectOptions = {}): Promise<PdfFacts> {
  const cap = options.wholeFileCap ?? DEFAULT_WHOLE_FILE_CAP;
  try {
    return await inspectSource(bufferSource(buf), buf.length > cap ? null : buf, cap);
  } catch (error) {
    return notPdf(pdfErrors.unreadable(describeError(error)));
  }
}

/** `whole` is the file's bytes when it is small enough to parse, else null (scan only). */
async function inspectSource(source: ByteSource, whole: Buffer | null, cap: number): Promise<PdfFacts> {
  if (source.size === 0) return notPdf(pdfErrors.empty());
  const head = await source.read(0, HEADER_WINDOW);
  if (!head.includes('%PDF-', 0, 'latin1')) return notPdf(pdfErrors.notPdf());
  const tail = await source.read(source.size - TAIL_WINDOW, source.size);
  const truncated = !tail.includes('%%EOF', 0, 'latin1');

  const scan = await scanPdf(source);
  // Each signature re-hashes the range it covers: a hostile file repeating /ByteRange thousands of times
  // would keep the app hashing for minutes. Identical ranges are one signature; past a cap, stop.
  const ranges = distinctRanges(scan.byteRanges.map((hit) => hit.range));
  const signatures = [];
  for (const range of ranges.slice(0, MAX_SIGNATURES)) signatures.push(await inspectSignature(source, range));

  const facts: PdfFacts = {
    isPdf: true,
    pages: null,
    pageCountSource: null,
    encrypted: scan.mentionsEncrypt,
    signatures,
  };
  const problems: AppErrorData[] = [];
  if (ranges.length > MAX_SIGNATURES)
    problems.push(pdfErrors.tooManySignatures(ranges.length, MAX_SIGNATURES));
  if (truncated) problems.push(pdfErrors.truncated());
  if (whole) {
    const counted = await countPages(whole);
    if ('failure' in counted) {
      problems.push(pdfErrors.damaged(counted.failure));
    } else {
      facts.pages = counted.pages;
      facts.pageCountSource = 'parsed';
      facts.encrypted = counted.encrypted;
    }
  } else if (scan.pageObjects > 0) {
    facts.pages = scan.pageObjects;
    facts.pageCountSource = 'scanned';
  } else {
    problems.push(pdfErrors.tooLargeToCount(source.size, cap));
  }
  if (facts.encrypted) problems.push(pdfErrors.encrypted());
  const [first] = problems;
  return first ? { ...facts, error: first } : facts;
}
