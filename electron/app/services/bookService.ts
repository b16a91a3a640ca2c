/**
 * Sổ tài liệu, the app's side: reads the meeting (or item) from the database, plans the book from the
 * originals in the store, and has the worker assemble it at a checked path. Used by the UI's job, the
 * CLI `book` and the package export's "include the book" option.
 */
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { BookResultView } from '../../../shared/contract/book';
import type { PackageScope } from '../../../shared/contract/packages';
import { appError, isAppError } from '../../../shared/errors/appError';
import { type BookPlan, bookPlanOf, documentCount } from '../../book/bookPlan';
import type { DossierSnapshot } from '../../packages/dossierPackage/dossierSnapshot';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { assembleBookFile, type BookHooks } from './bookOptions';
import { asciiSlug } from './exportFiles';
import { type OutputKind, resolveOutputFile } from './outputFile';
import { collectSnapshot } from './packageService';

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

/**
 * The book's wording for the shared output-file checks (outputFile.ts). A file already at the given path
 * is replaced only once the new book is complete.
 */
const BOOK_OUTPUT: OutputKind = {
  extension: '.pdf',
  refuseExisting: false,
  codes: {
    'path-not-allowed': 'book-path-not-allowed',
    'path-not-absolute': 'book-path-not-absolute',
    'path-wrong-extension': 'book-path-not-pdf',
    'folder-missing': 'book-folder-missing',
    'path-not-file': 'book-path-not-file',
    'file-exists': 'book-file-exists',
    'path-in-store': 'book-path-in-store',
  },
  messages: {
    'path-not-allowed': () => [
      'Ở chế độ trình duyệt, sổ tài liệu luôn được lưu vào thư mục xuất của ứng dụng rồi tải về.',
      "In browser mode the book is always saved in the app's exports folder and then downloaded.",
    ],
    'path-not-absolute': () => [
      'Đường dẫn lưu sổ tài liệu phải là đường dẫn tuyệt đối.',
      'The book path must be absolute.',
    ],
    'path-wrong-extension': () => [
      'Tên tệp sổ tài liệu phải có đuôi .pdf.',
      'The book file name must end in .pdf.',
    ],
    'folder-missing': (target) => [
      `Thư mục "${dirname(target)}" không tồn tại.`,
      `The folder "${dirname(target)}" does not exist.`,
    ],
    'path-not-file': () => [
      'Đường dẫn lưu sổ tài liệu đang là một thư mục hoặc liên kết, không phải tệp.',
      'The book path is a folder or a link, not a file.',
    ],
    // Never raised (refuseExisting is false): an existing book file is replaced once the new one is whole.
    'file-exists': (target) => [
      `Tệp "${basename(target)}" đã có.`,
      `The file "${basename(target)}" already exists.`,
    ],
    'path-in-store': () => [
      'Không được lưu sổ tài liệu vào thư mục kho tệp hoặc thư mục gói đã nhận của ứng dụng.',
      "The book may not be saved inside the app's file store or received-packages folder.",
    ],
  },
};

/** Where the book goes (see outputFile.ts). Browser mode takes no path (its books are downloaded). */
export function resolveBookPath(
  ctx: AppContext,
  outPath: string | undefined,
  fallbackName: string,
): Promise<{ path: string; downloadable: boolean }> {
  return resolveOutputFile(ctx, BOOK_OUTPUT, outPath, fallbackName);
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
