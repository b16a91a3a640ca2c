import type { ByteRange } from './byteRange';
import type { ByteSource } from './byteSource';
import { pdfDateToIso } from './pdfDate';
import { decodePdfString } from './pdfString';

/** The human-readable entries of a signature dictionary (ISO 32000-1 §12.8.1, Table 252). */
export interface SignatureDictionary {
  subFilter: string | null;
  /** /M, the signing time the signing software claims (not cryptographically bound). */
  signingTime: string | null;
  name: string | null;
  reason: string | null;
  location: string | null;
}

const WINDOW = 8192;
const STRING = String.raw`(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

function stringEntry(text: string, key: string): string | null {
  const m = new RegExp(String.raw`\/${key}\s*${STRING}`).exec(text);
  return m?.[1] ? decodePdfString(m[1]) : null;
}

/**
 * Reads the dictionary text around /Contents: back to the `N G obj` that opens it and on to `endobj`.
 * The /Contents hex itself sits between the two windows and is not read here.
 */
export async function readSignatureDictionary(
  source: ByteSource,
  [a, b, c]: ByteRange,
): Promise<SignatureDictionary> {
  const before = (await source.read(a + b - WINDOW, a + b)).toString('latin1');
  const after = (await source.read(c, c + WINDOW)).toString('latin1');
  const opens = [...before.matchAll(/\d+\s+\d+\s+obj\b/g)].at(-1);
  const head = opens ? before.slice(opens.index) : before;
  const closes = after.search(/\bendobj\b/);
  const text = `${head} ${closes >= 0 ? after.slice(0, closes) : after}`;
  const subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(text)?.[1] ?? null;
  const m = stringEntry(text, 'M');
  return {
    subFilter,
    signingTime: m ? pdfDateToIso(m) : null,
    name: stringEntry(text, 'Name'),
    reason: stringEntry(text, 'Reason'),
    location: stringEntry(text, 'Location'),
  };
}
