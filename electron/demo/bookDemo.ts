/**
 * Sample data for the session book (issue 13): the first upcoming meeting's first item gets an annex whose
 * pages are of every shape a book meets — an A4 landscape table, an A3 map, a page shown turned by /Rotate
 * and a scanned page (one image) — so that "Tạo sổ tài liệu" on the sample shows how each is fitted and
 * stamped. It goes beside the item's signed tờ trình, so no pre-flight warning changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFName, rgb } from 'pdf-lib';
import type { AppContext } from '../app/context';
import { addAttachment } from '../app/services/attachmentService';
import { requireDb } from '../app/services/requireDb';
import { fontPath } from '../pdf/fontPath';

const A4: [number, number] = [595.28, 841.89];

export async function annexPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Whole font: @pdf-lib/fontkit's subsetter drops glyph outlines (see electron/book/bookFont.ts).
  const font = await doc.embedFont(readFileSync(fontPath()), { subset: false, features: { ccmp: false } });
  doc.setTitle('Phụ lục: bảng biểu, bản đồ, bản quét');
  const ink = rgb(0.1, 0.1, 0.1);

  const table = doc.addPage([A4[1], A4[0]]);
  table.drawText('Phụ lục 1. Bảng tổng hợp kinh phí (khổ ngang)', {
    x: 50,
    y: 540,
    size: 16,
    font,
    color: ink,
  });
  const rows = ['STT', 'Hạng mục', 'Năm 2026', 'Năm 2027', 'Ghi chú'];
  for (let r = 0; r < 12; r++) {
    for (let c = 0; c < rows.length; c++) {
      const text =
        r === 0
          ? (rows[c] ?? '')
          : c === 0
            ? String(r)
            : c === 1
              ? `Hạng mục số ${r}`
              : c === 4
                ? ''
                : `${(r * 137 + c * 59) % 900} triệu đồng`;
      table.drawRectangle({
        x: 50 + c * 148,
        y: 490 - r * 36,
        width: 148,
        height: 36,
        borderColor: ink,
        borderWidth: 0.6,
      });
      table.drawText(text, { x: 56 + c * 148, y: 502 - r * 36, size: 10, font, color: ink });
    }
  }

  const map = doc.addPage([841.89, 1190.55]);
  map.drawText('Phụ lục 2. Sơ đồ vị trí khu vực (khổ A3)', { x: 60, y: 1130, size: 20, font, color: ink });
  map.drawRectangle({
    x: 60,
    y: 80,
    width: 720,
    height: 1020,
    borderColor: rgb(0.1, 0.4, 0.2),
    borderWidth: 3,
  });
  for (let i = 0; i < 9; i++) {
    map.drawLine({
      start: { x: 60 + i * 80, y: 80 },
      end: { x: 140 + i * 70, y: 1100 },
      color: rgb(0.2, 0.5, 0.8),
      thickness: 2,
    });
  }
  map.drawText('Khu vực dự án', { x: 330, y: 600, size: 28, font, color: rgb(0.6, 0.1, 0.1) });

  const turned = doc.addPage(A4);
  turned.drawText('Phụ lục 3. Trang quét bị xoay (hiển thị xoay 90°)', {
    x: 50,
    y: 780,
    size: 14,
    font,
    color: ink,
  });
  turned.drawText('Góc dưới phải', { x: 450, y: 30, size: 11, font, color: ink });
  turned.setRotation(degrees(90));

  const scan = doc.addPage(A4);
  const side = 600;
  const pixels = Buffer.alloc(side * side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      pixels[y * side + x] =
        (x * 7 + y * 3) % 64 < 4 || x < 8 || y < 8 || x > side - 9 || y > side - 9 ? 40 : 230;
  const image = doc.context.register(
    doc.context.stream(pixels, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: side,
      Height: side,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    }),
  );
  scan.node.setXObject(PDFName.of('Scan'), image);
  const content = doc.context.register(doc.context.stream(`q ${A4[0]} 0 0 ${A4[1]} 0 0 cm /Scan Do Q`, {}));
  scan.node.set(PDFName.of('Contents'), content);
  return Buffer.from(await doc.save());
}

/** Attaches the annex to the submission entry of the first item of the first meeting from `today` on. */
export async function fillBookDemo(ctx: AppContext, today: string): Promise<void> {
  const db = requireDb(ctx);
  const row = db
    .prepare(
      `SELECT e.id AS entryId FROM meeting m
         JOIN agenda_item i ON i.meeting_id = m.id
         JOIN checklist_entry e ON e.agenda_item_id = i.id AND e.code = 'submission'
        WHERE m.date >= ? AND EXISTS (SELECT 1 FROM attachment a WHERE a.checklist_entry_id = e.id)
        ORDER BY m.date, m.id, i.position LIMIT 1`,
    )
    .get(today) as { entryId: number } | undefined;
  if (!row) return;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-demo-book-'));
  try {
    const path = join(dir, 'Phụ lục - bảng biểu, bản đồ A3, bản quét.pdf');
    writeFileSync(path, await annexPdf());
    await addAttachment(ctx, { entryId: row.entryId, source: { kind: 'path', path } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
