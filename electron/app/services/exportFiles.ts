import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportedFile } from '../../../shared/contract/workProgram';

/**
 * Generated documents (letters, reports, exported sheets) go to `<dataDir>/exports/`, the one folder the
 * browser mode's download route serves from. Names are plain ASCII (`[A-Za-z0-9._-]`): they travel in a
 * URL and in Content-Disposition, and a Windows share must accept them.
 */
export const EXPORTS_FOLDER = 'exports';
export const EXPORT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;

/**
 * A name the download route may serve: a finished export, never the `*.partial-*` of one still being
 * written or stopped by a crash (nor a temp file, which starts with a dot and fails EXPORT_NAME).
 */
export function isFinishedExportName(name: string): boolean {
  return EXPORT_NAME.test(name) && !/\.partial-[0-9a-f]+$/.test(name) && !name.endsWith('.tmp');
}

export function exportsDir(dataDir: string): string {
  return join(dataDir, EXPORTS_FOLDER);
}

/**
 * Writes the bytes atomically: a temp file in the same folder, fsynced, renamed over the target, then the
 * folder fsynced (where the platform allows) so the rename itself survives a power cut. A reader never
 * sees half a document.
 */
export function writeExport(dataDir: string, name: string, data: Buffer): ExportedFile {
  if (!EXPORT_NAME.test(name)) throw new Error(`unsafe export name: ${name}`);
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileDurably(path, data);
  return { path, name, size: data.length };
}

/** Temp file beside the target, fsync, rename over it, fsync the folder. Used for --out files as well. */
export function writeFileDurably(path: string, data: Buffer): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

function syncFolder(dir: string): void {
  // Windows cannot open a directory for fsync; there the rename is already durable enough (NTFS journals it).
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** "Sở Nội vụ" → "So-Noi-vu": ASCII for file names, Vietnamese letters folded. */
export function asciiSlug(text: string, max = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug === '' ? 'CQ' : slug;
}
