/**
 * Writes a pdf-lib context to a file object by object, as the book is assembled, instead of pdf-lib's
 * save(), which builds the whole file in one buffer: a 300 MB book would need its objects and a second
 * 300 MB copy at once. Here each document's objects go to disk and leave memory before the next
 * document is read; the page tree, outline and catalogue, written last, tie them together.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { PDFContext, PDFObject, PDFRef } from 'pdf-lib';

const HEADER = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n\n', 'latin1');

export class StreamingPdfWriter {
  private readonly fd: number;
  /** Whether this writer opened the file (and so closes it); a descriptor handed in stays its owner's. */
  private readonly owned: boolean;
  private offset = 0;
  /** Byte offset of each written object, by object number. */
  private readonly offsets = new Map<number, number>();
  private chunks: Buffer[] = [];
  private pending = 0;

  constructor(out: { path: string } | { fd: number }) {
    // 'wx': the temp file is ours alone; an existing file of that name is an error, never reused.
    this.owned = 'path' in out;
    this.fd = 'path' in out ? openSync(out.path, 'wx') : out.fd;
    this.push(HEADER);
  }

  get bytesWritten(): number {
    return this.offset;
  }

  private push(bytes: Buffer): void {
    this.chunks.push(bytes);
    this.pending += bytes.length;
    this.offset += bytes.length;
    if (this.pending >= 4 * 1024 * 1024) this.drain();
  }

  private drain(): void {
    if (this.chunks.length === 0) return;
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done);
    this.chunks = [];
    this.pending = 0;
  }

  writeObject(ref: PDFRef, object: PDFObject): void {
    if (this.offsets.has(ref.objectNumber)) throw new Error(`object ${ref.objectNumber} written twice`);
    this.offsets.set(ref.objectNumber, this.offset);
    this.push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'));
    const body = Buffer.allocUnsafe(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.push(body);
    this.push(Buffer.from('\nendobj\n\n', 'latin1'));
  }

  /**
   * Writes every object of the context except `keep`, then removes them from the context so that their
   * bytes can be collected. Objects registered later get new numbers: nothing is written twice.
   */
  flushContext(context: PDFContext, keep: ReadonlySet<PDFRef>): void {
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (keep.has(ref)) continue;
      this.writeObject(ref, object);
      context.delete(ref);
    }
  }

  /** The cross-reference table and trailer; then fsync and close. Numbers never written are free. */
  finish(trailer: { root: PDFRef; info: PDFRef; id: string }): void {
    const size = Math.max(0, ...this.offsets.keys()) + 1;
    const xrefAt = this.offset;
    const free: number[] = [];
    for (let n = 1; n < size; n++) if (!this.offsets.has(n)) free.push(n);
    const lines: string[] = ['xref', `0 ${size}`];
    // Object 0 heads the free list, which links the unused numbers in order and ends at 0.
    lines.push(`${String(free[0] ?? 0).padStart(10, '0')} 65535 f `);
    let nextFree = 1;
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      if (at !== undefined) lines.push(`${String(at).padStart(10, '0')} 00000 n `);
      else lines.push(`${String(free[nextFree++] ?? 0).padStart(10, '0')} 00001 f `);
    }
    const id = `<${trailer.id}>`;
    lines.push(
      'trailer',
      `<< /Size ${size} /Root ${trailer.root.objectNumber} 0 R /Info ${trailer.info.objectNumber} 0 R /ID [${id} ${id}] >>`,
      'startxref',
      String(xrefAt),
      '%%EOF',
      '',
    );
    this.push(Buffer.from(lines.join('\n'), 'latin1'));
    this.drain();
    fsyncSync(this.fd);
    if (this.owned) closeSync(this.fd);
  }

  /** Stops without finishing (a failure or a cancel); the caller removes the temp file. */
  abandon(): void {
    if (!this.owned) return;
    try {
      closeSync(this.fd);
    } catch {
      // Already closed: nothing left to release.
    }
  }
}
