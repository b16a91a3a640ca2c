/**
 * Where each document goes in the package: `data/NN-short-title/MM-checklist-entry/file`, with NN the
 * item's place on the meeting's program and MM the entry's place in its checklist, so the folders sort
 * in the order the Office reads them. The cover sheet and dossier.json sit at the top of data/.
 */
import type { AttachmentRecord } from '../../db/repositories/attachmentRepository';
import type { DossierSnapshot, SnapshotEntry, SnapshotItem } from './dossierSnapshot';
import {
  assertSafePayloadPath,
  entryFolderName,
  fileNameFor,
  itemFolderName,
  NameRegistry,
} from './packageNames';

export const COVER_SHEET_NAME = '00-danh-muc-ho-so.pdf';
export const DOSSIER_JSON_NAME = 'dossier.json';

export interface PlannedFile {
  /** Relative to data/. */
  path: string;
  item: SnapshotItem;
  entry: SnapshotEntry;
  attachment: AttachmentRecord;
}

export interface PackageLayout {
  files: PlannedFile[];
  /** Folder (relative to data/) per item id, and per entry id for entries that have files. */
  itemFolders: Map<number, string>;
  entryFolders: Map<number, string>;
}

/** `skip` names blobs that cannot be packaged (gone from the store). */
export function planLayout(snapshot: DossierSnapshot, skip: ReadonlySet<string> = new Set()): PackageLayout {
  const files: PlannedFile[] = [];
  const itemFolders = new Map<number, string>();
  const entryFolders = new Map<number, string>();
  // Reserved top-level names first, so an item folder can never take them.
  const top = new NameRegistry();
  top.claim(COVER_SHEET_NAME);
  top.claim(DOSSIER_JSON_NAME);
  for (const item of snapshot.items) {
    const itemFolder = top.claim(itemFolderName(item.item.position, item.item.title));
    itemFolders.set(item.item.id, itemFolder);
    const entryNames = new NameRegistry();
    for (const entry of item.entries) {
      const present = entry.attachments.filter((a) => !skip.has(a.blob.sha256));
      if (present.length === 0) continue;
      const entryFolder = entryNames.claim(entryFolderName(entry.entry.position, entry.entry.label));
      entryFolders.set(entry.entry.id, `${itemFolder}/${entryFolder}`);
      const fileNames = new NameRegistry();
      // Attachment order (added_at, id) decides who keeps a shared name: deterministic across exports.
      for (const attachment of present) {
        const path = `${itemFolder}/${entryFolder}/${fileNames.claim(fileNameFor(attachment.name))}`;
        assertSafePayloadPath(path);
        files.push({ path, item, entry, attachment });
      }
    }
  }
  return { files, itemFolders, entryFolders };
}
