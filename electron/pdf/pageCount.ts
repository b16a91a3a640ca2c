import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export type PageCount = { pages: number; encrypted: boolean } | { failure: string };

/**
 * Counts pages with a full read-only parse. pdf-lib is only asked to read: the document is never saved,
 * so a signed file is never rewritten. Encryption does not stop the count: the page tree is not encrypted.
 */
export async function countPages(bytes: Uint8Array): Promise<PageCount> {
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fast,
    });
    return { pages: doc.getPageCount(), encrypted: doc.isEncrypted };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
