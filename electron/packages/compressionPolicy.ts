/**
 * Which payload files are deflated. Office documents, PDFs and images are already compressed:
 * deflating them again costs CPU for a gain of a percent or two, so they are stored as they are.
 */
const ALREADY_COMPRESSED = new Set([
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'heic',
  'tif',
  'tiff',
  'zip',
  '7z',
  'rar',
  'gz',
  'bz2',
  'xz',
  'zst',
  'mp3',
  'mp4',
  'm4a',
  'mov',
]);

export function shouldDeflate(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return true;
  return !ALREADY_COMPRESSED.has(name.slice(dot + 1).toLowerCase());
}
