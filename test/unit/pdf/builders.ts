import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { signPdf } from '../../../electron/pdf/signPdf';

/** Builders for PDF test data: generated at run time, never checked in. */

export const SIGNER = 'Nguyễn Văn Ánh';
/** 09:30 in Hà Nội (UTC+7) on 15/03/2026. */
export const SIGNING_TIME = new Date('2026-03-15T02:30:00Z');
export const CREATED_AT = new Date('2026-03-14T01:00:00Z');

export function aSamplePdf(
  overrides: { pages?: number; lines?: string[]; title?: string } = {},
): Promise<Buffer> {
  return makeSamplePdf({
    title: overrides.title ?? 'Tờ trình về việc ban hành Quyết định',
    lines: overrides.lines ?? ['Ủy ban nhân dân tỉnh', 'Kính gửi: Văn phòng UBND tỉnh'],
    pages: overrides.pages ?? 3,
    createdAt: CREATED_AT,
  });
}

export async function aSignedPdf(
  overrides: { signerName?: string; signingTime?: Date } = {},
): Promise<Buffer> {
  return signPdf(await aSamplePdf(), {
    signerName: overrides.signerName ?? SIGNER,
    signingTime: overrides.signingTime ?? SIGNING_TIME,
    reason: 'Phê duyệt tờ trình',
    location: 'Hà Nội',
  });
}

/** The same sample saved the way pdf-lib saves by default: object streams and a cross-reference stream. */
export async function withXrefStream(pdf: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/**
 * A minimal hand-written PDF whose trailer names an /Encrypt dictionary (Standard handler, RC4 128).
 * Only the structure is encrypted-looking; readers decide "encrypted" from the trailer, as this module does.
 */
export function anEncryptedLookingPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1044 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\n`;
  body += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function flipByte(buf: Buffer, at: number): Buffer {
  const copy = Buffer.from(buf);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

export interface TempDir {
  path: string;
  write(name: string, bytes: Buffer | string): string;
  remove(): void;
}

export function aTempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
  return {
    path,
    write: (name, bytes) => {
      const file = join(path, name);
      writeFileSync(file, bytes);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Poppler tools are required, not optional: CI installs poppler-utils, and a missing tool must fail loudly. */
export function requireTool(name: 'pdfsig' | 'pdftotext' | 'pdfinfo'): string {
  const probe = spawnSync(name, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${name} is not installed: these tests cross-check against poppler. Install it with ` +
        '`apt-get update && apt-get install -y poppler-utils`.',
    );
  }
  return name;
}

export function run(tool: string, args: string[], env: Record<string, string> = {}): string {
  const out = spawnSync(tool, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (out.error) throw out.error;
  return `${out.stdout}${out.stderr}`;
}

export function pdftotext(file: string): string {
  return execFileSync(requireTool('pdftotext'), ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
