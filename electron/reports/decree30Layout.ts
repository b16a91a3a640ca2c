import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { OfficialDocumentHeading, Signer } from '../../shared/workProgram/officialDocument';
import { formatNumberAndSymbol, formatPlaceAndDate } from '../../shared/workProgram/officialDocument';

/**
 * The page and the fixed parts of an administrative document as Decree 30/2020/NĐ-CP (Appendix I) lays
 * them out: A4 portrait; margins top 20, bottom 20, left 30, right 15 mm (the low ends of the allowed
 * ranges, so long tables fit); Times New Roman; body 14 pt. Sizes below are in points and converted to
 * docx half-points by `pt`.
 */
export const FONT = 'Times New Roman';
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 20,
  bottomMm: 20,
  leftMm: 30,
  rightMm: 15,
} as const;
/**
 * Printable width in twips: the width every full-width table is given. Worked out here as docx's
 * convertMillimetersToTwip does (mm / 25.4 in × 1440): calling docx at load would load it at start-up
 * (it loads on first use, issue 10).
 */
export const CONTENT_WIDTH = Math.floor(((PAGE.widthMm - PAGE.leftMm - PAGE.rightMm) / 25.4) * 72 * 20);

const pt = (points: number): number => points * 2;
// BorderStyle's values spelled out for the same reason ('none', 'single').
const NONE = { style: 'none', size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: 'single', size: 6, color: '000000', space: 1 } as const;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    font: FONT,
    size: pt(style.size ?? 14),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });
}

export interface ParagraphStyle extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in mm (Decree 30: 10–12.7 mm for body paragraphs). */
  firstLineMm?: number;
  /** Left indent in mm. */
  leftMm?: number;
  beforePt?: number;
  afterPt?: number;
  keepNext?: boolean;
}

// AlignmentType's values (JUSTIFIED is 'both'), spelled out so that loading this module does not load docx.
const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/** A paragraph of one or more runs; strings take the paragraph's own run style. */
export function para(content: string | Array<string | TextRun>, style: ParagraphStyle = {}): Paragraph {
  const parts = typeof content === 'string' ? [content] : content;
  return new Paragraph({
    children: parts.map((p) => (typeof p === 'string' ? run(p, style) : p)),
    alignment: ALIGN[style.align ?? 'left'],
    indent: {
      ...(style.firstLineMm ? { firstLine: convertMillimetersToTwip(style.firstLineMm) } : {}),
      ...(style.leftMm ? { left: convertMillimetersToTwip(style.leftMm) } : {}),
    },
    // Line spacing 1.15 lines: within the Decree's "single to 1.5 lines".
    spacing: { before: (style.beforePt ?? 0) * 20, after: (style.afterPt ?? 0) * 20, line: 276 },
    keepNext: style.keepNext ?? false,
  });
}

/** A body paragraph: 14 pt, justified, first line indented 12.7 mm, 6 pt after. */
export function bodyPara(content: string | Array<string | TextRun>): Paragraph {
  return para(content, { align: 'justify', firstLineMm: 12.7, afterPt: 6 });
}

/**
 * A short horizontal rule centred in its cell: an empty paragraph whose top border is shortened by
 * indents. Decree 30 draws one under the agency name (1/3 to 1/2 of the name's width) and one under
 * the motto (as long as the motto).
 */
export function rule(widthMm: number, cellWidthMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (cellWidthMm - widthMm) / 2));
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // Bottom border of a 1 pt empty line: the rule sits just below the text above, clear of its
    // descenders (a top border would touch them).
    border: { bottom: LINE },
    spacing: { before: 40, after: 0, line: 40, lineRule: LineRuleType.EXACT },
  });
}

function cell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({
    children,
    width: { size: widthTwips, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function borderlessTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

const LEFT_MM = 62;
const RIGHT_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm - LEFT_MM;

/**
 * Header (Decree 30 items 1–5): agency block on the left, national title and motto on the right; on the
 * next row the number/symbol (with the letter's "V/v" subject under it) on the left and the italic place
 * and date on the right, on the same line as the number.
 */
export function headingTable(heading: OfficialDocumentHeading, subjectLine?: string): Table {
  const left = convertMillimetersToTwip(LEFT_MM);
  const right = CONTENT_WIDTH - left;
  const agencyBlock: Paragraph[] = [];
  if (heading.parentAgency.trim() !== '') {
    agencyBlock.push(para(heading.parentAgency.toUpperCase(), { size: 13, align: 'center' }));
  }
  agencyBlock.push(para(heading.agency.toUpperCase(), { size: 13, bold: true, align: 'center' }));
  agencyBlock.push(rule(22, LEFT_MM));
  const nationalBlock = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12.5, bold: true, align: 'center' }),
    para('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true, align: 'center' }),
    rule(60, RIGHT_MM),
  ];
  const numberBlock = [
    para(formatNumberAndSymbol(heading.number, heading.symbol), { size: 13, align: 'center', beforePt: 6 }),
  ];
  if (subjectLine !== undefined) numberBlock.push(para(`V/v ${subjectLine}`, { size: 12, align: 'center' }));
  const dateBlock = [
    para(formatPlaceAndDate(heading.place, heading.date), {
      size: 14,
      italics: true,
      align: 'center',
      beforePt: 6,
    }),
  ];
  return borderlessTable(
    [
      new TableRow({ children: [cell(agencyBlock, left), cell(nationalBlock, right)] }),
      new TableRow({ children: [cell(numberBlock, left), cell(dateBlock, right)] }),
    ],
    [left, right],
  );
}

/** Nơi nhận on the left (12 pt bold italic heading, 11 pt lines), signer on the right. */
export function signatureTable(recipients: readonly string[], signer: Signer): Table {
  const left = convertMillimetersToTwip(75);
  const right = CONTENT_WIDTH - left;
  const recipientLines = [
    para('Nơi nhận:', { size: 12, bold: true, italics: true }),
    // Each line ends with ";" and the last ("Lưu: VT, ...") with ".", as Decree 30 writes them.
    ...recipients.map((r, i) => para(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })),
  ];
  const signerLines: Paragraph[] = [];
  if (signer.authority.trim() !== '') {
    signerLines.push(para(signer.authority.toUpperCase(), { size: 14, bold: true, align: 'center' }));
  }
  signerLines.push(para(signer.title.toUpperCase(), { size: 14, bold: true, align: 'center' }));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i += 1) signerLines.push(para('', { size: 14 }));
  signerLines.push(para(signer.name, { size: 14, bold: true, align: 'center' }));
  return borderlessTable(
    [new TableRow({ children: [cell(recipientLines, left), cell(signerLines, right)], cantSplit: true })],
    [left, right],
  );
}

export interface GridColumn {
  header: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

/** A bordered data table, 12 pt, bold header row repeated on each page. */
export function gridTable(columns: readonly GridColumn[], rows: ReadonlyArray<readonly string[]>): Table {
  const total = columns.reduce((a, c) => a + c.widthMm, 0);
  const widths = columns.map((c) => Math.round((c.widthMm / total) * CONTENT_WIDTH));
  const bordered = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  const mk = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      children: text
        .split('\n')
        .map((line) =>
          para(line, { size: 12, bold: header, align: header ? 'center' : (columns[i]?.align ?? 'left') }),
        ),
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      borders: { top: bordered, bottom: bordered, left: bordered, right: bordered },
    });
  return new Table({
    rows: [
      new TableRow({ children: columns.map((c, i) => mk(c.header, i, true)), tableHeader: true }),
      ...rows.map(
        (r) => new TableRow({ children: columns.map((_, i) => mk(r[i] ?? '', i, false)), cantSplit: true }),
      ),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** The document: one A4 section with the Decree's margins; Times New Roman 14 pt by default. */
export async function packDocument(children: Array<Paragraph | Table>, title: string): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'Dossier Desk',
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: convertMillimetersToTwip(PAGE.widthMm),
              height: convertMillimetersToTwip(PAGE.heightMm),
            },
            margin: {
              top: convertMillimetersToTwip(PAGE.topMm),
              bottom: convertMillimetersToTwip(PAGE.bottomMm),
              left: convertMillimetersToTwip(PAGE.leftMm),
              right: convertMillimetersToTwip(PAGE.rightMm),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
