/**
 * Danh mục hồ sơ: the cover sheet a person at the Office reads first — the meeting, each item, each
 * document with its page count, signature status and the first characters of its SHA-256 (the full
 * digests are in manifest-sha256.txt and dossier.json), and any warnings the sender confirmed.
 *
 * The Noto Sans font comes from subsetFont.ts: only the glyphs printed are embedded (a few tens of KB,
 * where the whole font made a ~316 KB cover sheet and most of a small export's time).
 */
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import type { PreflightFinding } from '../../../shared/contract/packages';
import { STATUS_LABELS } from '../../../shared/dossiers/itemStatus';
import { MEETING_KIND_LABELS } from '../../../shared/packages/meetingKindLabels';
import { SIGNATURE_STATE_TEXT, signatureStateOf } from '../../../shared/packages/signatureState';
import { type SubsetFont, subsetVietnameseFont } from '../../pdf/subsetFont';
import type { Confirmation, PayloadDigests } from './dossierJson';
import type { DossierSnapshot } from './dossierSnapshot';
import type { PackageLayout } from './packageLayout';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 50, right: 50, top: 50, bottom: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = rgb(0, 0, 0);
const GREY = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.7, 0.7, 0.7);
const WARN = rgb(0.6, 0.15, 0.05);

/** STT | document / file | pages | digital signature | SHA-256 prefix (widths in points). */
const COLUMNS = [30, 205, 42, 123, 95] as const;
const TABLE_SIZE = 9;
const LEADING = 1.35;
export const SHA_PREFIX_LENGTH = 16;

export interface CoverSheetOptions {
  fontFile?: string;
}

export async function coverSheetPdf(
  snapshot: DossierSnapshot,
  layout: PackageLayout,
  digests: PayloadDigests,
  findings: readonly PreflightFinding[],
  confirmation: Confirmation | null,
  options: CoverSheetOptions = {},
): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await subsetVietnameseFont(doc, options.fontFile);
  const { meeting, agency } = snapshot;
  const title = `Danh mục hồ sơ — ${meeting.title}`.normalize('NFC');
  doc.setTitle(title);
  doc.setLanguage('vi-VN');
  doc.setCreator(`Dossier Desk ${snapshot.appVersion}`);
  doc.setProducer('Dossier Desk');
  doc.setCreationDate(snapshot.at);
  doc.setModificationDate(snapshot.at);

  const w = new SheetWriter(doc, font);
  w.text(agency.name.toUpperCase(), 10, { color: GREY });
  w.gap(8);
  w.text('DANH MỤC HỒ SƠ', 17, { center: true });
  w.text('Gói hồ sơ gửi Văn phòng UBND tỉnh', 10.5, { center: true, color: GREY });
  w.gap(10);
  w.text(`Cuộc họp: ${meeting.title}`, 11);
  w.text(`Loại cuộc họp: ${MEETING_KIND_LABELS[meeting.kind].vi}`, 10);
  const when = `${meeting.time ? `${meeting.time}, ` : ''}ngày ${ddmmyyyy(meeting.date)}`;
  w.text(`Thời gian: ${when}${meeting.place ? ` — Địa điểm: ${meeting.place}` : ''}`, 10);
  const signed = snapshot.deadlines.find((d) => d.rule === 'signed-documents');
  if (signed) {
    const late = signed.overdue ? ' (đã quá hạn)' : '';
    w.text(`Hạn gửi văn bản đã ký: ${signed.dueTime} ngày ${ddmmyyyy(signed.due)}${late}`, 10);
  }
  w.text(
    `Xuất gói lúc: ${snapshot.timeInVietnam.slice(0, 5)} ngày ${ddmmyyyy(snapshot.today)} — Dossier Desk ${snapshot.appVersion}`,
    10,
  );
  w.text(`Số nội dung: ${snapshot.items.length}; số tệp tài liệu: ${layout.files.length}`, 10);
  w.gap(8);

  const filesByEntry = new Map<number, PackageLayout['files']>();
  for (const f of layout.files) {
    const list = filesByEntry.get(f.entry.entry.id) ?? [];
    list.push(f);
    filesByEntry.set(f.entry.entry.id, list);
  }
  for (const it of snapshot.items) {
    w.gap(6);
    w.text(`${it.item.position}. ${it.item.title}`, 12);
    const people = [it.item.leadOfficer && `Chuyên viên: ${it.item.leadOfficer}`, it.item.leaderInCharge]
      .filter(Boolean)
      .join(' — ');
    w.text(
      `Trạng thái: ${STATUS_LABELS[it.item.status].vi}${people ? ` — ${people}` : ''} — Thư mục: ${layout.itemFolders.get(it.item.id) ?? ''}`,
      9,
      { color: GREY },
    );
    w.gap(3);
    const rows: string[][] = [];
    for (const e of it.entries) {
      if (e.entry.entryKind !== 'document') continue;
      const no = `${it.item.position}.${e.entry.position}`;
      const files = filesByEntry.get(e.entry.id) ?? [];
      if (files.length === 0) {
        const note = e.entry.required ? 'chưa có tệp (bắt buộc)' : 'chưa có tệp';
        rows.push([no, `${e.entry.label} — ${note}`, '—', '—', '—']);
        continue;
      }
      for (const f of files) {
        const pdf = f.attachment.blob.pdf;
        const state = signatureStateOf(pdf);
        const signer = pdf?.signatures.find((s) => s.signerName)?.signerName;
        const named = (state === 'trusted' || state === 'untrusted') && signer;
        const sign = SIGNATURE_STATE_TEXT[state].vi + (named ? ` (${signer})` : '');
        const sha = digests.get(f.path)?.sha256 ?? f.attachment.blob.sha256;
        rows.push([
          no,
          `${e.entry.label}: ${f.attachment.name}`,
          pdf?.pages == null ? '—' : String(pdf.pages),
          sign,
          sha.slice(0, SHA_PREFIX_LENGTH),
        ]);
      }
    }
    w.table(['STT', 'Tài liệu: tệp', 'Số trang', 'Chữ ký số', 'SHA-256 (đầu)'], rows);
  }

  if (snapshot.excludedItems.length > 0) {
    w.gap(8);
    w.text('Không đưa vào gói (đã rút hoặc bị loại khỏi chương trình):', 10);
    for (const i of snapshot.excludedItems)
      w.text(`${i.position}. ${i.title} — ${STATUS_LABELS[i.status].vi}`, 9.5);
  }

  w.gap(10);
  if (findings.length === 0) {
    w.text('Kiểm tra trước khi xuất: không có cảnh báo.', 10);
  } else {
    w.text(`Cảnh báo khi kiểm tra trước khi xuất (${findings.length}):`, 10.5, { color: WARN });
    for (const f of findings) w.text(`• ${f.vi}`, 9.5);
    if (confirmation) {
      w.gap(4);
      w.text(
        `Người xuất gói đã xác nhận gửi gói hồ sơ dù có các cảnh báo trên (lúc ${snapshot.timeInVietnam.slice(0, 5)} ngày ${ddmmyyyy(snapshot.today)}).`,
        10,
        { color: WARN },
      );
    }
  }
  w.gap(8);
  w.text(
    'Mã SHA-256 đầy đủ của từng tệp có trong manifest-sha256.txt và data/dossier.json; kiểm tra gói bằng: dossier-desk verify <tệp gói>.zip',
    8.5,
    { color: GREY },
  );
  w.finish(`Danh mục hồ sơ — ${agency.code}`);
  font.embed();
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function ddmmyyyy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Word wrap by measured width; a word wider than the line (a long file name) is broken by characters. */
export function wrapText(
  text: string,
  font: Pick<SubsetFont, 'widthOf'>,
  size: number,
  width: number,
): string[] {
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOf(s, size) <= width;
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let n = [...rest].length - 1;
      while (n > 1 && !fits([...rest].slice(0, n).join(''))) n--;
      out.push([...rest].slice(0, n).join(''));
      rest = [...rest].slice(n).join('');
    }
    line = rest;
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

class SheetWriter {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly measured: SubsetFont,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  private ensure(height: number): boolean {
    if (this.y - height >= MARGIN.bottom) return false;
    this.newPage();
    return true;
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(value: string, size: number, opts: { center?: boolean; color?: ReturnType<typeof rgb> } = {}): void {
    for (const line of wrapText(value, this.measured, size, CONTENT_WIDTH)) {
      this.ensure(size * LEADING);
      this.y -= size * LEADING;
      const x = opts.center
        ? MARGIN.left + (CONTENT_WIDTH - this.measured.widthOf(line, size)) / 2
        : MARGIN.left;
      this.measured.draw(this.page, line, { x, y: this.y, size, color: opts.color ?? INK });
    }
  }

  table(header: string[], rows: string[][]): void {
    const drawRow = (cells: string[], color: ReturnType<typeof rgb>) => {
      const wrapped = cells.map((c, i) => wrapText(c, this.measured, TABLE_SIZE, (COLUMNS[i] ?? 40) - 6));
      const lines = Math.max(...wrapped.map((l) => l.length));
      const height = lines * TABLE_SIZE * LEADING + 5;
      const broke = this.ensure(height);
      if (broke && color === INK) drawRow(header, GREY);
      let x = MARGIN.left;
      wrapped.forEach((cellLines, i) => {
        cellLines.forEach((line, n) => {
          this.measured.draw(this.page, line, {
            x: x + 3,
            y: this.y - (n + 1) * TABLE_SIZE * LEADING,
            size: TABLE_SIZE,
            color,
          });
        });
        x += COLUMNS[i] ?? 40;
      });
      this.y -= height;
      this.page.drawLine({
        start: { x: MARGIN.left, y: this.y + 1 },
        end: { x: MARGIN.left + CONTENT_WIDTH, y: this.y + 1 },
        thickness: 0.5,
        color: RULE,
      });
    };
    drawRow(header, GREY);
    if (rows.length === 0) drawRow(['', 'Không có tài liệu nào trong danh mục.', '', '', ''], INK);
    for (const row of rows) drawRow(row, INK);
  }

  /** Page numbers "Trang x/y" once the page count is known. */
  finish(footer: string): void {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const text = `${footer} — Trang ${i + 1}/${pages.length}`;
      const size = 8;
      this.measured.draw(p, text, {
        x: PAGE.width - MARGIN.right - this.measured.widthOf(text, size),
        y: MARGIN.bottom - 24,
        size,
        color: GREY,
      });
    });
  }
}
