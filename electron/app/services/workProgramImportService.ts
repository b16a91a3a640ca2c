import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { ParsedArgs } from '../../../shared/contract';
import type { FileSource } from '../../../shared/contract/fileSource';
import type { ImportPreview } from '../../../shared/contract/workProgram';
import { appError } from '../../../shared/errors/appError';
import type { ToWhom, WorkProgramItemDraft } from '../../../shared/workProgram/types';
import * as repo from '../../db/repositories/workProgramRepository';
import { resolveFileSource } from '../../store/uploads';
import { runInWorker } from '../../workers/guardedWorker';
import type { WorkProgramImportPreview } from '../../workProgram/parseWorkProgramXlsx';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';
import { requireAgency } from './workProgramService';

/**
 * Nhập chương trình công tác từ Excel in two steps: a preview (nothing written; per-row errors shown) and
 * a commit of exactly the rows the user saw, in one transaction. The preview stays in memory, keyed by a
 * random id, for PREVIEW_TTL_MS; a commit consumes it so the same sheet cannot be written twice by a
 * double click.
 */
const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_PREVIEWS = 4;

interface HeldPreview {
  at: number;
  fileName: string;
  drafts: WorkProgramItemDraft[];
  rowsWithErrors: number;
}

const previews = new WeakMap<AppContext, Map<string, HeldPreview>>();

function heldFor(ctx: AppContext): Map<string, HeldPreview> {
  let map = previews.get(ctx);
  if (!map) {
    map = new Map();
    previews.set(ctx, map);
  }
  const now = ctx.now().getTime();
  for (const [id, held] of map) if (now - held.at > PREVIEW_TTL_MS || now < held.at) map.delete(id);
  return map;
}

export async function importPreview(ctx: AppContext, source: FileSource): Promise<ImportPreview> {
  requireAgency(requireDb(ctx));
  const { path, name, cleanup } = sourcePath(ctx, source);
  let preview: WorkProgramImportPreview;
  try {
    // exceljs builds an object per cell: it runs in the guarded worker, never on this thread.
    preview = await runInWorker(
      'parse-work-program-xlsx',
      { path, fileName: name, today: todayOf(ctx.now) },
      { fileName: name },
    );
  } finally {
    // An upload is used once: the user picks the file again to re-import after fixing it.
    cleanup();
  }
  const fileName = name;
  const drafts = preview.rows.flatMap((r) => (r.item && r.errors.length === 0 ? [r.item] : []));
  const held = heldFor(ctx);
  while (held.size >= MAX_PREVIEWS) {
    const oldest = held.keys().next().value;
    if (oldest === undefined) break;
    held.delete(oldest);
  }
  const previewId = randomBytes(16).toString('hex');
  held.set(previewId, {
    at: ctx.now().getTime(),
    fileName,
    drafts,
    rowsWithErrors: preview.summary.rowsWithErrors,
  });
  return {
    previewId,
    fileName,
    sheetName: preview.sheetName,
    headerRowNumber: preview.headerRowNumber,
    rows: preview.rows,
    summary: { ...preview.summary, rowsWithoutToWhom: drafts.filter((d) => d.toWhom === null).length },
  };
}

function sourcePath(
  ctx: AppContext,
  source: FileSource,
): { path: string; name: string; cleanup: () => void } {
  const { path, name, isUpload } = resolveFileSource(ctx, source);
  // The uploaded copy is consumed by the preview; a user's own file is never removed.
  return { path, name, cleanup: isUpload ? () => rmSync(path, { force: true }) : () => undefined };
}

export function importCommit(
  ctx: AppContext,
  args: ParsedArgs<'workProgram.importCommit'>,
): { inserted: number; skippedRowsWithErrors: number } {
  const db = requireDb(ctx);
  let drafts: WorkProgramItemDraft[];
  let skipped = 0;
  let previewId: string | null = null;
  if ('previewId' in args) {
    const held = heldFor(ctx).get(args.previewId);
    if (!held) {
      throw appError(
        'workProgram.import.previewExpired',
        'Bản xem trước không còn (đã nhập rồi hoặc đã quá 30 phút). Hãy chọn lại tệp Excel.',
        'The preview is gone (already imported, or older than 30 minutes). Pick the Excel file again.',
        { previewId: args.previewId.slice(0, 64) },
      );
    }
    drafts = held.drafts;
    skipped = held.rowsWithErrors;
    previewId = args.previewId;
  } else {
    drafts = args.rows;
  }
  if (drafts.length === 0) {
    throw appError(
      'workProgram.import.nothingValid',
      'Không có dòng hợp lệ nào để nhập. Không có dữ liệu nào được ghi.',
      'There is no valid row to import. Nothing was written.',
    );
  }
  const withoutToWhom = drafts.filter((d) => d.toWhom === null).length;
  const fallback: ToWhom | null = args.defaultToWhom ?? null;
  if (withoutToWhom > 0 && fallback === null) {
    throw appError(
      'workProgram.import.toWhomRequired',
      `${withoutToWhom} dòng không ghi cấp trình: hãy chọn cấp trình cho các dòng này trước khi nhập. Không có dữ liệu nào được ghi.`,
      `${withoutToWhom} rows do not say to whom the item goes: choose one for them before importing. Nothing was written.`,
      { rows: withoutToWhom },
    );
  }
  const at = ctx.now().toISOString();
  // All or nothing: one failing insert (a CHECK, a full disk) rolls every row back.
  const inserted = db.transaction(() => {
    requireAgency(db);
    for (const d of drafts) {
      repo.insertItem(
        db,
        {
          number: d.number,
          title: d.title,
          leadAgency: d.leadAgency,
          coordinatingAgencies: d.coordinatingAgencies,
          targetMonth: d.targetMonth,
          toWhom: d.toWhom ?? fallback ?? 'ppc',
          status: d.status,
          notes: d.notes,
          lateCause: '',
          remedy: '',
          newSchedule: null,
        },
        at,
      );
    }
    return drafts.length;
  })();
  if (previewId !== null) heldFor(ctx).delete(previewId);
  return { inserted, skippedRowsWithErrors: skipped };
}
