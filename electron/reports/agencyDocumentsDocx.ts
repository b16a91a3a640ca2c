import type { Paragraph, Table } from 'docx';
import type { OfficialDocumentHeading, Signer } from '../../shared/workProgram/officialDocument';
import {
  bodyPara,
  type GridColumn,
  gridTable,
  headingTable,
  packDocument,
  para,
  run,
  signatureTable,
} from './decree30Layout';

/**
 * The documents the agency writes beside its dossiers, in the Decree 30/2020 layout (Appendix I): the
 * tờ trình skeleton of an agenda item (§4c), the extension report of an assigned task (§1g), the answer
 * letter to an opinion request (§3a, §3b) and the summary of PPC members' votes (§3c). Each takes a plain
 * model built by its service from the same views the screens show.
 */

export interface DocumentFrame {
  heading: OfficialDocumentHeading;
  recipients: readonly string[];
  signer: Signer;
}

/** A section of the tờ trình: its numbered title and either the text recorded or the prompts to fill. */
export interface SubmissionSection {
  title: string;
  paragraphs: readonly string[];
  /** Shown in italics: what the drafter must write here (kept visible so nothing is forgotten). */
  prompts: readonly string[];
}

export interface SubmissionModel extends DocumentFrame {
  /** "V/v ban hành Quy định ..." under TỜ TRÌNH. */
  about: string;
  addressee: string;
  opening: string;
  sections: readonly SubmissionSection[];
  /** Hồ sơ kèm theo, one line per checklist entry. */
  attachments: readonly string[];
  closing: string;
}

export interface ExtensionReportModel extends DocumentFrame {
  about: string;
  addressee: string;
  task: { sourceDocument: string; content: string; deadline: string };
  progress: readonly string[];
  reason: readonly string[];
  request: string;
  closing: string;
}

export interface AnswerLetterModel extends DocumentFrame {
  /** The "V/v" line under the number. */
  subjectLine: string;
  addressee: string;
  opening: string;
  stanceParagraph: string;
  details: readonly string[];
  closing: string;
}

export interface VoteSummaryModel extends DocumentFrame {
  about: string;
  tally: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  closing: string;
}

function titleBlock(kind: string, about: string): Paragraph[] {
  return [
    para(kind, { bold: true, align: 'center', beforePt: 18 }),
    para(about, { bold: true, align: 'center' }),
    ...underline(),
  ];
}

/** The short rule under a document's title (Decree 30: 1/3 to 1/2 of the line, centred). */
function underline(): Paragraph[] {
  return [para('', { size: 4 }), para('________', { align: 'center', size: 8, afterPt: 6 })];
}

function addressee(to: string): Paragraph {
  return para([run('Kính gửi: '), run(`${to}.`)], { align: 'center', beforePt: 12, afterPt: 12 });
}

function closingAndSignature(frame: DocumentFrame, closing: string): Array<Paragraph | Table> {
  return [bodyPara(closing), para('', { size: 8 }), signatureTable(frame.recipients, frame.signer)];
}

export async function submissionDocx(model: SubmissionModel): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headingTable(model.heading)];
  children.push(...titleBlock('TỜ TRÌNH', model.about));
  children.push(addressee(model.addressee));
  children.push(bodyPara(model.opening));
  for (const section of model.sections) {
    children.push(
      para(section.title, {
        bold: true,
        align: 'justify',
        firstLineMm: 12.7,
        beforePt: 6,
        afterPt: 6,
        keepNext: true,
      }),
    );
    for (const p of section.paragraphs) children.push(bodyPara(p));
    for (const p of section.prompts) children.push(bodyPara([run(p, { italics: true })]));
  }
  model.attachments.forEach((a, i) => {
    children.push(bodyPara(`${i + 1}. ${a}${i === model.attachments.length - 1 ? '.' : ';'}`));
  });
  children.push(...closingAndSignature(model, model.closing));
  return packDocument(children, `Tờ trình ${model.about}`);
}

export async function extensionReportDocx(model: ExtensionReportModel): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headingTable(model.heading)];
  children.push(...titleBlock('BÁO CÁO', model.about));
  children.push(addressee(model.addressee));
  children.push(para('1. Nhiệm vụ được giao', { bold: true, firstLineMm: 12.7, afterPt: 6 }));
  children.push(
    bodyPara([run('Văn bản giao nhiệm vụ: ', { italics: true }), run(model.task.sourceDocument)]),
  );
  children.push(bodyPara([run('Nội dung nhiệm vụ: ', { italics: true }), run(model.task.content)]));
  children.push(bodyPara([run('Thời hạn hoàn thành: ', { italics: true }), run(model.task.deadline)]));
  children.push(para('2. Kết quả đã thực hiện', { bold: true, firstLineMm: 12.7, afterPt: 6 }));
  for (const p of model.progress) children.push(bodyPara(p));
  children.push(
    para('3. Lý do chưa hoàn thành đúng thời hạn', { bold: true, firstLineMm: 12.7, afterPt: 6 }),
  );
  for (const p of model.reason) children.push(bodyPara(p));
  children.push(para('4. Đề xuất', { bold: true, firstLineMm: 12.7, afterPt: 6 }));
  children.push(bodyPara(model.request));
  children.push(...closingAndSignature(model, model.closing));
  return packDocument(children, `Báo cáo ${model.about}`);
}

export async function answerLetterDocx(model: AnswerLetterModel): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headingTable(model.heading, model.subjectLine)];
  children.push(addressee(model.addressee));
  children.push(bodyPara(model.opening));
  children.push(bodyPara(model.stanceParagraph));
  for (const p of model.details) children.push(bodyPara(p));
  children.push(...closingAndSignature(model, model.closing));
  return packDocument(children, `V/v ${model.subjectLine}`);
}

const VOTE_COLUMNS: GridColumn[] = [
  { header: 'STT', widthMm: 13, align: 'center' },
  { header: 'Thành viên UBND tỉnh', widthMm: 30 },
  { header: 'Ý kiến biểu quyết', widthMm: 28 },
  { header: 'Nội dung góp ý', widthMm: 48 },
  { header: 'Tiếp thu, giải trình', widthMm: 48 },
];

export async function voteSummaryDocx(model: VoteSummaryModel): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headingTable(model.heading)];
  children.push(...titleBlock('BẢN TỔNG HỢP', model.about));
  children.push(para('I. KẾT QUẢ BIỂU QUYẾT', { bold: true, firstLineMm: 12.7, afterPt: 6, beforePt: 6 }));
  for (const line of model.tally) children.push(bodyPara(line));
  children.push(
    para('II. Ý KIẾN CỦA THÀNH VIÊN VÀ VIỆC TIẾP THU, GIẢI TRÌNH', {
      bold: true,
      firstLineMm: 12.7,
      afterPt: 6,
      beforePt: 6,
      keepNext: true,
    }),
  );
  children.push(gridTable(VOTE_COLUMNS, model.rows));
  children.push(para('', { size: 8 }));
  children.push(...closingAndSignature(model, model.closing));
  return packDocument(children, `Bản tổng hợp ${model.about}`);
}
