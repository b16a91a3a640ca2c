import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * File writes that survive a power cut: data is fsynced before the rename that publishes it, and the
 * folder is fsynced after, so the new name itself is on disk. A crash leaves the old file or the new one,
 * never half of either (a leftover temp file at worst, which nothing reads).
 */

/** Flushes a file's contents to the disk. */
export function fsyncFile(path: string): void {
  // r+ rather than r: Windows refuses FlushFileBuffers on a handle opened read-only.
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to the disk. Windows cannot open folders: it journals renames itself. */
export function fsyncFolder(path: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temp name beside `path` (same folder, so the final rename never crosses file systems). */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
}

/** Renames and makes the rename durable. */
export function renameDurable(from: string, to: string): void {
  renameSync(from, to);
  fsyncFolder(dirname(to));
}

/** Writes `data` to `path` atomically: temp file, fsync, rename, fsync of the folder. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempPathBeside(path);
  try {
    writeFileSync(temp, data);
    fsyncFile(temp);
    renameDurable(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
