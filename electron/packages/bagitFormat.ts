/**
 * BagIt 1.0 (RFC 8493) text formats shared by the writer and the verifier: bagit.txt, manifests,
 * bag-info.txt, and the path rules for names inside a bag. Pure functions, no I/O.
 */

/** The exact bytes of bagit.txt that we write and accept (RFC 8493 §2.1.1, no BOM, LF endings). */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const PAYLOAD_MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
/**
 * Issue 14: the agency's detached CMS signature over the tag manifest's bytes. It cannot be listed in the
 * manifest it signs, so, like the tag manifests, it is a tag file outside every manifest.
 */
export const TAG_MANIFEST_SIGNATURE = 'tagmanifest-sha256.txt.p7s';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT_DECLARATION = 'bagit.txt';
export const FETCH_TXT = 'fetch.txt';
export const PAYLOAD_DIR = 'data/';

/** Labels the writer computes itself; a caller supplying them would produce a self-contradicting bag. */
export const COMPUTED_BAG_INFO_LABELS = ['Bagging-Date', 'Payload-Oxum'] as const;

/**
 * RFC 8493 §2.1.3: in manifests, CR, LF and % (and only those) are percent-encoded. Encoding % first
 * keeps the transformation reversible.
 */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(encoded: string): string {
  return encoded.replace(/%(0D|0A|25)/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export interface ManifestLine {
  /** Lower-case hex digest as written. */
  digest: string;
  /** Decoded path relative to the bag root, e.g. 'data/a.pdf'. */
  path: string;
  lineNumber: number;
}

export interface ManifestParse {
  lines: ManifestLine[];
  /** 1-based line numbers that are not `digest<whitespace>path`. */
  malformed: number[];
}

/** Splits on LF, CR or CRLF: RFC 8493 allows all three line endings in tag files. */
export function splitTagLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `digestLength` is in hex characters (64 for SHA-256). */
export function parseManifest(text: string, digestLength: number): ManifestParse {
  const lines: ManifestLine[] = [];
  const malformed: number[] = [];
  const pattern = new RegExp(`^([0-9a-fA-F]{${digestLength}})[ \\t]+(.+)$`);
  splitTagLines(text).forEach((raw, index) => {
    const match = pattern.exec(raw);
    if (!match?.[1] || !match[2]) {
      malformed.push(index + 1);
      return;
    }
    lines.push({ digest: match[1].toLowerCase(), path: decodeManifestPath(match[2]), lineNumber: index + 1 });
  });
  return { lines, malformed };
}

export function formatManifest(entries: ReadonlyArray<{ path: string; sha256: string }>): string {
  return entries.map((e) => `${e.sha256}  ${encodeManifestPath(e.path)}\n`).join('');
}

/** A label is one line of visible text without the separating colon (RFC 8493 §2.2.2). */
export function isValidBagInfoLabel(label: string): boolean {
  return label.length > 0 && !/[:\r\n]/.test(label) && label.trim() === label;
}

/**
 * Values with line breaks are folded: each further line is indented, which RFC 8493 §2.2.2 reads as a
 * continuation. Readers unfold with a single space, so a value keeps its words but not its breaks.
 */
export function formatBagInfo(entries: ReadonlyArray<readonly [string, string]>): string {
  return entries
    .map(([label, value]) => {
      const lines = value.split(/\r\n|\r|\n/).map((l) => l.trim());
      return `${label}: ${lines.join('\n  ')}\n`;
    })
    .join('');
}

export interface BagInfoParse {
  entries: Array<[string, string]>;
  malformed: number[];
}

export function parseBagInfo(text: string): BagInfoParse {
  const entries: Array<[string, string]> = [];
  const malformed: number[] = [];
  splitTagLines(text).forEach((line, index) => {
    const last = entries[entries.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      else malformed.push(index + 1);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      malformed.push(index + 1);
      return;
    }
    entries.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return { entries, malformed };
}

export interface PayloadOxum {
  octets: number;
  count: number;
}

export function formatPayloadOxum(oxum: PayloadOxum): string {
  return `${oxum.octets}.${oxum.count}`;
}

export function parsePayloadOxum(value: string): PayloadOxum | null {
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { octets: Number(match[1]), count: Number(match[2]) };
}

/**
 * Two names that one file system could treat as the same file: Unicode canonical equivalence (macOS)
 * and case (Windows). Upper-then-lower approximates full case folding (ß/SS, final sigma).
 */
export function collisionKey(path: string): string {
  return path.normalize('NFD').toUpperCase().toLowerCase().normalize('NFC');
}

/** Why a name may not appear in a bag, or null when it is safe on Windows, macOS and Linux. */
export type UnsafeNameReason =
  | 'empty'
  | 'absolute'
  | 'drive-letter'
  | 'backslash'
  | 'nul'
  | 'control-character'
  | 'dot-segment'
  | 'empty-segment'
  | 'windows-reserved-character'
  | 'windows-trailing-dot-or-space'
  | 'windows-device-name'
  | 'segment-too-long';

/** C0 controls and DEL: invisible in a file list, and CR/LF would break a manifest line. */
export function isControl(charCode: number): boolean {
  return charCode < 0x20 || charCode === 0x7f;
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * The rules are the union of what the three desktop systems refuse or misread, because a bag made on
 * one is opened on another: ':' on NTFS names an alternate data stream, 'CON' opens the console.
 * A trailing '/' (a directory entry) is allowed when `allowDirectory` is set.
 */
export function unsafeNameReason(name: string, allowDirectory = false): UnsafeNameReason | null {
  if (name.length === 0) return 'empty';
  if (name.includes('\0')) return 'nul';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute';
  if (/^[a-zA-Z]:/.test(name)) return 'drive-letter';
  const body = allowDirectory && name.endsWith('/') ? name.slice(0, -1) : name;
  for (const segment of body.split('/')) {
    if (segment === '.' || segment === '..') return 'dot-segment';
    if (segment.length === 0) return 'empty-segment';
    if ([...segment].some((c) => isControl(c.charCodeAt(0)))) return 'control-character';
    if (/[<>:"|?*]/.test(segment)) return 'windows-reserved-character';
    if (/[. ]$/.test(segment)) return 'windows-trailing-dot-or-space';
    if (WINDOWS_DEVICE.test(segment)) return 'windows-device-name';
    if (Buffer.byteLength(segment, 'utf8') > 255) return 'segment-too-long';
  }
  return null;
}

/** Tag-file names the format reserves; a caller's extra tag file may not take them. */
export function isReservedTagName(path: string): boolean {
  return (
    path === BAGIT_DECLARATION ||
    path === BAG_INFO ||
    path === FETCH_TXT ||
    /^manifest-[a-z0-9]+\.txt$/.test(path) ||
    /^tagmanifest-[a-z0-9]+\.txt$/.test(path) ||
    path === TAG_MANIFEST_SIGNATURE
  );
}

/** Characters that change how a name reads without being seen, by what they are called (Unicode names). */
const INVISIBLE: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/**
 * The first character of `name` that hides or reorders what a person reads — a bidi override
 * ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"), a bidi isolate or mark, a zero-width character, a
 * C0/C1 control — described as `U+202E RIGHT-TO-LEFT OVERRIDE`; null when there is none.
 */
export function hiddenCharacter(name: string): { control: boolean; description: string } | null {
  for (const c of name) {
    const code = c.codePointAt(0) ?? 0;
    const control = code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f);
    const label =
      INVISIBLE.get(code) ??
      (control ? 'CONTROL CHARACTER' : null) ??
      ((code >= 0xe0000 && code <= 0xe007f) || (code >= 0xfe00 && code <= 0xfe0f)
        ? 'INVISIBLE TAG OR SELECTOR'
        : null);
    if (label !== null)
      return { control, description: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${label}` };
  }
  return null;
}
