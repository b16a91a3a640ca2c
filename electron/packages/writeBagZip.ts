/**
 * Writes a BagIt 1.0 bag (RFC 8493) as one streaming .zip: the package an agency sends to the PPC
 * Office (gói hồ sơ). Each payload file is read once: the same bytes are hashed and zipped, so a 2 GB
 * dossier goes through in bounded memory. Manifests come after the payload in the archive, which is
 * what lets them be written from the digests computed on the way.
 */
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { type FileHandle, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { type AppError, appError, isAppError } from '../../shared/errors/appError';
import {
  BAG_INFO,
  BAGIT_DECLARATION,
  BAGIT_TXT,
  COMPUTED_BAG_INFO_LABELS,
  collisionKey,
  formatBagInfo,
  formatManifest,
  formatPayloadOxum,
  isReservedTagName,
  isValidBagInfoLabel,
  PAYLOAD_DIR,
  PAYLOAD_MANIFEST,
  type PayloadOxum,
  TAG_MANIFEST,
  TAG_MANIFEST_SIGNATURE,
  unsafeNameReason,
} from './bagitFormat';
import { shouldDeflate } from './compressionPolicy';

export type BagPayloadSource = { kind: 'file'; path: string } | { kind: 'buffer'; data: Uint8Array };

export interface BagInput {
  /** bag-info.txt lines in order; Bagging-Date and Payload-Oxum are added by the writer. */
  bagInfo: Array<[label: string, value: string]>;
  /** `path` is relative to data/, '/'-separated; it is NFC-normalised before use. */
  payload: Array<{ path: string; source: BagPayloadSource }>;
  /** Extra tag files at the bag root (or in a sub-folder other than data/), listed in the tag manifest. */
  tagFiles?: Array<{ path: string; data: Uint8Array }>;
  /** 'YYYY-MM-DD'; defaults to today in Vietnam (Asia/Ho_Chi_Minh), where the bag is made. */
  baggingDate?: string;
  /**
   * Payload files made from what the streamed payload turned out to be (an index listing each file's
   * digest, a cover sheet): called once every `payload` file has been read and hashed, before the
   * manifests are written, so the bag is still made in one pass over the sources. It may also add
   * bag-info.txt lines that depend on what was read. Throwing here abandons the bag like any other
   * failure (nothing is left behind).
   */
  latePayload?: (payload: readonly BaggedFile[]) => Promise<LatePayload>;
  /**
   * Signs the finished tag manifest's bytes (a detached CMS, e.g. on the agency's token); the signature
   * is stored as the tag file TAG_MANIFEST_SIGNATURE. Throwing abandons the bag.
   */
  signTagManifest?: (tagManifest: Buffer) => Promise<Buffer>;
}

export interface LatePayload {
  files: Array<{ path: string; data: Uint8Array }>;
  /** Appended to bag-info.txt after the caller's lines, before Bagging-Date and Payload-Oxum. */
  bagInfo?: Array<[label: string, value: string]>;
}

export interface BagWriteProgress {
  bytesDone: number;
  bytesTotal: number;
  /** The payload path (relative to data/) being copied. */
  file: string;
}

export interface BagWriteOptions {
  onProgress?: (p: BagWriteProgress) => void;
  signal?: AbortSignal;
}

export interface BaggedFile {
  /** Path inside the bag, e.g. 'data/01 Tờ trình/to-trinh.pdf'. */
  path: string;
  size: number;
  sha256: string;
}

export interface BagWriteResult {
  path: string;
  /** Size and SHA-256 of the .zip itself, for the export log. */
  zipSize: number;
  zipSha256: string;
  payload: BaggedFile[];
  tagFiles: BaggedFile[];
  payloadOxum: PayloadOxum;
  bagInfo: Array<[string, string]>;
}

/** Report progress at most once per this many bytes (and at each file's end): IPC is not free. */
const PROGRESS_STEP = 4 * 1024 * 1024;
const READ_CHUNK = 1024 * 1024;

interface PlannedPayload {
  bagPath: string;
  source: BagPayloadSource;
  expectedSize: number;
  mtimeMs: number;
}

export async function writeBagZip(
  input: BagInput,
  outPath: string,
  opts: BagWriteOptions = {},
): Promise<BagWriteResult> {
  throwIfAborted(opts.signal);
  const baggingDate = input.baggingDate ?? civilDateIn('Asia/Ho_Chi_Minh', new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(baggingDate)) {
    throw appError('bag-date-invalid', 'Ngày đóng gói không hợp lệ.', 'Invalid bagging date.', {
      baggingDate,
    });
  }
  checkBagInfo(input.bagInfo);
  const tagFiles = checkTagFiles(input.tagFiles ?? []);
  const planned = await planPayload(input.payload);
  const bytesTotal = planned.reduce((sum, p) => sum + p.expectedSize, 0);

  const tempPath = `${outPath}.partial-${randomBytes(6).toString('hex')}`;
  const output = createWriteStream(tempPath, { flags: 'wx', highWaterMark: READ_CHUNK });
  try {
    await once(output, 'open');
  } catch (err) {
    throw appError(
      'bag-output-unwritable',
      'Không tạo được tệp gói hồ sơ tại vị trí đã chọn.',
      'Cannot create the package file at the chosen location.',
      { path: outPath, cause: String(err) },
    );
  }

  const zip = new yazl.ZipFile();
  const zipDigest = new DigestCounter();
  const written = pipeline(zip.outputStream, zipDigest, output);

  let failure: AppError | null = null;
  let rejectFailure: (err: AppError) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    rejectFailure = reject;
  });
  failed.catch(() => undefined);
  const activeSources = new Set<{ destroy: (err?: Error) => void }>();
  const fail = (err: unknown) => {
    if (failure) return;
    failure = isAppError(err)
      ? err
      : appError('bag-write-failed', 'Ghi gói hồ sơ thất bại.', 'Writing the package failed.', {
          cause: String(err),
        });
    for (const s of activeSources) s.destroy();
    // yazl types its output as the NodeJS interface; at run time it is a PassThrough.
    if (zip.outputStream instanceof Readable) zip.outputStream.destroy();
    rejectFailure(failure);
  };
  const onAbort = () =>
    fail(appError('bag-export-cancelled', 'Đã huỷ xuất gói hồ sơ.', 'The package export was cancelled.'));
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  zip.on('error', fail);
  // A failing disk stops yazl's pump; without this the payload promises would wait forever.
  written.catch(fail);

  try {
    const mtime = new Date();
    zip.addBuffer(Buffer.from(BAGIT_TXT, 'utf8'), BAGIT_DECLARATION, { mtime, compress: false });

    let bytesDone = 0;
    let lastReported = 0;
    const report = (file: string, force: boolean) => {
      if (!opts.onProgress) return;
      if (!force && bytesDone - lastReported < PROGRESS_STEP) return;
      lastReported = bytesDone;
      opts.onProgress({ bytesDone, bytesTotal, file });
    };

    const payloadDone = planned.map((p) => {
      const compress = shouldDeflate(p.bagPath);
      const relative = p.bagPath.slice(PAYLOAD_DIR.length);
      if (p.source.kind === 'buffer') {
        const data = p.source.data;
        zip.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), p.bagPath, {
          mtime,
          compress,
        });
        bytesDone += data.byteLength;
        report(relative, true);
        return Promise.resolve({ path: p.bagPath, size: data.byteLength, sha256: sha256Hex(data) });
      }
      const sourcePath = p.source.path;
      return new Promise<BaggedFile>((resolve) => {
        zip.addReadStreamLazy(p.bagPath, { mtime, compress, size: p.expectedSize }, (cb) => {
          const counter = new DigestCounter((n) => {
            bytesDone += n;
            report(relative, false);
          });
          const source = createReadStream(sourcePath, { highWaterMark: READ_CHUNK });
          activeSources.add(source).add(counter);
          source.on('error', (err) => fail(sourceError(sourcePath, err)));
          counter.on('error', fail);
          counter.on('end', () => {
            activeSources.delete(source);
            activeSources.delete(counter);
          });
          counter.finalCheck = async () => {
            // A file rewritten while it is copied would bag a mix of old and new bytes.
            const after = await stat(sourcePath);
            if (
              counter.bytes !== p.expectedSize ||
              after.size !== p.expectedSize ||
              after.mtimeMs !== p.mtimeMs
            ) {
              throw appError(
                'bag-source-changed',
                'Tệp nguồn bị thay đổi trong khi đang đóng gói; hãy thử lại.',
                'A source file changed while it was being packaged; try again.',
                { path: sourcePath, expected: p.expectedSize, read: counter.bytes, now: after.size },
              );
            }
            report(relative, true);
            resolve({ path: p.bagPath, size: counter.bytes, sha256: counter.hex() });
          };
          source.pipe(counter);
          cb(null, counter);
        });
      });
    });

    const payload = await Promise.race([Promise.all(payloadDone), failed]);
    const lateInfo: Array<[string, string]> = [];
    if (input.latePayload) {
      const late = await Promise.race([input.latePayload(payload), failed]);
      throwIfAborted(opts.signal);
      checkBagInfo(late.bagInfo ?? []);
      lateInfo.push(...(late.bagInfo ?? []));
      const names = new Set(planned.map((p) => collisionKey(p.bagPath.slice(PAYLOAD_DIR.length))));
      for (const file of late.files) {
        const relative = file.path.normalize('NFC');
        const reason = unsafeNameReason(relative);
        if (reason) throw unsafePathError(relative, reason);
        const key = collisionKey(relative);
        // Same name, or a file where a folder of the streamed payload is (or the other way round).
        const clash =
          names.has(key) || [...names].some((n) => n.startsWith(`${key}/`) || key.startsWith(`${n}/`));
        if (clash) throw duplicateError(relative);
        names.add(key);
        const bagPath = `${PAYLOAD_DIR}${relative}`;
        const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
        zip.addBuffer(data, bagPath, { mtime, compress: shouldDeflate(bagPath) });
        payload.push({ path: bagPath, size: data.length, sha256: sha256Hex(data) });
      }
    }
    const payloadOxum: PayloadOxum = {
      octets: payload.reduce((sum, f) => sum + f.size, 0),
      count: payload.length,
    };
    const bagInfo: Array<[string, string]> = [
      ...[...input.bagInfo, ...lateInfo].map(([l, v]): [string, string] => [l, v.normalize('NFC')]),
      ['Bagging-Date', baggingDate],
      ['Payload-Oxum', formatPayloadOxum(payloadOxum)],
    ];
    const tagBuffers: Array<{ path: string; data: Buffer }> = [
      { path: BAGIT_DECLARATION, data: Buffer.from(BAGIT_TXT, 'utf8') },
      { path: PAYLOAD_MANIFEST, data: Buffer.from(formatManifest(payload), 'utf8') },
      { path: BAG_INFO, data: Buffer.from(formatBagInfo(bagInfo), 'utf8') },
      ...tagFiles.map((t) => ({
        path: t.path,
        data: Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength),
      })),
    ];
    const tagged: BaggedFile[] = tagBuffers.map((t) => ({
      path: t.path,
      size: t.data.length,
      sha256: sha256Hex(t.data),
    }));
    for (const t of tagBuffers.slice(1))
      zip.addBuffer(t.data, t.path, { mtime, compress: shouldDeflate(t.path) });
    const tagManifest = Buffer.from(formatManifest(tagged), 'utf8');
    zip.addBuffer(tagManifest, TAG_MANIFEST, { mtime });
    const signature = input.signTagManifest ? await input.signTagManifest(tagManifest) : null;
    throwIfAborted(opts.signal);
    if (signature) zip.addBuffer(signature, TAG_MANIFEST_SIGNATURE, { mtime });
    zip.end();
    await Promise.race([written, failed]);
    throwIfAborted(opts.signal);

    await fsyncFile(tempPath);
    await rename(tempPath, outPath);
    await syncDirectory(dirname(outPath));
    return {
      path: outPath,
      zipSize: zipDigest.bytes,
      zipSha256: zipDigest.hex(),
      payload,
      tagFiles: [
        ...tagged,
        { path: TAG_MANIFEST, size: tagManifest.length, sha256: sha256Hex(tagManifest) },
        ...(signature
          ? [{ path: TAG_MANIFEST_SIGNATURE, size: signature.length, sha256: sha256Hex(signature) }]
          : []),
      ],
      payloadOxum,
      bagInfo,
    };
  } catch (err) {
    fail(err);
    output.destroy();
    await written.catch(() => undefined);
    if (!output.closed) await once(output, 'close').catch(() => undefined);
    await rm(tempPath, { force: true });
    throw failure ?? err;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Hashes and counts the bytes passing through; `finalCheck` runs before the stream ends. */
class DigestCounter extends Transform {
  bytes = 0;
  finalCheck: (() => Promise<void>) | null = null;
  private readonly hash = createHash('sha256');
  private digest: string | null = null;

  constructor(private readonly onBytes?: (n: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onBytes?.(chunk.length);
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    if (!this.finalCheck) {
      cb();
      return;
    }
    this.finalCheck().then(
      () => cb(),
      (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
    );
  }

  hex(): string {
    if (this.digest === null) throw new Error('digest read before the stream ended');
    return this.digest;
  }
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw appError('bag-export-cancelled', 'Đã huỷ xuất gói hồ sơ.', 'The package export was cancelled.');
  }
}

function sourceError(path: string, err: unknown): AppError {
  return appError(
    'bag-source-unreadable',
    'Không đọc được tệp tài liệu nguồn.',
    'A source document could not be read.',
    { path, cause: String(err) },
  );
}

function checkBagInfo(entries: ReadonlyArray<readonly [string, string]>): void {
  for (const [label] of entries) {
    if (!isValidBagInfoLabel(label)) {
      throw appError(
        'bag-info-invalid',
        'Nhãn trong bag-info.txt không hợp lệ.',
        'Invalid bag-info.txt label.',
        {
          label,
        },
      );
    }
    if ((COMPUTED_BAG_INFO_LABELS as readonly string[]).includes(label)) {
      throw appError(
        'bag-info-invalid',
        'Nhãn này do chương trình tự tính, không được cung cấp.',
        'This bag-info.txt label is computed by the writer and may not be supplied.',
        { label },
      );
    }
  }
}

function unsafePathError(path: string, reason: string): AppError {
  return appError(
    'bag-path-invalid',
    'Tên tệp trong gói không hợp lệ (ký tự cấm, "..", tên thiết bị hoặc quá dài).',
    'Invalid file name in the package (forbidden character, "..", device name or too long).',
    { path, reason },
  );
}

function checkTagFiles(tagFiles: ReadonlyArray<{ path: string; data: Uint8Array }>) {
  const seen = new Set<string>();
  return tagFiles.map((t) => {
    const path = t.path.normalize('NFC');
    const reason = unsafeNameReason(path);
    if (reason) throw unsafePathError(path, reason);
    if (path.startsWith(PAYLOAD_DIR) || path === 'data' || isReservedTagName(path)) {
      throw appError(
        'bag-path-invalid',
        'Tên tệp mô tả gói bị trùng tên dành riêng.',
        'Reserved tag file name.',
        {
          path,
        },
      );
    }
    const key = collisionKey(path);
    if (seen.has(key)) throw duplicateError(path);
    seen.add(key);
    return { path, data: t.data };
  });
}

function duplicateError(path: string): AppError {
  return appError(
    'bag-path-duplicate',
    'Hai tệp trong gói trùng tên (kể cả khi chỉ khác chữ hoa/thường hoặc dấu tiếng Việt mã hoá khác).',
    'Two files in the package have the same name (also when they differ only by case or Unicode form).',
    { path },
  );
}

async function planPayload(payload: BagInput['payload']): Promise<PlannedPayload[]> {
  const seen = new Map<string, string>();
  const planned: PlannedPayload[] = [];
  for (const item of payload) {
    const relative = item.path.normalize('NFC');
    const reason = unsafeNameReason(relative);
    if (reason) throw unsafePathError(relative, reason);
    const key = collisionKey(relative);
    if (seen.has(key)) throw duplicateError(relative);
    seen.set(key, relative);
    const bagPath = `${PAYLOAD_DIR}${relative}`;
    if (item.source.kind === 'buffer') {
      planned.push({ bagPath, source: item.source, expectedSize: item.source.data.byteLength, mtimeMs: 0 });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(item.source.path);
    } catch (err) {
      throw sourceError(item.source.path, err);
    }
    if (!st.isFile()) throw sourceError(item.source.path, 'not a regular file');
    planned.push({ bagPath, source: item.source, expectedSize: st.size, mtimeMs: st.mtimeMs });
  }
  // A file and a folder of the same name cannot both exist once extracted.
  for (const p of planned) {
    const key = collisionKey(p.bagPath.slice(PAYLOAD_DIR.length));
    for (let i = key.indexOf('/'); i > 0; i = key.indexOf('/', i + 1)) {
      if (seen.has(key.slice(0, i))) throw duplicateError(p.bagPath);
    }
  }
  return planned;
}

/** The calendar date at `instant` in an explicit zone, as 'YYYY-MM-DD'. */
export function civilDateIn(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The write stream has closed its descriptor; a fresh one flushes the same file's data to disk. */
async function fsyncFile(path: string): Promise<void> {
  const h = await open(path, 'r+');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Makes the rename durable on POSIX; Windows cannot open a directory for fsync and needs none. */
async function syncDirectory(dir: string): Promise<void> {
  let h: FileHandle | null = null;
  try {
    h = await open(dir, 'r');
    await h.sync();
  } catch {
    // Best effort by design: the file itself was fsynced before the rename.
  } finally {
    await h?.close().catch(() => undefined);
  }
}
