/**
 * `dossier-desk book --data-dir DIR --meeting ID [--item ID] --out FILE [--json]`: the session book (one
 * numbered PDF of the meeting's or one item's documents) without the UI. Exit 0 when made; 1 when there
 * is nothing to bind (no attached document); 2 on bad arguments or when it could not run.
 */
import { configureBook, makeBook } from '../../app/services/bookService';
import { LEFT_OUT_TEXT } from '../../book/bookText';
import { withDataDir } from '../dataDirContext';
import {
  checkItemOfMeeting,
  failedCheckOn,
  meetingOutputOf,
  meetingOutputOptions,
  progressByTenths,
} from '../meetingOutputOptions';
import { parseCommandArgs, writeJson } from '../output';
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

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('book', args, meetingOutputOptions);
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const output = meetingOutputOf('book', values);
  const { outPath, scope } = output;

  return withDataDir(output.dataDir, { now: ctx.now }, async (app) => {
    if (ctx.bookWorker) configureBook(app, { workerScript: ctx.bookWorker });
    checkItemOfMeeting(app, output);
    const progress = progressByTenths(
      ctx.io,
      values.json,
      (percent, done, total) => `  ${percent}% (${done}/${total})\n`,
    );
    const made = await makeBook(
      app,
      { scope, outPath },
      { onProgress: (p) => progress(p.documentsDone, p.documentsTotal) },
    ).catch(failedCheckOn('book-empty', ctx.io, values.json));
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
