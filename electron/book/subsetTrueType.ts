/**
 * Shrinks the embedded font to the glyphs the book prints: every other glyph's outline is emptied (glyph
 * ids stay the same, so nothing is renumbered and the text stays as encoded), and the layout tables a PDF
 * never reads (GSUB, GPOS, GDEF, DSIG) are dropped. Composite glyphs keep their components — Vietnamese
 * letters are often a base letter and its marks. Noto Sans: 629 KB whole, a few tens of KB for a book.
 */

const DROPPED = new Set(['GSUB', 'GPOS', 'GDEF', 'DSIG']);

// Composite glyph flags (ISO/IEC 14496-22, 'glyf').
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export function subsetTrueType(bytes: Uint8Array, glyphs: Iterable<number>): Buffer {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = src.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = src.toString('latin1', at, at + 4);
    const offset = src.readUInt32BE(at + 8);
    const length = src.readUInt32BE(at + 12);
    tables.set(tag, src.subarray(offset, offset + length));
  }
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  if (!head || !maxp || !loca || !glyf) throw new Error('not a TrueType-outline font');
  const numGlyphs = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const start = (id: number) => (longLoca ? loca.readUInt32BE(id * 4) : loca.readUInt16BE(id * 2) * 2);

  // The glyphs to keep: .notdef, the printed ones, and every component of a kept composite.
  const keep = new Set<number>([0]);
  const queue = [...glyphs].filter((g) => g >= 0 && g < numGlyphs);
  while (queue.length > 0) {
    const id = queue.pop() ?? 0;
    if (keep.has(id) && id !== 0) continue;
    keep.add(id);
    const from = start(id);
    const to = start(id + 1);
    if (to - from < 10 || glyf.readInt16BE(from) >= 0) continue;
    let at = from + 10;
    for (;;) {
      const flags = glyf.readUInt16BE(at);
      const component = glyf.readUInt16BE(at + 2);
      if (!keep.has(component)) queue.push(component);
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS) || at >= to) break;
    }
  }

  const parts: Buffer[] = [];
  const newLoca = Buffer.alloc((numGlyphs + 1) * 4);
  let offset = 0;
  for (let id = 0; id < numGlyphs; id++) {
    newLoca.writeUInt32BE(offset, id * 4);
    if (!keep.has(id)) continue;
    const data = glyf.subarray(start(id), start(id + 1));
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  }
  newLoca.writeUInt32BE(offset, numGlyphs * 4);
  const newHead = Buffer.from(head);
  newHead.writeInt16BE(1, 50); // long loca offsets
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment, set below

  const out = new Map(tables);
  for (const tag of DROPPED) out.delete(tag);
  out.set('glyf', Buffer.concat(parts));
  out.set('loca', newLoca);
  out.set('head', newHead);
  const file = writeFont(src.readUInt32BE(0), out);
  // head.checkSumAdjustment = 0xB1B0AFBA − checksum of the whole font.
  const headAt = file.indexOf(newHead.subarray(0, 8), 12);
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(version: number, tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const at = 12 + i * 16;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
