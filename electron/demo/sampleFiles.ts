/** The files of the sample dossiers: readable Vietnamese PDFs (signed or not) and DOCX drafts. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { makeSamplePdf } from '../pdf/samplePdf';
import { signPdf } from '../pdf/signPdf';

export async function samplePdf(title: string, lines: string[], createdAt: Date): Promise<Buffer> {
  return makeSamplePdf({ title, lines, createdAt });
}

/**
 * A PDF signed with a self-signed test identity (the sample's "Giám đốc"): a verifier reports it as
 * untrusted, which is the truth, but the signature covers the whole file and checks out.
 */
export async function signedSamplePdf(
  title: string,
  lines: string[],
  signer: string,
  at: Date,
): Promise<Buffer> {
  const pdf = await makeSamplePdf({ title, lines, createdAt: at });
  return signPdf(pdf, { signerName: signer, signingTime: at, reason: 'Ký ban hành', location: 'Việt Nam' });
}

export async function sampleDocx(title: string, lines: string[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Dossier Desk',
    title,
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 28 })] }),
          ...lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 26 })] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
