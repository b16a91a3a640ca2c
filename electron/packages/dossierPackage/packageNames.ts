/**
 * Names inside a package: `NN-short-title/MM-checklist-entry/file`, readable by a person opening the zip
 * in Explorer, and safe on every system that may extract it (see bagitFormat.unsafeNameReason). Pure.
 *
 * Lengths are capped so that a package extracted a few folders deep on Windows stays under MAX_PATH
 * (260): item folder ≤ 48 characters, entry folder ≤ 40, file name ≤ 80 (extension kept), so a payload
 * path is at most 5 + 48 + 1 + 40 + 1 + 80 = 175 characters.
 */
import { collisionKey, hiddenCharacter, isControl, unsafeNameReason } from '../bagitFormat';

export const ITEM_FOLDER_MAX = 48;
export const ENTRY_FOLDER_MAX = 40;
export const FILE_NAME_MAX = 80;

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * One path segment from free text: NFC, forbidden characters replaced by '-', runs of white space folded,
 * cut at a word boundary within `max` characters, no trailing dot or space, never a device name.
 */
export function safeSegment(text: string, max: number, fallback: string): string {
  let s = text
    .normalize('NFC')
    // Controls become spaces; bidi and zero-width characters go: a receiving verifier (ours too) refuses them.
    .replace(/./gsu, (c) => (isControl(c.charCodeAt(0)) ? ' ' : hiddenCharacter(c) !== null ? '' : c))
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  s = cut(s, max);
  s = s.replace(/[. ]+$/, '');
  if (s === '') s = fallback;
  if (WINDOWS_DEVICE.test(s)) s = `_${s}`;
  // A segment is also capped in UTF-8 bytes (255 on most file systems); Vietnamese letters take 2-3.
  while (Buffer.byteLength(s, 'utf8') > 255) s = [...s].slice(0, -1).join('');
  return s;
}

/** Cuts to `max` code points, preferring the last space in the second half (no half words). */
function cut(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return space > head.length / 2 ? head.slice(0, space) : head;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "01-Dự thảo Quyết định ban hành Quy định về…" */
export function itemFolderName(position: number, title: string): string {
  const prefix = `${pad2(position)}-`;
  return prefix + safeSegment(title, ITEM_FOLDER_MAX - prefix.length, 'noi-dung');
}

/** "02-Tờ trình" */
export function entryFolderName(position: number, label: string): string {
  const prefix = `${pad2(position)}-`;
  return prefix + safeSegment(label, ENTRY_FOLDER_MAX - prefix.length, 'tai-lieu');
}

/** The original file name, made safe and capped, keeping its extension (".pdf") whole. */
export function fileNameFor(original: string): string {
  const name = original.normalize('NFC');
  const dot = name.lastIndexOf('.');
  const rawExt = dot > 0 ? name.slice(dot + 1) : '';
  const ext = /^[\p{L}\p{N}]{1,10}$/u.test(rawExt) ? `.${rawExt}` : '';
  const stem = ext ? name.slice(0, dot) : name;
  return safeSegment(stem, FILE_NAME_MAX - ext.length, 'tep') + ext;
}

/**
 * Resolves names that one file system would see as the same (case, Unicode form) by numbering the later
 * ones " (2)", " (3)"… before the extension. Deterministic: the caller passes names in a fixed order
 * (attachment order) and the first keeps its name.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  claim(name: string): string {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; this.taken.has(collisionKey(candidate)); n++) candidate = `${stem} (${n})${ext}`;
    this.taken.add(collisionKey(candidate));
    return candidate;
  }
}

/** A payload path the bag writer will accept (checked here so a bad one is our bug, reported early). */
export function assertSafePayloadPath(path: string): void {
  const reason = unsafeNameReason(path);
  if (reason) throw new Error(`unsafe payload path ${JSON.stringify(path)}: ${reason}`);
}
