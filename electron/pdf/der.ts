/**
 * A minimal DER/BER tag-length-value reader. forge's ASN.1 parser decodes values but forgets where they
 * sat in the input; signature checks need the exact original bytes (signed attributes, certificates),
 * so navigation happens here and forge decodes the small pieces. BER's indefinite lengths are read too:
 * NSS (Firefox, poppler's signer) writes the outer CMS layers that way.
 */
export interface Tlv {
  /** The identifier octet (class, constructed bit, tag number < 31). */
  tag: number;
  start: number;
  contentStart: number;
  /** Where the content stops: `end` for definite lengths, the end-of-contents marker for indefinite ones. */
  contentEnd: number;
  end: number;
}

/** Nesting deeper than this is not CMS but an attack on the reader's stack. */
const MAX_DEPTH = 64;

export function readTlv(buf: Buffer, offset: number, limit = buf.length, depth = 0): Tlv {
  if (depth > MAX_DEPTH) throw new Error(`DER: nesting deeper than ${MAX_DEPTH} at ${offset}`);
  if (offset + 2 > limit) throw new Error(`DER: element at ${offset} runs past the end`);
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new Error(`DER: high tag numbers are not used in CMS (at ${offset})`);
  const first = buf[offset + 1]!;
  const contentStart = offset + 2 + (first > 0x80 ? first & 0x7f : 0);
  if (first === 0x80) return readIndefinite(buf, tag, offset, limit, depth);
  let length = first;
  if (first > 0x80) {
    const count = first & 0x7f;
    // Four bytes of length is already 4 GB, far beyond any /Contents.
    if (count > 4) throw new Error(`DER: length of ${count} bytes at ${offset}`);
    if (contentStart > limit) throw new Error(`DER: length at ${offset} runs past the end`);
    length = 0;
    for (let i = offset + 2; i < contentStart; i++) length = length * 256 + buf[i]!;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error(`DER: element at ${offset} claims ${length} bytes past the end`);
  return { tag, start: offset, contentStart, contentEnd: end, end };
}

function readIndefinite(buf: Buffer, tag: number, offset: number, limit: number, depth: number): Tlv {
  if ((tag & 0x20) === 0) throw new Error(`BER: indefinite length on a primitive element at ${offset}`);
  const contentStart = offset + 2;
  let at = contentStart;
  while (at + 2 <= limit) {
    if (buf[at] === 0 && buf[at + 1] === 0)
      return { tag, start: offset, contentStart, contentEnd: at, end: at + 2 };
    at = readTlv(buf, at, limit, depth + 1).end;
  }
  throw new Error(`BER: no end-of-contents for the element at ${offset}`);
}

export function childrenOf(buf: Buffer, parent: Tlv): Tlv[] {
  if ((parent.tag & 0x20) === 0) throw new Error(`DER: element at ${parent.start} is not constructed`);
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.contentEnd; ) {
    const child = readTlv(buf, at, parent.contentEnd);
    out.push(child);
    at = child.end;
  }
  return out;
}

export function bytesOf(buf: Buffer, tlv: Tlv): Buffer {
  return buf.subarray(tlv.start, tlv.end);
}

export function contentOf(buf: Buffer, tlv: Tlv): Buffer {
  return buf.subarray(tlv.contentStart, tlv.contentEnd);
}

/** An OCTET STRING's bytes, joining the segments of BER's constructed form. */
export function octetsOf(buf: Buffer, tlv: Tlv): Buffer {
  if (tlv.tag === 0x04) return Buffer.from(contentOf(buf, tlv));
  if (tlv.tag === 0x24) return Buffer.concat(childrenOf(buf, tlv).map((c) => octetsOf(buf, c)));
  throw new Error(`DER: expected an OCTET STRING at ${tlv.start}`);
}
