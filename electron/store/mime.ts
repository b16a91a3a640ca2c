/**
 * The type of an attached file, from its first bytes (a PDF renamed .docx is still a PDF) and, where the
 * bytes say only "a zip" or "an OLE compound file", from its extension.
 */
import { extname } from 'node:path';
import { EXECUTABLE_MIME } from '../../shared/dossiers/attachmentType';

const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
  '.zip': 'application/zip',
};

export const PDF_MIME = 'application/pdf';

function startsWith(head: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

export function sniffMime(head: Buffer, name: string): string {
  const byName = BY_EXTENSION[extname(name).toLowerCase()];
  // The PDF header may sit anywhere in the first 1024 bytes (as readers accept it).
  if (head.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return PDF_MIME;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && head.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'image/webp';
  }
  if (isExecutable(head)) return EXECUTABLE_MIME;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return byName ?? 'application/zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return byName ?? 'application/x-ole-storage';
  // Every other known type has a signature; a name that claims one the bytes do not show is not trusted.
  return byName === 'text/plain' ? byName : 'application/octet-stream';
}

/** Windows PE/DOS ("MZ"), ELF, Mach-O (both byte orders, 32/64-bit, fat), or a script ("#!"). */
function isExecutable(head: Buffer): boolean {
  if (startsWith(head, [0x4d, 0x5a]) || startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return true;
  if (startsWith(head, [0x23, 0x21])) return true;
  const magic = head.length >= 4 ? head.readUInt32BE(0) : 0;
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
}
