import { readFileSync, writeFileSync } from 'node:fs';
import yauzl from 'yauzl';

/** Every entry of a zip with its bytes (test packages are small). */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return out;
}

/**
 * Flips one byte in the middle of an entry's stored data, in place, as a damaged transfer or a forger
 * would: the archive still opens, only that document's bytes differ.
 */
export async function flipByteInEntry(zipPath: string, entryName: string): Promise<void> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  let offset = -1;
  let size = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== entryName) continue;
      offset = entry.relativeOffsetOfLocalHeader;
      size = entry.compressedSize;
    }
  } finally {
    zip.close();
  }
  if (offset < 0 || size === 0) throw new Error(`no entry ${entryName}`);
  const bytes = readFileSync(zipPath);
  // Local header: 30 fixed bytes, then the name and the extra field, whose lengths sit at 26 and 28.
  const dataStart = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  const at = dataStart + Math.floor(size / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(zipPath, bytes);
}
