/** PDF string objects (ISO 32000-1 §7.3.4, §7.9.2): literal `( )` or hex `< >`, text in UTF-16BE or PDFDocEncoding. */

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

export function literalStringBytes(inner: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0) & 0xff);
      continue;
    }
    const next = inner[++i];
    if (next === undefined) break;
    const octal = /^[0-7]{1,3}/.exec(inner.slice(i, i + 3));
    if (octal) {
      out.push(Number.parseInt(octal[0], 8) & 0xff);
      i += octal[0].length - 1;
    } else if (next === '\r' || next === '\n') {
      // A backslash at the end of a line continues the string on the next line.
      if (next === '\r' && inner[i + 1] === '\n') i++;
    } else {
      out.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(out);
}

/** Text strings: UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding (close to Latin-1). */
export function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return body.swap16().toString('utf16le').normalize('NFC');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8').normalize('NFC');
  }
  return bytes.toString('latin1');
}

/** Decodes the source text of a string object, `(...)` or `<...>`. */
export function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    return decodeTextString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  }
  return decodeTextString(literalStringBytes(token.slice(1, -1)));
}

/** Encodes text as a hex string: ASCII stays one byte per char, anything else becomes UTF-16BE with a BOM. */
export function encodeTextString(text: string): string {
  const nfc = text.normalize('NFC');
  if (/^[\x20-\x7e]*$/.test(nfc)) return `<${Buffer.from(nfc, 'latin1').toString('hex')}>`;
  const utf16 = Buffer.from(nfc, 'utf16le').swap16();
  return `<feff${utf16.toString('hex')}>`;
}
