/**
 * Appends an incremental update (ISO 32000-1 §7.5.6) to a PDF: new and changed objects, a cross-reference
 * section for them only, and a trailer pointing back at the previous section. The original bytes are kept
 * as they are, which is what lets earlier signatures stay valid.
 */
export interface UpdateObject {
  num: number;
  gen: number;
  /** The object's value as PDF source (a dictionary, or a dictionary plus stream). */
  body: Buffer;
}

export interface UpdateTrailer {
  /** One past the highest object number in use, counting the objects of this update. */
  nextNumber: number;
  /** `R 0 R` of the catalog, and optionally of /Info and the /ID array source, copied from the old trailer. */
  root: string;
  info?: string;
  id?: string;
  /** Byte offset of the previous cross-reference section (its `startxref` value). */
  prev: number;
  /** Write the new section the same way as the previous one: a table, or a stream for PDF 1.5+ files. */
  kind: 'table' | 'stream';
}

export interface UpdatedPdf {
  bytes: Buffer;
  /** Byte offset of each written object's `N G obj` line, by object number. */
  offsets: Map<number, number>;
}

function runs(numbers: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of [...numbers].sort((x, y) => x - y)) {
    const last = out.at(-1);
    if (last && last[0] + last[1] === n) last[1]++;
    else out.push([n, 1]);
  }
  return out;
}

function trailerEntries(t: UpdateTrailer, size: number): string {
  return `/Size ${size} /Root ${t.root}${t.info ? ` /Info ${t.info}` : ''}${t.id ? ` /ID ${t.id}` : ''} /Prev ${t.prev}`;
}

function xrefTable(
  objects: UpdateObject[],
  offsets: Map<number, number>,
  t: UpdateTrailer,
  at: number,
): string {
  const gens = new Map(objects.map((o) => [o.num, o.gen]));
  let out = 'xref\n';
  for (const [start, count] of runs(objects.map((o) => o.num))) {
    out += `${start} ${count}\n`;
    for (let n = start; n < start + count; n++) {
      out += `${String(offsets.get(n)).padStart(10, '0')} ${String(gens.get(n)).padStart(5, '0')} n \n`;
    }
  }
  return `${out}trailer\n<< ${trailerEntries(t, t.nextNumber)} >>\nstartxref\n${at}\n%%EOF\n`;
}

/** A cross-reference stream (§7.5.8), uncompressed: 1 byte type, 4 bytes offset, 2 bytes generation. */
function xrefStream(
  objects: UpdateObject[],
  offsets: Map<number, number>,
  t: UpdateTrailer,
  at: number,
): Buffer {
  const self = t.nextNumber;
  const entries = [...objects.map((o) => ({ num: o.num, offset: offsets.get(o.num) ?? 0, gen: o.gen }))];
  entries.push({ num: self, offset: at, gen: 0 });
  const byNum = new Map(entries.map((e) => [e.num, e]));
  const index = runs(entries.map((e) => e.num));
  const rows: Buffer[] = [];
  for (const [start, count] of index) {
    for (let n = start; n < start + count; n++) {
      const e = byNum.get(n)!;
      const row = Buffer.alloc(7);
      row[0] = 1;
      row.writeUInt32BE(e.offset, 1);
      row.writeUInt16BE(e.gen, 5);
      rows.push(row);
    }
  }
  const data = Buffer.concat(rows);
  const dict = `<< /Type /XRef ${trailerEntries(t, self + 1)} /W [1 4 2] /Index [${index.flat().join(' ')}] /Length ${data.length} >>`;
  return Buffer.concat([
    Buffer.from(`${self} 0 obj\n${dict}\nstream\n`, 'latin1'),
    data,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`, 'latin1'),
  ]);
}

export function appendIncrementalUpdate(
  original: Buffer,
  objects: UpdateObject[],
  trailer: UpdateTrailer,
): UpdatedPdf {
  // The update must start on a fresh line; a file ending in `%%EOF` without a newline gets one.
  const lastByte = original.at(-1);
  const parts: Buffer[] = [original];
  let length = original.length;
  if (lastByte !== 0x0a && lastByte !== 0x0d) {
    parts.push(Buffer.from('\n'));
    length++;
  }
  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(o.num, length);
    const piece = Buffer.concat([
      Buffer.from(`${o.num} ${o.gen} obj\n`, 'latin1'),
      o.body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(piece);
    length += piece.length;
  }
  const tail =
    trailer.kind === 'table'
      ? Buffer.from(xrefTable(objects, offsets, trailer, length), 'latin1')
      : xrefStream(objects, offsets, trailer, length);
  parts.push(tail);
  return { bytes: Buffer.concat(parts), offsets };
}
