import type { FileHandle } from 'node:fs/promises';

/**
 * Random access to a PDF's bytes, either already in memory or read from disk piece by piece, so that
 * signature checks on a 2 GB file never hold the whole file.
 */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end), clipped to the file. */
  read(start: number, end: number): Promise<Buffer>;
  /**
   * Calls `onChunk` with consecutive pieces of [start, end), each at most `chunkSize` bytes. A piece is only
   * valid during the call: the file source reuses its buffer.
   */
  forEachChunk(
    start: number,
    end: number,
    onChunk: (chunk: Buffer) => void,
    chunkSize?: number,
  ): Promise<void>;
}

const DEFAULT_CHUNK = 4 * 1024 * 1024;

export function bufferSource(buf: Buffer): ByteSource {
  return {
    size: buf.length,
    read: async (start, end) => buf.subarray(Math.max(0, start), Math.min(buf.length, end)),
    forEachChunk: async (start, end, onChunk, chunkSize = DEFAULT_CHUNK) => {
      const stop = Math.min(buf.length, end);
      for (let at = Math.max(0, start); at < stop; at += chunkSize) {
        onChunk(buf.subarray(at, Math.min(stop, at + chunkSize)));
      }
    },
  };
}

export function fileSource(handle: FileHandle, size: number): ByteSource {
  const read = async (start: number, end: number, into?: Buffer): Promise<Buffer> => {
    const from = Math.max(0, start);
    const length = Math.max(0, Math.min(size, end) - from);
    const out = into && into.length >= length ? into.subarray(0, length) : Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(out, filled, length - filled, from + filled);
      if (bytesRead === 0) break; // the file shrank under us: return what exists
      filled += bytesRead;
    }
    return out.subarray(0, filled);
  };
  return {
    size,
    read,
    forEachChunk: async (start, end, onChunk, chunkSize = DEFAULT_CHUNK) => {
      const stop = Math.min(size, end);
      // One buffer reused for every chunk: onChunk consumes it synchronously (hash, scan) and keeps no view.
      const scratch = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(0, stop - start)));
      for (let at = Math.max(0, start); at < stop; at += chunkSize) {
        const piece = await read(at, Math.min(stop, at + chunkSize), scratch);
        if (piece.length === 0) return;
        onChunk(piece);
      }
    },
  };
}
