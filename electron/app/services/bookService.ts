/**
 * Sổ tài liệu, the app's side: reads the meeting (or item) from the database, plans the book from the
 * originals in the store, and has the worker assemble it at a checked path. Used by the UI's job, the
 * CLI `book` and the package export's "include the book" option.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BookResultView } from '../../../shared/contract/book';
import type { PackageScope } from '../../../shared/contract/packages';
import { appError, isAppError } from '../../../shared/errors/appError';
import { type BookPlan, bookPlanOf, documentCount } from '../../book/bookPlan';
import type { DossierSnapshot } from '../../packages/dossierPackage/dossierSnapshot';
import { STORE_FOLDER } from '../../store/blobStore';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { assembleBookFile, type BookHooks } from './bookOptions';
import { asciiSlug, EXPORT_NAME, exportsDir } from './exportFiles';
import { collectSnapshot, RECEIVED_FOLDER } from './packageService';

export { configureBook } from './bookOptions';

function emptyBook(title: string, meetingId: number) {
  return appError(
    'book-empty',
    `"${title}" chưa có tài liệu nào được đính kèm nên chưa tạo được sổ tài liệu. Hãy đính kèm tệp vào danh mục hồ sơ trước.`,
    `"${title}" has no attached documents yet, so no book can be made. Attach files to the checklist first.`,
    { meetingId },
  );
}

/** The snapshot and plan of a scope; refuses a meeting or item with nothing to put in a book. */
export function planBook(
  ctx: AppContext,
  scope: PackageScope,
): { snapshot: DossierSnapshot; plan: BookPlan } {
  let snapshot: DossierSnapshot;
  try {
    snapshot = collectSnapshot(ctx, scope);
  } catch (error) {
    if (isAppError(error) && error.code === 'package-empty') {
      const meetingId = typeof error.detail?.meetingId === 'number' ? error.detail.meetingId : 0;
      throw appError(
        'book-empty',
        'Cuộc họp chưa có nội dung trình nào nên chưa tạo được sổ tài liệu.',
        'The meeting has no agenda item, so no book can be made.',
        { meetingId },
      );
    }
    throw error;
  }
  const store = storeFor(ctx);
  const plan = bookPlanOf(snapshot, (sha256) => {
    const path = store.pathOf(sha256);
    return existsSync(path) ? path : null;
  });
  if (documentCount(plan) === 0) {
    const title = plan.itemScope
      ? `Nội dung ${plan.itemScope.position}. ${plan.itemScope.title}`
      : plan.meeting.title;
    throw emptyBook(title, plan.meeting.id);
  }
  return { snapshot, plan };
}

/** ASCII, so it travels in the download route's URL: so-tai-lieu-STP-2026-12-17-hop3-20261125T090000.pdf */
export function defaultBookName(snapshot: DossierSnapshot): string {
  const stamp = `${snapshot.today.replace(/-/g, '')}T${snapshot.timeInVietnam.replace(/:/g, '')}`;
  const item = snapshot.scope.kind === 'item' ? `-nd${snapshot.scope.itemId}` : '';
  return `so-tai-lieu-${asciiSlug(snapshot.agency.code, 20)}-${snapshot.meeting.date}-hop${snapshot.meeting.id}${item}-${stamp}.pdf`;
}

function pathError(code: string, vi: string, en: string, path: string) {
  return appError(code, vi, en, { path });
}

/**
 * Where the book goes: the given absolute .pdf path (a save dialog's answer, the CLI's --out) in an
 * existing folder, not a folder itself, not inside the store or received packages; or a new name under
 * <dataDir>/exports/. A file already at the given path is replaced only once the new book is complete.
 * Browser mode takes no path (its books are downloaded from the exports folder).
 */
export async function resolveBookPath(
  ctx: AppContext,
  outPath: string | undefined,
  fallbackName: string,
): Promise<{ path: string; downloadable: boolean }> {
  const exports = exportsDir(ctx.dataDir);
  if (outPath !== undefined && !ctx.readsLocalPaths) {
    throw pathError(
      'book-path-not-allowed',
      'Ở chế độ trình duyệt, sổ tài liệu luôn được lưu vào thư mục xuất của ứng dụng rồi tải về.',
      "In browser mode the book is always saved in the app's exports folder and then downloaded.",
      outPath,
    );
  }
  let target: string;
  if (outPath === undefined) {
    await mkdir(exports, { recursive: true });
    target = join(exports, fallbackName);
    for (let n = 2; existsSync(target); n++)
      target = join(exports, fallbackName.replace(/\.pdf$/, `-${n}.pdf`));
  } else {
    if (!isAbsolute(outPath)) {
      throw pathError(
        'book-path-not-absolute',
        'Đường dẫn lưu sổ tài liệu phải là đường dẫn tuyệt đối.',
        'The book path must be absolute.',
        outPath,
      );
    }
    target = resolve(outPath);
    if (!target.toLowerCase().endsWith('.pdf')) {
      throw pathError(
        'book-path-not-pdf',
        'Tên tệp sổ tài liệu phải có đuôi .pdf.',
        'The book file name must end in .pdf.',
        outPath,
      );
    }
    const parent = await stat(dirname(target)).catch(() => null);
    if (!parent?.isDirectory()) {
      throw pathError(
        'book-folder-missing',
        `Thư mục "${dirname(target)}" không tồn tại.`,
        `The folder "${dirname(target)}" does not exist.`,
        outPath,
      );
    }
    const existing = await lstat(target).catch(() => null);
    if (existing && !existing.isFile()) {
      throw pathError(
        'book-path-not-file',
        'Đường dẫn lưu sổ tài liệu đang là một thư mục hoặc liên kết, không phải tệp.',
        'The book path is a folder or a link, not a file.',
        outPath,
      );
    }
    const realParent = await realpath(dirname(target));
    for (const guarded of [STORE_FOLDER, RECEIVED_FOLDER]) {
      const root = await realpath(join(ctx.dataDir, guarded)).catch(() => resolve(ctx.dataDir, guarded));
      if (realParent === root || realParent.startsWith(root + sep)) {
        throw pathError(
          'book-path-in-store',
          'Không được lưu sổ tài liệu vào thư mục kho tệp hoặc thư mục gói đã nhận của ứng dụng.',
          "The book may not be saved inside the app's file store or received-packages folder.",
          outPath,
        );
      }
    }
    target = join(realParent, basename(target));
  }
  const downloadable =
    relative(await realpath(exports).catch(() => exports), dirname(target)) === '' &&
    EXPORT_NAME.test(basename(target));
  return { path: target, downloadable };
}

export interface MakeBookArgs {
  scope: PackageScope;
  outPath?: string | undefined;
}

export async function makeBook(
  ctx: AppContext,
  args: MakeBookArgs,
  hooks: BookHooks = {},
): Promise<BookResultView> {
  const { snapshot, plan } = planBook(ctx, args.scope);
  const out = await resolveBookPath(ctx, args.outPath, defaultBookName(snapshot));
  const result = await assembleBookFile(ctx, plan, out.path, hooks);
  return {
    path: out.path,
    fileName: basename(out.path),
    pages: result.pages,
    bytes: result.bytes,
    documents: result.documents,
    downloadable: out.downloadable,
  };
}
