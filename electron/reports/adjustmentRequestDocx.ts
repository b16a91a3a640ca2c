import type { Paragraph, Table } from 'docx';
import { ADJUSTMENT_GROUND_LABELS, ADJUSTMENT_KIND_LABELS } from '../../shared/workProgram/adjustmentGrounds';
import type { AdjustmentEntry, AdjustmentRequestLetter } from '../../shared/workProgram/adjustmentRequest';
import { formatYearMonth } from '../../shared/workProgram/yearMonth';
import { bodyPara, headingTable, packDocument, para, run, signatureTable } from './decree30Layout';

/**
 * Công văn đề nghị điều chỉnh, bổ sung chương trình công tác (directive §2b) in the Decree 30 layout.
 * Each entry states its ground (quoted from the directive), reason, necessity and impact, as the
 * directive requires of every request.
 */
export async function adjustmentRequestDocx(input: AdjustmentRequestLetter): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headingTable(input.heading, input.subject)];
  children.push(...addresseeLines(input.addressees));
  for (const text of splitParagraphs(input.opening)) children.push(bodyPara(text));
  input.entries.forEach((entry, index) => {
    children.push(...entryParagraphs(entry, index + 1));
  });
  for (const text of splitParagraphs(input.closing)) children.push(bodyPara(text));
  children.push(para('', { size: 8 }));
  children.push(signatureTable(input.recipients, input.signer));
  return packDocument(children, `V/v ${input.subject}`);
}

function addresseeLines(addressees: readonly string[]): Paragraph[] {
  const first = addressees[0];
  if (addressees.length === 1 && first !== undefined) {
    return [para([run('Kính gửi: '), run(`${first}.`)], { align: 'center', beforePt: 12, afterPt: 12 })];
  }
  // Several addressees: "Kính gửi:" then one per line, each with "- ", Decree 30 item 9b.
  return [
    para('Kính gửi:', { align: 'center', beforePt: 12 }),
    ...addressees.map((a, i) =>
      para(`- ${a}${i === addressees.length - 1 ? '.' : ';'}`, {
        leftMm: 55,
        afterPt: i === addressees.length - 1 ? 12 : 0,
      }),
    ),
  ];
}

function entryParagraphs(entry: AdjustmentEntry, ordinal: number): Paragraph[] {
  const kind = ADJUSTMENT_KIND_LABELS[entry.kind].vi;
  const schedule: string[] = [];
  if (entry.currentMonth)
    schedule.push(`thời gian trình theo chương trình: ${formatYearMonth(entry.currentMonth)}`);
  if (entry.proposedMonth) schedule.push(`đề nghị trình: ${formatYearMonth(entry.proposedMonth)}`);
  const numberText = entry.number.trim() === '' ? '' : ` (mục ${entry.number} chương trình công tác)`;
  const head = [
    run(`${ordinal}. ${kind}: `, { bold: true }),
    run(`${entry.title}${numberText}`, { bold: true }),
    run(schedule.length > 0 ? `; ${schedule.join('; ')}.` : '.'),
  ];
  return [
    bodyPara(head),
    bodyPara([
      run('- Căn cứ đề nghị: ', { italics: true }),
      run(`${ADJUSTMENT_GROUND_LABELS[entry.ground].vi}.`),
    ]),
    bodyPara([run('- Lý do: ', { italics: true }), run(entry.reason)]),
    bodyPara([run('- Sự cần thiết: ', { italics: true }), run(entry.necessity)]),
    bodyPara([
      run('- Đánh giá ảnh hưởng đến công tác chỉ đạo, điều hành của UBND tỉnh, Chủ tịch UBND tỉnh: ', {
        italics: true,
      }),
      run(entry.impact),
    ]),
  ];
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
