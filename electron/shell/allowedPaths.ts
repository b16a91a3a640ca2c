import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, sep } from 'node:path';
import { appError } from '../../shared/errors/appError';

/**
 * What the renderer may ask the desktop to reveal or open: only files inside the data folder or inside a
 * folder the user chose in a dialog, after resolving symbolic links (a link in the data folder pointing
 * at C:\Windows is outside). Opening is further limited to documents: never an executable or a script,
 * which `shell.openPath` would run. Plain Node, no Electron: the handler checks, the shell only acts.
 */

/** Documents a secretary attaches and exports; anything else is only ever shown in its folder. */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.odt',
  '.ods',
  '.txt',
  '.csv',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.tif',
  '.tiff',
  '.zip',
]);

export type PathUse = 'show' | 'open';

/** The real path of `requested` when it may be used, else a typed error naming why. */
export function allowedLocalPath(requested: string, roots: readonly string[], use: PathUse): string {
  if (!isAbsolute(requested)) throw notAllowed(requested);
  let real: string;
  try {
    real = realpathSync(requested);
  } catch {
    throw appError('path-not-found', `Không tìm thấy "${requested}".`, `"${requested}" was not found.`, {
      path: requested,
    });
  }
  if (!roots.some((root) => isInside(real, root))) throw notAllowed(requested);
  if (
    use === 'open' &&
    !statSync(real).isDirectory() &&
    !OPENABLE_EXTENSIONS.has(extname(real).toLowerCase())
  ) {
    throw appError(
      'path-not-openable',
      `Không mở tệp "${requested}": chỉ mở được tài liệu (PDF, Word, Excel, ảnh…). Hãy dùng "Hiện trong thư mục".`,
      `Not opening "${requested}": only documents (PDF, Word, Excel, images…) can be opened. Use "Show in folder".`,
      { path: requested },
    );
  }
  return real;
}

/** True when `path` (already real) is `root` or below it; roots are resolved through links too. */
export function isInside(path: string, root: string): boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return false;
  }
  const rel = relative(realRoot, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function notAllowed(path: string) {
  return appError(
    'path-not-allowed',
    `Không được mở "${path}": chỉ các tệp trong thư mục dữ liệu của ứng dụng hoặc thư mục bạn đã chọn.`,
    `"${path}" may not be opened: only files in the app's data folder or a folder you chose.`,
    { path },
  );
}
