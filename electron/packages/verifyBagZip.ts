/**
 * Verifies a received package (.zip holding a BagIt 1.0 bag) — the PPC Office's side of the exchange.
 * The archive is untrusted: names are checked before any byte is read, every entry is streamed with
 * its CRC, size and compression ratio counted as it inflates, and nothing is written outside the
 * working folder inside `extractTo`, which becomes the extracted bag only when the verdict is 'valid'.
 *
 * Two passes over the archive: the first reads only the central directory (names, flags, declared
 * sizes, overlaps) and each entry's local header, and refuses the unsafe and whatever a strict reader
 * (`unzip -t`, Python's zipfile) would; the second streams the contents of the rest.
 *
 * Nothing of the payload is written to disk to check it: hashes are computed as bytes stream past, and
 * a PDF to inspect is held in memory up to `inMemoryPdfBytes`. A larger PDF is inspected from a scratch
 * copy only when the caller names a scratch folder (in the data folder: `.verify-*`, counted against
 * `maxScratchBytes`, swept after a crash), or from the extracted bag on import.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { fsyncFolder } from '../backup/durableFs';
import {
  BAG_INFO,
  BAGIT_DECLARATION,
  BAGIT_TXT,
  collisionKey,
  FETCH_TXT,
  hiddenCharacter,
  isControl,
  PAYLOAD_DIR,
  PAYLOAD_MANIFEST,
  type PayloadOxum,
  parseBagInfo,
  parseManifest,
  parsePayloadOxum,
  TAG_MANIFEST,
  TAG_MANIFEST_SIGNATURE,
  unsafeNameReason,
} from './bagitFormat';
import { type VerifyProblem, type VerifyProblemCode, verifyProblem } from './verifyProblems';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zipLimits';

export type { VerifyProblem } from './verifyProblems';

export type VerifiedFileStatus = 'ok' | 'hash-mismatch' | 'missing' | 'extra' | 'unsafe-name' | 'corrupt';

export interface VerifiedFile {
  /** Path inside the bag ('data/…' for payload, else a tag file), as named in the archive. */
  path: string;
  size: number;
  /** Computed digest; for a 'missing' file the manifest's, for one not read ''. */
  sha256: string;
  status: VerifiedFileStatus;
  /** What `inspectPdf` returned for a payload PDF whose bytes verified ('ok'). */
  pdf?: unknown;
}

export interface VerifyReport {
  verdict: 'valid' | 'invalid' | 'unreadable';
  problems: VerifyProblem[];
  files: VerifiedFile[];
  bagInfo: Array<[string, string]>;
  payloadOxum?: PayloadOxum;
  /** The extracted bag folder (inside `extractTo`), only when the verdict is 'valid'. */
  extractedTo?: string;
  /** The tag manifest's bytes and the sender's detached signature over them, when the bag carries one. */
  tagManifestSignature?: { manifest: Uint8Array; signature: Uint8Array };
}

export interface VerifyOptions {
  limits?: Partial<ZipLimits>;
  /**
   * Called with each payload PDF, its bytes in memory (up to `inMemoryPdfBytes`) or a file on disk (the
   * extracted or scratch copy of a larger one); the result is kept for the files whose hash verified.
   */
  inspectPdf?: (pdf: Buffer | string) => Promise<unknown>;
  /** Folder to extract a valid bag into: the bag ends up at `${extractTo}/bag`, which must not exist. */
  extractTo?: string;
  /** Where a PDF too large for memory may be copied to be inspected (a folder of the data folder). */
  scratchDir?: string;
}

/** A payload PDF up to this size is inspected from memory, never written anywhere. */
export const IN_MEMORY_PDF_BYTES = 32 * 1024 * 1024;
/** What scratch copies of larger PDFs may add up to in one verify; past it they go uninspected. */
export const MAX_SCRATCH_BYTES = 2 * 1024 * 1024 * 1024;
/** Problems and listed missing files past these counts are summed up, not listed (the result is bounded). */
export const MAX_LISTED_PROBLEMS = 500;
export const MAX_LISTED_MISSING = 1000;

/** Name of the extracted bag's folder inside `extractTo`. */
export const EXTRACTED_BAG_DIR = 'bag';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Bytes of a local file header before its name: the least an entry can occupy besides its data. */
const LOCAL_HEADER_FIXED = 30;

interface Candidate {
  entry: yauzl.Entry;
  name: string;
  isPayload: boolean;
}

interface ReadResult {
  name: string;
  size: number;
  sha256: string;
  isPayload: boolean;
  intact: boolean;
  extractedPath?: string;
  /** Tag file contents (small, capped). */
  content?: Buffer;
  /** What opts.inspectPdf said of a payload PDF (kept for the file only if its hash verifies). */
  pdf?: unknown;
}

export class LimitExceeded extends Error {
  constructor(readonly code: VerifyProblemCode) {
    super(code);
  }
}

export async function verifyBagZip(zipPath: string, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      // Names are decoded and judged here rather than by yauzl, so that one bad name is reported
      // precisely and the rest of the archive still gets checked.
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (err) {
    return unreadable(await classifyOpenError(zipPath, err));
  }
  let raw: FileHandle | null = null;
  try {
    raw = await open(zipPath, 'r');
    return bounded(await verifyOpened(zipfile, raw, limits, opts));
  } finally {
    zipfile.close();
    await raw?.close();
  }
}

/** Caps the lists a hostile archive controls, so what crosses to the main thread stays small. */
function bounded(report: VerifyReport): VerifyReport {
  let missing = 0;
  const files = report.files.filter((f) => f.status !== 'missing' || ++missing <= MAX_LISTED_MISSING);
  if (report.problems.length <= MAX_LISTED_PROBLEMS && files.length === report.files.length) return report;
  const problems = report.problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = report.problems.length - problems.length;
  const unlisted = report.files.length - files.length;
  problems.push(
    verifyProblem(
      'problems-truncated',
      undefined,
      `+${more} / ${report.problems.length}${unlisted > 0 ? `; ${unlisted} missing files not listed` : ''}`,
    ),
  );
  return { ...report, problems, files };
}

async function verifyOpened(
  zipfile: yauzl.ZipFile,
  raw: FileHandle,
  limits: ZipLimits,
  opts: VerifyOptions,
): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const files: VerifiedFile[] = [];
  if (zipfile.entryCount > limits.maxEntries) {
    return { verdict: 'invalid', problems: [verifyProblem('zip-too-many-entries')], files, bagInfo: [] };
  }

  // Pass 1: the central directory only.
  let candidates: Candidate[];
  try {
    candidates = await screenEntries(zipfile, raw, limits, problems, files);
  } catch (err) {
    if (err instanceof LimitExceeded)
      return { verdict: 'invalid', problems: [...problems, verifyProblem(err.code)], files, bagInfo: [] };
    return unreadable(verifyProblem('zip-unreadable'));
  }
  if (
    problems.some(
      (p) =>
        p.code === 'zip-too-large' || p.code === 'zip-ratio-too-high' || p.code === 'zip-overlapping-entries',
    )
  ) {
    return { verdict: 'invalid', problems, files, bagInfo: [] };
  }

  const workFolder = opts.extractTo ?? (opts.inspectPdf ? opts.scratchDir : undefined);
  const workDir = workFolder !== undefined ? await makeWorkDir(workFolder) : null;
  let keepWorkDir = false;
  try {
    // Pass 2: contents, streamed in archive order.
    const reads: ReadResult[] = [];
    const budget = { total: 0, tags: 0, scratch: 0 };
    for (const c of candidates) {
      const isPdf = c.isPayload && opts.inspectPdf !== undefined && c.name.toLowerCase().endsWith('.pdf');
      const inMemory = isPdf && c.entry.uncompressedSize <= IN_MEMORY_PDF_BYTES;
      let extract = workDir !== null && c.isPayload && opts.extractTo !== undefined;
      if (!extract && isPdf && !inMemory && workDir !== null) {
        // A scratch copy only to inspect it: counted, and refused past the limit.
        budget.scratch += c.entry.uncompressedSize;
        extract = budget.scratch <= MAX_SCRATCH_BYTES;
      }
      try {
        const read = await readEntry(
          zipfile,
          c,
          limits,
          budget,
          extract ? workDir : null,
          opts.extractTo !== undefined,
          inMemory,
        );
        if (isPdf && opts.inspectPdf) {
          const pdf = read.content ?? read.extractedPath;
          read.pdf = pdf === undefined ? tooLargeToInspect() : await inspectSafely(opts.inspectPdf, pdf);
          if (c.isPayload) delete read.content;
        }
        reads.push(read);
      } catch (err) {
        if (err instanceof LimitExceeded) {
          problems.push(verifyProblem(err.code, c.name));
          return { verdict: 'invalid', problems, files: [...files], bagInfo: [] };
        }
        problems.push(verifyProblem('zip-entry-corrupt', c.name));
        files.push({ path: c.name, size: c.entry.uncompressedSize, sha256: '', status: 'corrupt' });
      }
    }
    for (const r of reads) {
      if (!r.intact) problems.push(verifyProblem('zip-crc-mismatch', r.name));
    }

    const bag = checkBag(reads, problems, files);
    const readByName = new Map(reads.map((r) => [r.name, r]));
    for (const f of files) {
      const read = readByName.get(f.path);
      if (f.status === 'ok' && read?.pdf !== undefined) f.pdf = read.pdf;
    }
    const verdict = problems.length === 0 ? 'valid' : 'invalid';
    const report: VerifyReport = { verdict, problems, files, bagInfo: bag.bagInfo };
    if (bag.payloadOxum) report.payloadOxum = bag.payloadOxum;
    const manifest = reads.find((r) => r.name === TAG_MANIFEST && !r.isPayload)?.content;
    const signature = reads.find((r) => r.name === TAG_MANIFEST_SIGNATURE && !r.isPayload)?.content;
    if (manifest && signature) report.tagManifestSignature = { manifest, signature };
    if (verdict === 'valid' && opts.extractTo !== undefined && workDir !== null) {
      for (const r of reads) {
        if (!r.isPayload && r.content) await writeInside(workDir, r.name, r.content);
      }
      const finalDir = join(opts.extractTo, EXTRACTED_BAG_DIR);
      // Every file was fsynced as it was written; the folders holding their names are flushed here, so
      // the bag the caller moves into place is whole on disk, not only in the page cache.
      await fsyncTree(workDir);
      await rename(workDir, finalDir);
      fsyncFolder(dirname(finalDir));
      keepWorkDir = true;
      report.extractedTo = finalDir;
    }
    return report;
  } finally {
    if (workDir !== null && !keepWorkDir) await rm(workDir, { recursive: true, force: true });
  }
}

async function inspectSafely(inspect: (pdf: Buffer | string) => Promise<unknown>, pdf: Buffer | string) {
  try {
    return await inspect(pdf);
  } catch (err) {
    // A PDF the inspector cannot parse is a finding about that document, not about the bag.
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function tooLargeToInspect() {
  return { error: `larger than ${IN_MEMORY_PDF_BYTES} bytes: not inspected without a scratch folder` };
}

/** Reads the central directory, refusing unsafe entries before any of their bytes are read. */
async function screenEntries(
  zipfile: yauzl.ZipFile,
  raw: FileHandle,
  limits: ZipLimits,
  problems: VerifyProblem[],
  files: VerifiedFile[],
): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  const exact = new Set<string>();
  const fileKeys = new Set<string>();
  const dirKeys = new Set<string>();
  const spans: Array<{ start: number; minEnd: number; name: string }> = [];
  let declaredTotal = 0;
  let count = 0;
  const refuse = (code: VerifyProblemCode, name: string, entry: yauzl.Entry, status: VerifiedFileStatus) => {
    problems.push(verifyProblem(code, name));
    files.push({ path: name, size: entry.uncompressedSize, sha256: '', status });
  };

  for await (const entry of zipfile.eachEntry()) {
    count++;
    if (count > limits.maxEntries) throw new LimitExceeded('zip-too-many-entries');
    const decoded = yauzl.getFileNameLowLevel(
      entry.generalPurposeBitFlag,
      entry.fileNameRaw,
      entry.extraFields,
      true,
    );
    const name = printable(decoded);
    spans.push({
      start: entry.relativeOffsetOfLocalHeader,
      minEnd:
        entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_FIXED + entry.fileNameLength + entry.compressedSize,
      name,
    });
    const isDirectory = name.endsWith('/');
    const hidden = hiddenCharacter(decoded);
    if (hidden !== null) {
      // A control character was always an unsafe name; now the message says which one.
      const code = hidden.control ? 'zip-unsafe-name' : 'zip-name-hidden-character';
      problems.push(verifyProblem(code, name, hidden.description));
      files.push({ path: name, size: entry.uncompressedSize, sha256: '', status: 'unsafe-name' });
      continue;
    }
    const lie = await localHeaderLie(raw, entry);
    if (lie !== null) {
      problems.push(verifyProblem(lie.code, name, lie.detail));
      files.push({ path: name, size: entry.uncompressedSize, sha256: '', status: 'corrupt' });
      continue;
    }
    if (unsafeNameReason(name, true) !== null) {
      refuse('zip-unsafe-name', name, entry, 'unsafe-name');
      continue;
    }
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      refuse('zip-symlink', name, entry, 'unsafe-name');
      continue;
    }
    if (exact.has(name)) {
      refuse('zip-duplicate-name', name, entry, 'unsafe-name');
      continue;
    }
    exact.add(name);
    // Twins by case or Unicode form, and a file named like a folder, would land on one path on disk.
    const key = collisionKey(isDirectory ? name.slice(0, -1) : name);
    const parents = parentKeys(key);
    const clash =
      parents.some((p) => fileKeys.has(p)) ||
      (isDirectory ? fileKeys.has(key) : fileKeys.has(key) || dirKeys.has(key));
    if (clash) {
      refuse('zip-name-collision', name, entry, 'unsafe-name');
      continue;
    }
    if (isDirectory) dirKeys.add(key);
    else fileKeys.add(key);
    for (const p of parents) dirKeys.add(p);
    if (name !== name.normalize('NFC')) {
      refuse('zip-name-not-nfc', name, entry, 'unsafe-name');
      continue;
    }
    if (isDirectory) continue;
    if (name === FETCH_TXT) {
      refuse('bag-fetch-refused', name, entry, 'unsafe-name');
      continue;
    }
    if (entry.isEncrypted()) {
      refuse('zip-encrypted', name, entry, 'corrupt');
      continue;
    }
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      refuse('zip-unsupported-compression', name, entry, 'corrupt');
      continue;
    }
    // Declared sizes are only a first filter: the counts that matter are made while inflating.
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxTotalUncompressedBytes) {
      problems.push(verifyProblem('zip-too-large', name));
      return candidates;
    }
    if (
      entry.uncompressedSize > limits.ratioCheckAboveBytes &&
      entry.uncompressedSize > limits.maxCompressionRatio * Math.max(entry.compressedSize, 1)
    ) {
      problems.push(verifyProblem('zip-ratio-too-high', name));
      return candidates;
    }
    candidates.push({ entry, name, isPayload: name.startsWith(PAYLOAD_DIR) });
  }

  // Entries whose data ranges overlap reuse one compressed stream many times (a "better zip bomb").
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1];
    const cur = spans[i];
    if (prev && cur && cur.start < prev.minEnd) {
      problems.push(verifyProblem('zip-overlapping-entries', cur.name));
      break;
    }
  }
  candidates.sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  return candidates;
}

const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const ZIP64_MARK = 0xffffffff;

/**
 * What a strict reader checks and yauzl does not: the local header repeats the central directory's name,
 * compression and (without a data descriptor) CRC and sizes; with one (flag bit 3), the descriptor after
 * the data holds the central CRC and sizes. A zip whose two copies disagree shows one name to one tool
 * and another (a `../` path, other bytes) to the next; it is refused, not interpreted.
 */
async function localHeaderLie(
  raw: FileHandle,
  entry: yauzl.Entry,
): Promise<{ code: 'zip-local-header-mismatch' | 'zip-data-descriptor-mismatch'; detail: string } | null> {
  const at = entry.relativeOffsetOfLocalHeader;
  const head = Buffer.alloc(LOCAL_HEADER_FIXED + entry.fileNameRaw.length);
  const { bytesRead } = await raw.read(head, 0, head.length, at);
  const local = 'zip-local-header-mismatch' as const;
  if (bytesRead < head.length || head.readUInt32LE(0) !== LOCAL_SIGNATURE)
    return { code: local, detail: 'no local header' };
  const flags = head.readUInt16LE(6);
  const method = head.readUInt16LE(8);
  const crc = head.readUInt32LE(14);
  const compressed = head.readUInt32LE(18);
  const uncompressed = head.readUInt32LE(22);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (nameLength !== entry.fileNameRaw.length || !head.subarray(LOCAL_HEADER_FIXED).equals(entry.fileNameRaw))
    return { code: local, detail: 'name' };
  if (method !== entry.compressionMethod) return { code: local, detail: 'compression method' };
  if ((flags & 0x8) !== (entry.generalPurposeBitFlag & 0x8)) return { code: local, detail: 'flags' };
  const zip64 = compressed === ZIP64_MARK || uncompressed === ZIP64_MARK;
  if ((flags & 0x8) === 0) {
    if (crc !== entry.crc32 >>> 0) return { code: local, detail: 'CRC-32' };
    if (!zip64 && (compressed !== entry.compressedSize || uncompressed !== entry.uncompressedSize))
      return { code: local, detail: 'sizes' };
    return null;
  }
  // Bit 3: the local fields may be zero, or must repeat the central ones.
  if (crc !== 0 && crc !== entry.crc32 >>> 0) return { code: local, detail: 'CRC-32' };
  if (!zip64 && compressed !== 0 && compressed !== entry.compressedSize)
    return { code: local, detail: 'sizes' };
  const dataEnd = at + LOCAL_HEADER_FIXED + nameLength + extraLength + entry.compressedSize;
  const tail = Buffer.alloc(24);
  const got = (await raw.read(tail, 0, tail.length, dataEnd)).bytesRead;
  const signed = got >= 4 && tail.readUInt32LE(0) === DESCRIPTOR_SIGNATURE ? 4 : 0;
  const wide = entry.compressedSize >= ZIP64_MARK || entry.uncompressedSize >= ZIP64_MARK;
  const need = signed + (wide ? 20 : 12);
  if (got < need) return { code: 'zip-data-descriptor-mismatch', detail: 'no data descriptor' };
  const dCrc = tail.readUInt32LE(signed);
  const dCompressed = wide ? Number(tail.readBigUInt64LE(signed + 4)) : tail.readUInt32LE(signed + 4);
  const dUncompressed = wide ? Number(tail.readBigUInt64LE(signed + 12)) : tail.readUInt32LE(signed + 8);
  if (
    dCrc !== entry.crc32 >>> 0 ||
    dCompressed !== entry.compressedSize ||
    dUncompressed !== entry.uncompressedSize
  ) {
    return { code: 'zip-data-descriptor-mismatch', detail: 'CRC-32 or sizes' };
  }
  return null;
}

function parentKeys(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf('/'); i > 0; i = key.indexOf('/', i + 1)) out.push(key.slice(0, i));
  return out;
}

/** Control characters in a hostile name are shown escaped, so a report line cannot be forged. */
function printable(name: string): string {
  let out = '';
  for (const c of name) {
    const code = c.charCodeAt(0);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

/** Counts, CRCs and hashes an entry's inflated bytes, and stops the stream at the first limit crossed. */
export class EntryMeter extends Transform {
  bytes = 0;
  crc = 0;
  readonly hash = createHash('sha256');
  readonly kept: Buffer[] | null;

  constructor(
    private readonly compressedSize: number,
    private readonly limits: ZipLimits,
    private readonly budget: { total: number; tags: number },
    keep: boolean,
    private readonly countsAsTag = keep,
  ) {
    super();
    this.kept = keep ? [] : null;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    const exceeded = this.exceeded(chunk.length);
    if (exceeded) {
      cb(new LimitExceeded(exceeded));
      return;
    }
    this.kept?.push(chunk);
    this.crc = crc32(chunk, this.crc);
    this.hash.update(chunk);
    cb(null, this.kept ? undefined : chunk);
  }

  private exceeded(n: number): VerifyProblemCode | null {
    this.bytes += n;
    this.budget.total += n;
    if (this.budget.total > this.limits.maxTotalUncompressedBytes) return 'zip-too-large';
    if (
      this.bytes > this.limits.ratioCheckAboveBytes &&
      this.bytes > this.limits.maxCompressionRatio * Math.max(this.compressedSize, 1)
    ) {
      return 'zip-ratio-too-high';
    }
    if (this.kept && this.countsAsTag) {
      this.budget.tags += n;
      if (this.budget.tags > this.limits.maxTagFileBytes) return 'tag-file-too-large';
    }
    return null;
  }
}

async function readEntry(
  zipfile: yauzl.ZipFile,
  c: Candidate,
  limits: ZipLimits,
  budget: { total: number; tags: number },
  extractDir: string | null,
  durable: boolean,
  keepPayload = false,
): Promise<ReadResult> {
  // A tag file is kept to be parsed; a payload PDF small enough, to be inspected from memory.
  const keep = !c.isPayload || (keepPayload && extractDir === null);
  const meter = new EntryMeter(c.entry.compressedSize, limits, budget, keep, !c.isPayload);
  let extractedPath: string | undefined;
  let sink: Writable;
  if (extractDir !== null) {
    extractedPath = await prepareInside(extractDir, c.name);
    // 'wx': never follow or overwrite something already there. `flush` fsyncs before close when the bag
    // is kept (an imported package is the Office's record: it must survive a power cut once imported);
    // a scratch copy only made to be inspected is thrown away, so it skips the cost.
    sink = createWriteStream(extractedPath, { flags: 'wx', flush: durable });
  } else {
    sink = new Writable({ write: (_chunk, _enc, cb) => cb() });
  }
  // yauzl starts inflating as soon as the stream exists, so its errors need a listener at once:
  // nothing may be awaited between opening the stream and handing it to pipeline().
  const source = await zipfile.openReadStreamPromise(c.entry);
  try {
    await pipeline(source, meter, sink);
  } catch (err) {
    source.destroy();
    throw err;
  }
  const result: ReadResult = {
    name: c.name,
    size: meter.bytes,
    sha256: meter.hash.digest('hex'),
    isPayload: c.isPayload,
    intact: meter.crc === c.entry.crc32 >>> 0,
  };
  if (extractedPath !== undefined) result.extractedPath = extractedPath;
  if (meter.kept) result.content = Buffer.concat(meter.kept);
  return result;
}

/** Resolves a checked bag path inside `root`, creating its folders; refuses anything that escapes. */
async function prepareInside(root: string, name: string): Promise<string> {
  const target = resolve(root, ...name.split('/'));
  if (!target.startsWith(root + sep)) throw new Error(`path escapes the work folder: ${name}`);
  await mkdir(resolve(target, '..'), { recursive: true });
  return target;
}

async function writeInside(root: string, name: string, data: Buffer): Promise<void> {
  const target = await prepareInside(root, name);
  const h = await open(target, 'wx');
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Flushes `dir` and every folder below it (their entries: the names of the files just written). */
async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await fsyncTree(join(dir, entry.name));
  }
  fsyncFolder(dir);
}

async function makeWorkDir(parent: string): Promise<string> {
  await mkdir(parent, { recursive: true });
  const dir = resolve(parent, `.verify-${randomBytes(6).toString('hex')}`);
  await mkdir(dir);
  return dir;
}

/** The BagIt rules, applied to what pass 2 read. */
function checkBag(
  reads: ReadResult[],
  problems: VerifyProblem[],
  files: VerifiedFile[],
): { bagInfo: Array<[string, string]>; payloadOxum?: PayloadOxum } {
  const tags = new Map<string, Buffer>();
  for (const r of reads) if (!r.isPayload && r.content) tags.set(r.name, r.content);
  const text = (name: string): string | null => {
    const data = tags.get(name);
    if (!data) return null;
    try {
      return UTF8.decode(data);
    } catch {
      problems.push(verifyProblem('tag-file-not-utf8', name));
      return null;
    }
  };

  const declaration = tags.get(BAGIT_DECLARATION);
  if (!declaration) problems.push(verifyProblem('bagit-txt-missing', BAGIT_DECLARATION));
  else if (declaration[0] === 0xef && declaration[1] === 0xbb && declaration[2] === 0xbf) {
    problems.push(verifyProblem('bagit-txt-bom', BAGIT_DECLARATION));
  } else if (!declaration.equals(Buffer.from(BAGIT_TXT, 'utf8'))) {
    problems.push(verifyProblem('bagit-txt-invalid', BAGIT_DECLARATION));
  }

  for (const name of tags.keys()) {
    const m = /^(tag)?manifest-([a-z0-9]+)\.txt$/.exec(name);
    if (m && m[2] !== 'sha256') problems.push(verifyProblem('manifest-algorithm-unsupported', name));
  }

  // Payload: every file in the manifest, every listed file present, every digest equal.
  const payloadReads = reads.filter((r) => r.isPayload);
  const manifestText = text(PAYLOAD_MANIFEST);
  const listed = new Map<string, string>();
  if (manifestText === null) {
    if (!tags.has(PAYLOAD_MANIFEST)) problems.push(verifyProblem('manifest-missing', PAYLOAD_MANIFEST));
  } else {
    const parsed = parseManifest(manifestText, 64);
    if (parsed.malformed.length > 0) problems.push(verifyProblem('manifest-malformed', PAYLOAD_MANIFEST));
    for (const line of parsed.lines) {
      if (!line.path.startsWith(PAYLOAD_DIR) || unsafeNameReason(line.path) !== null) {
        problems.push(verifyProblem('manifest-path-outside-payload', line.path));
      } else if (listed.has(line.path)) {
        problems.push(verifyProblem('manifest-duplicate-path', line.path));
      } else listed.set(line.path, line.digest);
    }
  }
  for (const r of payloadReads) {
    const expected = listed.get(r.name);
    let status: VerifiedFileStatus;
    if (!r.intact) status = 'corrupt';
    else if (expected === undefined) status = manifestText === null ? 'ok' : 'extra';
    else status = expected === r.sha256 ? 'ok' : 'hash-mismatch';
    if (manifestText !== null && expected === undefined)
      problems.push(verifyProblem('payload-extra', r.name));
    if (expected !== undefined && expected !== r.sha256)
      problems.push(verifyProblem('payload-hash-mismatch', r.name));
    files.push({ path: r.name, size: r.size, sha256: r.sha256, status });
  }
  const present = new Set(payloadReads.map((r) => r.name));
  const refused = new Set(files.map((f) => f.path));
  for (const [path, digest] of listed) {
    if (present.has(path)) continue;
    problems.push(verifyProblem('payload-missing', path));
    if (!refused.has(path)) files.push({ path, size: 0, sha256: digest, status: 'missing' });
  }

  // Tag files: every one listed in the tag manifest, with the digest it lists.
  const tagReads = reads.filter((r) => !r.isPayload);
  const tagManifestText = text(TAG_MANIFEST);
  if (tagManifestText === null) {
    if (!tags.has(TAG_MANIFEST)) problems.push(verifyProblem('tagmanifest-missing', TAG_MANIFEST));
  } else {
    const parsed = parseManifest(tagManifestText, 64);
    if (parsed.malformed.length > 0) problems.push(verifyProblem('manifest-malformed', TAG_MANIFEST));
    const tagListed = new Map<string, string>();
    for (const l of parsed.lines) {
      // Last-one-wins would let a second line override the first without anyone seeing it.
      if (tagListed.has(l.path)) problems.push(verifyProblem('manifest-duplicate-line', l.path));
      else tagListed.set(l.path, l.digest);
    }
    for (const r of tagReads) {
      if (/^tagmanifest-[a-z0-9]+\.txt$/.test(r.name) || r.name === TAG_MANIFEST_SIGNATURE) {
        files.push({ path: r.name, size: r.size, sha256: r.sha256, status: r.intact ? 'ok' : 'corrupt' });
        continue;
      }
      const expected = tagListed.get(r.name);
      let status: VerifiedFileStatus = r.intact ? 'ok' : 'corrupt';
      if (expected === undefined) {
        problems.push(verifyProblem('tag-extra', r.name));
        status = 'extra';
      } else if (expected !== r.sha256) {
        problems.push(verifyProblem('tag-hash-mismatch', r.name));
        status = 'hash-mismatch';
      }
      files.push({ path: r.name, size: r.size, sha256: r.sha256, status });
    }
    const tagPresent = new Set(tagReads.map((r) => r.name));
    for (const [path, digest] of tagListed) {
      if (path.startsWith(PAYLOAD_DIR) || unsafeNameReason(path) !== null) {
        problems.push(verifyProblem('manifest-path-outside-payload', path));
      } else if (!tagPresent.has(path)) {
        problems.push(verifyProblem('tag-missing', path));
        files.push({ path, size: 0, sha256: digest, status: 'missing' });
      }
    }
  }

  // bag-info.txt and Payload-Oxum, compared with what the archive really holds under data/.
  const infoText = text(BAG_INFO);
  let bagInfo: Array<[string, string]> = [];
  let payloadOxum: PayloadOxum | undefined;
  if (infoText === null) {
    if (!tags.has(BAG_INFO)) problems.push(verifyProblem('bag-info-missing', BAG_INFO));
  } else {
    const parsed = parseBagInfo(infoText);
    bagInfo = parsed.entries;
    if (parsed.malformed.length > 0) problems.push(verifyProblem('bag-info-malformed', BAG_INFO));
    const oxumValue = bagInfo.find(([label]) => label === 'Payload-Oxum')?.[1];
    if (oxumValue === undefined) problems.push(verifyProblem('payload-oxum-missing', BAG_INFO));
    else {
      const declared = parsePayloadOxum(oxumValue);
      if (!declared) problems.push(verifyProblem('payload-oxum-malformed', BAG_INFO));
      else {
        payloadOxum = declared;
        const octets = payloadReads.reduce((sum, r) => sum + r.size, 0);
        if (declared.octets !== octets || declared.count !== payloadReads.length) {
          problems.push(verifyProblem('payload-oxum-mismatch', BAG_INFO));
        }
      }
    }
  }
  return payloadOxum ? { bagInfo, payloadOxum } : { bagInfo };
}

function unreadable(problem: VerifyProblem): VerifyReport {
  return { verdict: 'unreadable', problems: [problem], files: [], bagInfo: [] };
}

/** Tells "not a zip at all" from "a damaged or truncated zip", which the user fixes differently. */
async function classifyOpenError(zipPath: string, err: unknown): Promise<VerifyProblem> {
  if (err instanceof Error && 'code' in err && err.code === 'ENOENT')
    return verifyProblem('zip-file-missing');
  try {
    const info = await stat(zipPath);
    if (info.size >= 4) {
      const h = await open(zipPath, 'r');
      try {
        const head = Buffer.alloc(4);
        await h.read(head, 0, 4, 0);
        // Local file header or (for an empty archive) end-of-central-directory signature.
        if (head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50) {
          return verifyProblem('zip-unreadable');
        }
      } finally {
        await h.close();
      }
    }
  } catch {
    return verifyProblem('zip-unreadable');
  }
  return verifyProblem('zip-not-zip');
}
