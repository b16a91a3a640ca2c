/**
 * Where a file the app makes for the user goes (a package .zip, a session book .pdf): the given absolute
 * path (a save dialog's answer, the CLI's --out) once checked — the right extension, in an existing folder,
 * not a folder or link itself, not inside the app's store or received packages — or a new name under
 * <dataDir>/exports/. Browser mode takes no path at all: whoever can reach its bridge must not be able to
 * write files elsewhere on the PC. One mechanism for every kind of output, so that a guard added here
 * guards them all; each kind brings its own error codes and wording.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { appError } from '../../../shared/errors/appError';
import { STORE_FOLDER } from '../../store/blobStore';
import type { AppContext } from '../context';
import { EXPORT_NAME, exportsDir } from './exportFiles';
import { RECEIVED_FOLDER } from './receivedFolder';

/** Each refusal's message, by the part of the code after the kind's prefix (e.g. `package-path-in-store`). */
export type OutputProblem =
  | 'path-not-allowed'
  | 'path-not-absolute'
  | 'path-wrong-extension'
  | 'folder-missing'
  | 'path-not-file'
  | 'file-exists'
  | 'path-in-store';

export interface OutputKind {
  /** `.zip` or `.pdf`: what the file name must end in, and how a numbered default name is made. */
  extension: string;
  /** Error codes are `${codes[problem]}`: kept per kind, since the UI and the CLI read them. */
  codes: Record<OutputProblem, string>;
  messages: Record<OutputProblem, (target: string) => readonly [vi: string, en: string]>;
  /**
   * A file already at a chosen path outside <dataDir>/exports/: refused unless `overwrite` (the package),
   * or always replaced once the new file is complete (the book).
   */
  refuseExisting: boolean;
}

export async function resolveOutputFile(
  ctx: AppContext,
  kind: OutputKind,
  outPath: string | undefined,
  fallbackName: string,
  overwrite = false,
): Promise<{ path: string; downloadable: boolean }> {
  const refuse = (problem: OutputProblem, target: string, path: string) => {
    const [vi, en] = kind.messages[problem](target);
    return appError(kind.codes[problem], vi, en, { path });
  };
  const exports = exportsDir(ctx.dataDir);
  if (outPath !== undefined && !ctx.readsLocalPaths) throw refuse('path-not-allowed', outPath, outPath);
  let target: string;
  if (outPath === undefined) {
    await mkdir(exports, { recursive: true });
    target = join(exports, fallbackName);
    const numbered = new RegExp(`\\${kind.extension}$`);
    for (let n = 2; existsSync(target); n++)
      target = join(exports, fallbackName.replace(numbered, `-${n}${kind.extension}`));
  } else {
    if (!isAbsolute(outPath)) throw refuse('path-not-absolute', outPath, outPath);
    target = resolve(outPath);
    if (!target.toLowerCase().endsWith(kind.extension)) throw refuse('path-wrong-extension', target, outPath);
    const parent = await stat(dirname(target)).catch(() => null);
    if (!parent?.isDirectory()) throw refuse('folder-missing', target, outPath);
    const existing = await lstat(target).catch(() => null);
    if (existing && !existing.isFile()) throw refuse('path-not-file', target, outPath);
    const realParent = await realpath(dirname(target));
    if (kind.refuseExisting) {
      const realExports = await realpath(exports).catch(() => resolve(exports));
      if (existing && !overwrite && realParent !== realExports) throw refuse('file-exists', target, outPath);
    }
    for (const guarded of [STORE_FOLDER, RECEIVED_FOLDER]) {
      const root = await realpath(join(ctx.dataDir, guarded)).catch(() => resolve(ctx.dataDir, guarded));
      if (realParent === root || realParent.startsWith(root + sep))
        throw refuse('path-in-store', target, outPath);
    }
    target = join(realParent, basename(target));
  }
  const downloadable =
    relative(await realpath(exports).catch(() => exports), dirname(target)) === '' &&
    EXPORT_NAME.test(basename(target));
  return { path: target, downloadable };
}
