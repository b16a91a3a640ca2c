/**
 * `dossier-desk book --data-dir DIR --meeting ID [--item ID] --out FILE [--json]`: the session book (one
 * numbered PDF of the meeting's or one item's documents) without the UI. Exit 0 when made; 1 when there
 * is nothing to bind (no attached document); 2 on bad arguments or when it could not run.
 */
import { resolve } from 'node:path';
import type { PackageScope } from '../../../shared/contract/packages';
import { appError, isAppError } from '../../../shared/errors/appError';
import { configureBook, makeBook } from '../../app/services/bookService';
import { requireDb } from '../../app/services/requireDb';
import { LEFT_OUT_TEXT } from '../../book/bookText';
import { getAgendaItem } from '../../db/repositories/agendaItemRepository';
import { withDataDir } from '../dataDirContext';
import { dataDirOption, missingOption, parseCommandArgs, reportError, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk book --data-dir DIR --meeting ID [--item ID] --out FILE.pdf [--json]

  Tạo sổ tài liệu họp: bìa, mục lục, rồi mọi tài liệu PDF theo thứ tự chương trình và danh mục hồ sơ,
  mỗi trang đóng dấu "Trang x/y" và số nội dung ở lề, có mục lục điện tử (bookmark). Bản để đọc: tệp gốc
  đã ký không bị sửa đổi. Tài liệu không ghép được (không phải PDF, mã hoá, hỏng, mất) được liệt kê kèm lý do.
  Makes the session book: cover, contents, then every PDF in agenda and checklist order, each page
  stamped "Trang x/y" with the item number, with bookmarks. A reading copy: signed originals are not
  altered. Documents that cannot go in (not PDF, encrypted, damaged, missing) are listed with the reason.

  --item ID   chỉ một nội dung trình của cuộc họp / only one agenda item of the meeting
  --out FILE  tệp .pdf cần ghi (thay tệp cũ khi sổ mới đã xong) / the .pdf to write (replaces it once done)
  Mã thoát / exit: 0 đã tạo / made, 1 không có tài liệu nào / nothing to bind,
                   2 tham số sai hoặc không chạy được / bad arguments or could not run
  JSON: { "ok": true, "path": "...", "pages": 0, "bytes": 0, "scope": {...},
          "documents": [{ "number": "1.2", "name": "...", "sha256": "...", "firstPage": 3, "pages": 2,
                          "leftOut": null | "missing" | "changed" | "not-pdf" | "encrypted" | "damaged" | "no-pages" }] }
`;

function idOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw appError(
      'invalid-arguments',
      `${name} phải là mã số nguyên dương (nhận được "${value}").`,
      `${name} must be a positive whole-number id (got "${value}").`,
      { field: name, input: value },
    );
  }
  return Number(value);
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('book', args, {
    'data-dir': { type: 'string' },
    meeting: { type: 'string' },
    item: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption('book', '--data-dir');
  const meetingId = idOption('--meeting', values.meeting);
  if (meetingId === undefined) throw missingOption('book', '--meeting');
  const itemId = idOption('--item', values.item);
  if (!values.out || values.out.trim() === '') throw missingOption('book', '--out');
  const outPath = resolve(values.out);
  const scope: PackageScope =
    itemId === undefined ? { kind: 'meeting', meetingId } : { kind: 'item', itemId };

  return withDataDir(dataDir, { now: ctx.now }, async (app) => {
    if (ctx.bookWorker) configureBook(app, { workerScript: ctx.bookWorker });
    if (itemId !== undefined) {
      const item = getAgendaItem(requireDb(app), itemId);
      if (item && item.meetingId !== meetingId) {
        throw appError(
          'invalid-arguments',
          `Nội dung trình ${itemId} không thuộc cuộc họp ${meetingId} (mà thuộc cuộc họp ${item.meetingId}).`,
          `Agenda item ${itemId} does not belong to meeting ${meetingId} (it belongs to meeting ${item.meetingId}).`,
          { field: '--item', input: itemId },
        );
      }
    }
    let lastDone = -1;
    const made = await makeBook(
      app,
      { scope, outPath },
      {
        onProgress: (p) => {
          if (values.json || p.documentsTotal === 0) return;
          const percent = Math.floor((100 * p.documentsDone) / p.documentsTotal);
          if (percent >= lastDone + 10) {
            lastDone = percent;
            ctx.io.stderr(`  ${percent}% (${p.documentsDone}/${p.documentsTotal})\n`);
          }
        },
      },
    ).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'book-empty') {
        reportError(ctx.io, error, values.json);
        return null;
      }
      throw error;
    });
    if (made === null) return EXIT_FAILED_CHECK;
    if (values.json) {
      writeJson(ctx.io, {
        ok: true,
        path: made.path,
        pages: made.pages,
        bytes: made.bytes,
        scope,
        documents: made.documents,
      });
      return EXIT_OK;
    }
    const leftOut = made.documents.filter((d) => d.leftOut !== null);
    ctx.io.stdout(
      `Đã tạo sổ tài liệu / Book made: ${made.path}\n` +
        `  ${made.pages} trang / pages, ${made.documents.length - leftOut.length} tài liệu / documents, ${made.bytes} byte\n`,
    );
    if (leftOut.length > 0) {
      ctx.io.stdout(`  Không đưa vào sổ / Left out (${leftOut.length}):\n`);
      for (const d of leftOut) {
        const why = d.leftOut ? LEFT_OUT_TEXT[d.leftOut] : null;
        ctx.io.stdout(`  - ${d.number} ${d.name}: ${why?.vi} / ${why?.en} — SHA-256 ${d.sha256}\n`);
      }
    }
    return EXIT_OK;
  });
}

export const bookCommand: CliCommand = {
  name: 'book',
  summary: { vi: 'Tạo sổ tài liệu họp (một PDF đánh số)', en: 'Make the session book (one numbered PDF)' },
  usage: USAGE,
  run,
};
