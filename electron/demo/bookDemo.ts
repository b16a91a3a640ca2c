/**
 * Sample data for the session book (issue 13): the first upcoming meeting's first item gets an annex whose
 * pages are of every shape a book meets — an A4 landscape table, an A3 map, a page shown turned by /Rotate
 * and a scanned page (one image) — so that "Tạo sổ tài liệu" on the sample shows how each is fitted and
 * stamped. It goes beside the item's signed tờ trình, so no pre-flight warning changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument, PDFName } from 'pdf-lib';
import type { AppContext } from '../app/context';
import { addAttachment } from '../app/services/attachmentService';
import { requireDb } from '../app/services/requireDb';
import { BookFont } from '../book/bookFont';
import { fontPath } from '../pdf/fontPath';

const A4: [number, number] = [595.28, 841.89];

export async function annexPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  // The book's own light embedding (a subset of Noto Sans): pdf-lib's whole-font embedding decodes every
  // glyph of the font, which made the sample data seconds slower.
  const font = new BookFont(readFileSync(fontPath()), ctx.nextRef());
  doc.setTitle('Phụ lục: bảng biểu, bản đồ, bản quét');
  const text = (x: number, y: number, size: number, value: string) =>
    `BT /F1 ${size} Tf ${x} ${y} Td ${font.encode(value)} Tj ET`;
  const page = (size: [number, number], ops: string[], rotate = 0) => {
    const p = doc.addPage(size);
    p.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: font.ref } }));
    p.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(ops.join('\n'), {})));
    if (rotate) p.setRotation(degrees(rotate));
    return p;
  };

  const table: string[] = [
    '0.1 g 0.1 G 0.6 w',
    text(50, 540, 16, 'Phụ lục 1. Bảng tổng hợp kinh phí (khổ ngang)'),
  ];
  const heads = ['STT', 'Hạng mục', 'Năm 2026', 'Năm 2027', 'Ghi chú'];
  for (let r = 0; r < 12; r++) {
    for (let c = 0; c < heads.length; c++) {
      const cell =
        r === 0
          ? (heads[c] ?? '')
          : c === 0
            ? String(r)
            : c === 1
              ? `Hạng mục số ${r}`
              : c === 4
                ? ''
                : `${(r * 137 + c * 59) % 900} triệu đồng`;
      table.push(`${50 + c * 148} ${490 - r * 36} 148 36 re S`, text(56 + c * 148, 502 - r * 36, 10, cell));
    }
  }
  page([A4[1], A4[0]], table);

  const map: string[] = ['0.1 g', text(60, 1130, 20, 'Phụ lục 2. Sơ đồ vị trí khu vực (khổ A3)')];
  map.push('0.1 0.4 0.2 RG 3 w 60 80 720 1020 re S', '0.2 0.5 0.8 RG 2 w');
  for (let i = 0; i < 9; i++) map.push(`${60 + i * 80} 80 m ${140 + i * 70} 1100 l S`);
  map.push('0.6 0.1 0.1 rg', text(330, 600, 28, 'Khu vực dự án'));
  page([841.89, 1190.55], map);

  page(
    A4,
    [
      '0.1 g',
      text(50, 780, 14, 'Phụ lục 3. Trang quét bị xoay (hiển thị xoay 90°)'),
      text(450, 30, 11, 'Góc dưới phải'),
    ],
    90,
  );

  const side = 600;
  const pixels = Buffer.alloc(side * side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      pixels[y * side + x] =
        (x * 7 + y * 3) % 64 < 4 || x < 8 || y < 8 || x > side - 9 || y > side - 9 ? 40 : 230;
  const image = ctx.register(
    ctx.stream(deflateSync(pixels), {
      Filter: 'FlateDecode',
      Type: 'XObject',
      Subtype: 'Image',
      Width: side,
      Height: side,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    }),
  );
  const scan = doc.addPage(A4);
  scan.node.set(PDFName.of('Resources'), ctx.obj({ XObject: { Scan: image } }));
  scan.node.set(
    PDFName.of('Contents'),
    ctx.register(ctx.stream(`q ${A4[0]} 0 0 ${A4[1]} 0 0 cm /Scan Do Q`, {})),
  );
  font.embed(ctx);
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
