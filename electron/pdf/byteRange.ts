import { createHash } from 'node:crypto';
import type { ByteSource } from './byteSource';
import type { HashName } from './cms';

export type ByteRange = [number, number, number, number];

/**
 * Checks that a /ByteRange [a b c d] describes two ranges inside the file with the /Contents hex string
 * `<...>` exactly in the gap between them. Returns the reason when it does not.
 */
export async function byteRangeProblem(source: ByteSource, [a, b, c, d]: ByteRange): Promise<string | null> {
  if (![a, b, c, d].every(Number.isSafeInteger)) return 'values are not integers';
  if (a + b > c) return 'the ranges overlap';
  if (c + d > source.size)
    return `the second range ends at ${c + d}, past the end of the file (${source.size})`;
  if (c - (a + b) < 2) return 'no room for /Contents between the ranges';
  const open = await source.read(a + b, a + b + 1);
  const close = await source.read(c - 1, c);
  if (open.toString('latin1') !== '<' || close.toString('latin1') !== '>') {
    return 'the gap between the ranges is not the /Contents hex string';
  }
  return null;
}

/**
 * Strict rule: the signature covers the whole file only when the ranges start at byte 0 and end at the
 * last byte. Any byte after the signed part, even a trailing newline, may be an incremental update that
 * changes what is displayed, so it is reported, not forgiven (poppler's "Total document signed" is as strict).
 */
export function coversWholeFile([a, , c, d]: ByteRange, fileSize: number): boolean {
  return a === 0 && c + d === fileSize;
}

/** The hash of the two signed ranges, streamed from the source. */
export async function hashByteRanges(
  source: ByteSource,
  [a, b, c, d]: ByteRange,
  hash: HashName,
): Promise<Buffer> {
  const h = createHash(hash);
  await source.forEachChunk(a, a + b, (chunk) => h.update(chunk));
  await source.forEachChunk(c, c + d, (chunk) => h.update(chunk));
  return h.digest();
}

/**
 * Hex digits of /Contents read at most: a CMS signature with its chain and revocation data is tens of
 * kilobytes; a /Contents spanning the file (1.6 GB seen) would otherwise be read and decoded whole.
 */
export const MAX_CONTENTS_HEX = 8 * 1024 * 1024;

/** The /Contents hex between the ranges, decoded to bytes (the CMS blob, zero-padded). */
export async function signatureContents(source: ByteSource, [a, b, c]: ByteRange): Promise<Buffer> {
  const length = c - 1 - (a + b + 1);
  if (length > MAX_CONTENTS_HEX) {
    throw new Error(`/Contents is ${length} bytes, more than the ${MAX_CONTENTS_HEX} a signature may hold`);
  }
  const hex = (await source.read(a + b + 1, c - 1)).toString('latin1').replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new Error('/Contents is not a hex string');
  // A PDF hex string with an odd number of digits ends with an implied 0 (ISO 32000-1 §7.3.4.3).
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}
