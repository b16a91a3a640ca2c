/**
 * A minimal DER/BER tag-length-value reader. forge's ASN.1 parser decodes values but forgets where they
 * sat in the input; signature checks need the exact original bytes (signed attributes, certificates),
 * so navigation happens here and forge decodes the small pieces.
 */
export interface Tlv {
  /** The identifier octet (class, constructed bit, tag number < 31). */
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

export function readTlv(buf: Buffer, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new Error(`DER: element at ${offset} runs past the end`);
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new Error(`DER: high tag numbers are not used in CMS (at ${offset})`);
  const first = buf[offset + 1]!;
  let length: number;
  let contentStart = offset + 2;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length; CMS in PDFs is DER, and 4 bytes of length is far beyond any /Contents.
    if (count === 0 || count > 4) throw new Error(`DER: unsupported length form at ${offset}`);
    if (contentStart + count > limit) throw new Error(`DER: length at ${offset} runs past the end`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error(`DER: element at ${offset} claims ${length} bytes past the end`);
  return { tag, start: offset, contentStart, end };
}

export function childrenOf(buf: Buffer, parent: Tlv): Tlv[] {
  if ((parent.tag & 0x20) === 0) throw new Error(`DER: element at ${parent.start} is not constructed`);
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const child = readTlv(buf, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

export function bytesOf(buf: Buffer, tlv: Tlv): Buffer {
  return buf.subarray(tlv.start, tlv.end);
}

export function contentOf(buf: Buffer, tlv: Tlv): Buffer {
  return buf.subarray(tlv.contentStart, tlv.end);
}
