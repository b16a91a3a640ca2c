/**
 * Import of assigned tasks and opinion requests from the provincial document system's Excel exports, in
 * three steps: read (guarded; nothing written), map columns and preview every row with its errors, then
 * commit all rows in one transaction, refused while any row has an error. The read table stays in memory
 * for 30 minutes under a random id; a commit consumes it so a double click cannot write twice.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import type { ParsedArgs } from '../../../../shared/contract';
import { appError } from '../../../../shared/errors/appError';
import { isRequesterKind } from '../../../../shared/opinionRequests/register';
import {
  type ColumnMapping,
  IMPORT_FIELDS,
  type ImportTarget,
  type MappedRow,
  mappingProblems,
  mapRows,
  type SheetTable,
  suggestMapping,
} from '../../../../shared/registerImport/mapping';
import * as requests from '../../../db/repositories/opinionRequestRepository';
import * as tasks from '../../../db/repositories/taskRepository';
import { readSheetTable } from '../../../registerImport/readSheetTable';
import { resolveFileSource } from '../../../store/uploads';
import { DEFAULT_XLSX_LIMITS } from '../../../workProgram/xlsxZipGuard';
import type { AppContext } from '../../context';
import { dueFor, readRegisterSettings } from '../opinionRequests/register';
import { requireDb } from '../requireDb';
import { requireAgency } from '../workProgramService';

const HELD_MS = 30 * 60_000;
const MAX_HELD = 4;

interface HeldTable {
  at: number;
  target: ImportTarget;
  table: SheetTable;
}

const held = new WeakMap<AppContext, Map<string, HeldTable>>();

function heldFor(ctx: AppContext): Map<string, HeldTable> {
  let map = held.get(ctx);
  if (!map) {
    map = new Map();
    held.set(ctx, map);
  }
  const now = ctx.now().getTime();
  for (const [id, h] of map) if (now - h.at > HELD_MS || now < h.at) map.delete(id);
  return map;
}

export async function readImport(ctx: AppContext, args: ParsedArgs<'registerImport.read'>) {
  requireAgency(requireDb(ctx));
  const { path, name, isUpload } = resolveFileSource(ctx, args.source);
  let table: SheetTable;
  try {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw appError('registerImport.unreadable', `Không đọc được tệp "${name}".`, `Cannot read "${name}".`, {
        fileName: name,
      });
    }
    if (size > DEFAULT_XLSX_LIMITS.maxFileBytes) {
      throw appError(
        'workProgram.import.tooLarge',
        `Tệp "${name}" bị từ chối vì quá lớn (${size} byte). Không có gì được ghi.`,
        `"${name}" was refused as too large (${size} bytes). Nothing was written.`,
        { fileName: name, limit: DEFAULT_XLSX_LIMITS.maxFileBytes, actual: size },
      );
    }
    // Read once: the parser works on these bytes only (it can run in the xlsx worker unchanged).
    table = await readSheetTable(readFileSync(path), name);
  } finally {
    // An upload is used once; a user's own file is never removed.
    if (isUpload) rmSync(path, { force: true });
  }
  const map = heldFor(ctx);
  while (map.size >= MAX_HELD) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
  const readId = randomBytes(16).toString('hex');
  map.set(readId, { at: ctx.now().getTime(), target: args.target, table });
  return {
    readId,
    target: args.target,
    fileName: table.fileName,
    sheetName: table.sheetName,
    headerRowNumber: table.headerRowNumber,
    headers: table.headers,
    rowCount: table.rows.length,
    fields: IMPORT_FIELDS[args.target].map((f) => ({
      key: f.key,
      required: f.required,
      kind: f.kind,
      vi: f.vi,
      en: f.en,
    })),
    suggested: suggestMapping(table.headers, args.target),
  };
}

function requireHeld(ctx: AppContext, readId: string): HeldTable {
  const h = heldFor(ctx).get(readId);
  if (!h) {
    throw appError(
      'registerImport.expired',
      'Bảng đã đọc không còn (đã nhập rồi hoặc đã quá 30 phút). Hãy chọn lại tệp Excel.',
      'The sheet read is gone (already imported, or older than 30 minutes). Pick the Excel file again.',
    );
  }
  return h;
}

function mapHeld(ctx: AppContext, h: HeldTable, mapping: ColumnMapping) {
  const problems = mappingProblems(mapping, h.target, h.table.headers.length);
  const rows: MappedRow[] =
    problems.length > 0
      ? []
      : mapRows(h.table, mapping, h.target, {
          dueFor: (received, typedDue) => dueFor(ctx, { received, due: typedDue, workingDays: null }).due,
        });
  return { problems, rows };
}

export function previewImport(ctx: AppContext, args: ParsedArgs<'registerImport.preview'>) {
  const h = requireHeld(ctx, args.readId);
  const { problems, rows } = mapHeld(ctx, h, args.mapping);
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  return {
    mappingProblems: problems,
    rows: rows.map((r) => ({
      rowNumber: r.rowNumber,
      cells: r.cells,
      due: h.target === 'opinion-requests' ? (r.values?.due ?? null) : null,
      errors: r.errors,
    })),
    summary: { rows: rows.length, valid: rows.length - withErrors, withErrors },
  };
}

export function commitImport(
  ctx: AppContext,
  args: ParsedArgs<'registerImport.commit'>,
): { inserted: number } {
  const db = requireDb(ctx);
  const h = requireHeld(ctx, args.readId);
  const { problems, rows } = mapHeld(ctx, h, args.mapping);
  const first = problems[0];
  if (first) {
    throw appError(
      'registerImport.badMapping',
      `${first.vi} Không có gì được ghi.`,
      `${first.en} Nothing was written.`,
      {
        problems,
      },
    );
  }
  const bad = rows.filter((r) => r.errors.length > 0);
  if (bad.length > 0 || rows.length === 0) {
    throw appError(
      'registerImport.rowsWithErrors',
      rows.length === 0
        ? 'Tệp không có dòng dữ liệu nào. Không có gì được ghi.'
        : `${bad.length} dòng có lỗi (dòng ${bad
            .slice(0, 8)
            .map((r) => r.rowNumber)
            .join(
              ', ',
            )}${bad.length > 8 ? '…' : ''}): hãy sửa tệp rồi chọn lại. Nhập tất cả hoặc không nhập gì: không có gì được ghi.`,
      rows.length === 0
        ? 'The file has no data row. Nothing was written.'
        : `${bad.length} rows have errors (rows ${bad
            .slice(0, 8)
            .map((r) => r.rowNumber)
            .join(
              ', ',
            )}${bad.length > 8 ? '…' : ''}): fix the file and pick it again. All or nothing: nothing was written.`,
      { rows: bad.length },
    );
  }
  const at = ctx.now().toISOString();
  // All or nothing: one failing insert (a CHECK, a full disk) rolls every row back.
  const inserted = db.transaction(() => {
    requireAgency(db);
    for (const r of rows) {
      const v = r.values ?? {};
      const text = (key: string) => v[key] ?? '';
      if (h.target === 'tasks') {
        tasks.insertTask(
          db,
          {
            sourceDocument: text('sourceDocument'),
            content: text('content'),
            deadline: text('deadline'),
            leader: text('leader'),
          },
          at,
        );
      } else {
        const kind = text('requesterKind');
        const typedDue = r.cells.some((c) => c.field === 'due' && c.text !== '');
        requests.insertRequest(
          db,
          {
            requesterKind: isRequesterKind(kind) ? kind : 'other',
            requester: text('requester'),
            theirNumber: text('theirNumber'),
            theirDate: v.theirDate ?? null,
            subject: text('subject'),
            received: text('received'),
            due: text('due'),
            dueWorkingDays: typedDue ? null : readRegisterSettings(db).answerWorkingDays,
            assignee: text('assignee'),
            notes: `Nhập từ tệp ${h.table.fileName}, dòng ${r.rowNumber}`,
          },
          at,
        );
      }
    }
    return rows.length;
  })();
  heldFor(ctx).delete(args.readId);
  return { inserted };
}
