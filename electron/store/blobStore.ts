/**
 * Kho tệp: the content-addressed attachment store, `<dataDir>/store/ab/cdef…` named by SHA-256.
 *
 * A file enters in two steps so that the database never points to a file that is not durably there:
 *  1. `stage` streams the source into a temp file inside the store (never the whole file in memory; files
 *     over 2 GB work), hashing on the way, then fsyncs it. Any failure (source gone, changed, disk full)
 *     removes the temp file and throws a clear AppError.
 *  2. `place` (synchronous, so no other work interleaves before the caller's transaction) renames the temp
 *     file to its hash name and fsyncs the folder, or drops it when the same content is already there.
 * The caller inserts the rows right after `place`, in one transaction. A crash between the two leaves a
 * file without a row: an orphan that "check data" reports and can remove. Never a row without a file.
 *
 * A file whose last row is gone is not deleted but moved to `<store>/.trash/<sha256>` (`removeFile`):
 * backups hold only the database, so restoring an older one brings back rows whose files must still be
 * somewhere. A restore moves them back (`restoreFromTrash`); "check data → repair" purges the trash files
 * no kept backup can need any more (`purgeTrash`).
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppError } from '../../shared/errors/appError';
import { isAppError } from '../../shared/errors/appError';
import { fsyncFolder } from '../backup/durableFs';
import { errnoOf, storeErrors } from './storeErrors';

export const STORE_FOLDER = 'store';
export const TEMP_FOLDER = 'tmp';
export const TEMP_SUFFIX = '.part';
/** Freed files, kept for the backups that still reference them. Not a two-hex-digit name: never a shard. */
export const TRASH_FOLDER = '.trash';
export const DEFAULT_MAX_ATTACHMENT_BYTES = 4 * 1024 ** 3;
const HEAD_BYTES = 1024;
const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The file-system calls the copy goes through, replaceable in tests (disk full, a file that vanishes). */
export interface StoreFs {
  createReadStream: typeof fs.createReadStream;
  createWriteStream: typeof fs.createWriteStream;
}

export interface BlobStoreOptions {
  maxBytes?: number;
  fs?: Partial<StoreFs>;
  /** The clock that dates a file moved to the trash (the context's, so tests can move it). */
  now?: () => Date;
}

export interface TrashedFile {
  sha256: string;
  path: string;
  size: number;
  /** When the file was moved to the trash (ms since the epoch). */
  trashedAtMs: number;
}

export interface StagedBlob {
  sha256: string;
  size: number;
  /** The first bytes, for type sniffing. */
  head: Buffer;
  /** Where the bytes are now; `place` moves them to their hash name. */
  tempPath: string;
  /** False when the staged file is the caller's (an upload consumed in place): `discard` leaves it. */
  ownsTemp: boolean;
}

export class BlobStore {
  readonly root: string;
  readonly tempDir: string;
  readonly trashDir: string;
  readonly maxBytes: number;
  private readonly fs: StoreFs;
  private readonly now: () => Date;

  constructor(dataDir: string, options: BlobStoreOptions = {}) {
    this.root = join(dataDir, STORE_FOLDER);
    this.tempDir = join(this.root, TEMP_FOLDER);
    this.trashDir = join(this.root, TRASH_FOLDER);
    this.now = options.now ?? (() => new Date());
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
    this.fs = {
      createReadStream: options.fs?.createReadStream ?? fs.createReadStream,
      createWriteStream: options.fs?.createWriteStream ?? fs.createWriteStream,
    };
  }

  pathOf(sha256: string): string {
    if (!HASH_PATTERN.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2));
  }

  /**
   * Streams `sourcePath` into a temp file in the store, hashing it. With `inPlace`, the source is a file
   * the app already owns inside the data folder (a finished upload): it is only hashed, then moved.
   */
  async stage(
    sourcePath: string,
    displayName: string,
    options: { inPlace?: boolean } = {},
  ): Promise<StagedBlob> {
    const before = await this.statSource(sourcePath, displayName);
    if (before.size === 0) throw storeErrors.empty(displayName);
    if (before.size > this.maxBytes) throw storeErrors.tooLarge(displayName, before.size, this.maxBytes);

    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let copied = 0;
    const maxBytes = this.maxBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        copied += chunk.length;
        if (copied > maxBytes) {
          done(storeErrors.tooLarge(displayName, copied, maxBytes));
          return;
        }
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        done(null, options.inPlace ? undefined : chunk);
      },
    });

    const tempPath = options.inPlace
      ? sourcePath
      : join(this.tempDir, `${randomBytes(12).toString('hex')}${TEMP_SUFFIX}`);
    try {
      if (options.inPlace) {
        await pipeline(this.fs.createReadStream(sourcePath), meter, async (source) => {
          for await (const _ of source) {
            // Hash only: the transform already consumed the bytes.
          }
        });
      } else {
        fs.mkdirSync(this.tempDir, { recursive: true });
        await pipeline(
          this.fs.createReadStream(sourcePath),
          meter,
          this.fs.createWriteStream(tempPath, { flags: 'wx' }),
        );
        await fsyncFile(tempPath);
      }
      // A source deleted or rewritten while we read it: the copy may not be what the user picked.
      const after = await stat(sourcePath).catch((error: unknown) => {
        if (errnoOf(error) === 'ENOENT') throw storeErrors.vanished(displayName);
        throw error;
      });
      if (copied !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        throw storeErrors.changed(displayName, before.size, copied);
      }
    } catch (error) {
      if (!options.inPlace) removeQuietly(tempPath);
      throw this.copyError(error, displayName, sourcePath);
    }
    return {
      sha256: hash.digest('hex'),
      size: copied,
      head: Buffer.concat(head),
      tempPath,
      ownsTemp: !options.inPlace,
    };
  }

  /**
   * Moves a staged file to its hash name (synchronous on purpose, see the module comment). When the same
   * content is already stored with the right size, the staged copy is dropped (deduplication); a stored
   * file of the wrong size (damaged) is replaced by the fresh copy.
   */
  place(staged: StagedBlob): { existed: boolean } {
    const final = this.pathOf(staged.sha256);
    const existing = statQuietly(final);
    if (existing?.isFile() && existing.size === staged.size) {
      if (staged.ownsTemp || staged.tempPath !== final) removeQuietly(staged.tempPath);
      return { existed: true };
    }
    fs.mkdirSync(dirname(final), { recursive: true });
    fs.renameSync(staged.tempPath, final);
    fsyncFolder(dirname(final));
    return { existed: false };
  }

  /** Drops a staged copy that will not be used. */
  discard(staged: StagedBlob): void {
    if (staged.ownsTemp) removeQuietly(staged.tempPath);
  }

  /**
   * Takes a stored file whose last reference is gone (after the transaction that removed it) out of the
   * store, into the trash: one atomic rename, dated now (its modification time) so that `purgeTrash` can
   * tell which backups came after. A file already in the trash under that name is replaced (same bytes).
   */
  removeFile(sha256: string): void {
    const from = this.pathOf(sha256);
    if (!statQuietly(from)?.isFile()) return;
    const to = this.trashPathOf(sha256);
    fs.mkdirSync(this.trashDir, { recursive: true });
    fs.renameSync(from, to);
    const now = this.now();
    fs.utimesSync(to, now, now);
    fsyncFolder(this.trashDir);
    fsyncFolder(dirname(from));
  }

  trashPathOf(sha256: string): string {
    if (!HASH_PATTERN.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
    return join(this.trashDir, sha256);
  }

  /**
   * Moves a trashed file back to its place in the store, when the store lacks it and the trash holds it
   * with the expected size. True when it was moved back.
   */
  restoreFromTrash(sha256: string, size: number): boolean {
    if (this.hasFile(sha256)) return false;
    const from = this.trashPathOf(sha256);
    const info = statQuietly(from);
    if (!info?.isFile() || info.size !== size) return false;
    const to = this.pathOf(sha256);
    fs.mkdirSync(dirname(to), { recursive: true });
    fs.renameSync(from, to);
    fsyncFolder(dirname(to));
    fsyncFolder(this.trashDir);
    return true;
  }

  /** The files in the trash; names that are not hashes (nothing puts them there) are left out. */
  listTrash(): TrashedFile[] {
    if (!fs.existsSync(this.trashDir)) return [];
    const out: TrashedFile[] = [];
    for (const file of fs.readdirSync(this.trashDir, { withFileTypes: true })) {
      if (!file.isFile() || !HASH_PATTERN.test(file.name)) continue;
      const path = join(this.trashDir, file.name);
      const info = statQuietly(path);
      if (info) out.push({ sha256: file.name, path, size: info.size, trashedAtMs: info.mtimeMs });
    }
    return out;
  }

  /** Deletes the trash files moved there before `cutoffMs`, except `keep`; returns their hashes. */
  purgeTrash(cutoffMs: number, keep: ReadonlySet<string> = new Set()): string[] {
    const purged: string[] = [];
    for (const file of this.listTrash()) {
      if (file.trashedAtMs >= cutoffMs || keep.has(file.sha256)) continue;
      removeQuietly(file.path);
      purged.push(file.sha256);
    }
    return purged;
  }

  hasFile(sha256: string): boolean {
    return statQuietly(this.pathOf(sha256))?.isFile() ?? false;
  }

  /** Every file under the store with its size; names that are not hashes are reported as such. */
  listFiles(): Array<{ sha256: string | null; path: string; size: number }> {
    const out: Array<{ sha256: string | null; path: string; size: number }> = [];
    if (!fs.existsSync(this.root)) return out;
    for (const dir of fs.readdirSync(this.root, { withFileTypes: true })) {
      if (!dir.isDirectory() || dir.name === TEMP_FOLDER || dir.name === TRASH_FOLDER) continue;
      const dirPath = join(this.root, dir.name);
      for (const file of fs.readdirSync(dirPath, { withFileTypes: true })) {
        const path = join(dirPath, file.name);
        const name = `${dir.name}${file.name}`;
        out.push({
          sha256: /^[0-9a-f]{2}$/.test(dir.name) && HASH_PATTERN.test(name) ? name : null,
          path,
          size: file.isFile() ? fs.statSync(path).size : -1,
        });
      }
    }
    return out;
  }

  /** Temp files left by an interrupted copy (a crash, a power cut). */
  listTempFiles(): string[] {
    if (!fs.existsSync(this.tempDir)) return [];
    return fs.readdirSync(this.tempDir).map((name) => join(this.tempDir, name));
  }

  /** Re-reads a stored file and returns its SHA-256 (deep check). */
  async hashFile(sha256: string): Promise<string> {
    const hash = createHash('sha256');
    await pipeline(fs.createReadStream(this.pathOf(sha256)), hash);
    return hash.digest('hex');
  }

  private async statSource(sourcePath: string, displayName: string): Promise<fs.Stats> {
    let info: fs.Stats;
    try {
      info = await stat(sourcePath);
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw storeErrors.sourceMissing(displayName);
      throw storeErrors.unreadable(displayName, code);
    }
    if (!info.isFile()) throw storeErrors.notAFile(displayName);
    return info;
  }

  private copyError(error: unknown, displayName: string, sourcePath: string): AppError {
    if (isAppError(error)) return error;
    const code = errnoOf(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') return storeErrors.diskFull(displayName);
    if (code === 'ENOENT' && !fs.existsSync(sourcePath)) return storeErrors.vanished(displayName);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' || code === 'EIO') {
      return storeErrors.unreadable(displayName, code);
    }
    return storeErrors.copyFailed(displayName, code);
  }
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function statQuietly(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch {
    return null;
  }
}

export function removeQuietly(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
}

export function displayNameOf(path: string): string {
  return basename(path).normalize('NFC');
}
