import type { ByteSource } from './byteSource';

/** A /ByteRange array found in the file's bytes, with where it sits. */
export interface ByteRangeHit {
  offset: number;
  range: [number, number, number, number];
}

/** What one pass over the raw bytes finds, without parsing the PDF's object structure. */
export interface PdfScan {
  byteRanges: ByteRangeHit[];
  /** Page objects written uncompressed (`/Type /Page`): an estimate, blind to pages in object streams. */
  pageObjects: number;
  /** `/Encrypt` appears somewhere: an estimate for files too big to parse. */
  mentionsEncrypt: boolean;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const PAGE_TYPE = /\/Type\s*\/Page(?![A-Za-z0-9#])/g;
const ENCRYPT = /\/Encrypt(?![A-Za-z0-9#])/;
/** Longer than any token above, so a token split across two chunks is seen whole in the second. */
const OVERLAP = 1024;

/** Scans the bytes in chunks (bounded memory), carrying an overlap so tokens on a boundary are not lost. */
export async function scanPdf(source: ByteSource, chunkSize?: number): Promise<PdfScan> {
  const scan: PdfScan = { byteRanges: [], pageObjects: 0, mentionsEncrypt: false };
  let carry = '';
  let carryStart = 0;
  let lastRange = -1;
  let lastPage = -1;
  let position = 0;
  await source.forEachChunk(0, source.size, (chunk) => {
    const text = carry + chunk.toString('latin1');
    const base = carryStart;
    for (const m of text.matchAll(BYTE_RANGE)) {
      const at = base + m.index;
      if (at <= lastRange) continue;
      lastRange = at;
      scan.byteRanges.push({ offset: at, range: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] });
    }
    for (const m of text.matchAll(PAGE_TYPE)) {
      const at = base + m.index;
      if (at <= lastPage) continue;
      lastPage = at;
      scan.pageObjects++;
    }
    if (!scan.mentionsEncrypt && ENCRYPT.test(text)) scan.mentionsEncrypt = true;
    position += chunk.length;
    carry = text.slice(-OVERLAP);
    carryStart = position - carry.length;
  }, chunkSize);
  return scan;
}
