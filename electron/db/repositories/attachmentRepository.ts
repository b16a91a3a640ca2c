import type { Database } from 'better-sqlite3';
import { BLOB_COLUMNS, type BlobRecord, type BlobRow, toBlob } from './blobRepository';

export interface AttachmentRecord {
  id: number;
  entryId: number;
  name: string;
  addedAt: string;
  blob: BlobRecord;
}

type AttachmentRow = BlobRow & {
  id: number;
  checklist_entry_id: number;
  original_name: string;
  added_at: string;
};

const SELECT = `SELECT a.id, a.checklist_entry_id, a.original_name, a.added_at, ${BLOB_COLUMNS.split(', ')
  .map((c) => `b.${c}`)
  .join(', ')}
  FROM attachment a JOIN blob b ON b.sha256 = a.blob_sha256`;

export function insertAttachment(
  db: Database,
  entryId: number,
  sha256: string,
  name: string,
  at: string,
): number {
  const info = db
    .prepare(
      'INSERT INTO attachment (checklist_entry_id, blob_sha256, original_name, added_at) VALUES (?, ?, ?, ?)',
    )
    .run(entryId, sha256, name, at);
  return Number(info.lastInsertRowid);
}

export function findAttachmentOfEntry(
  db: Database,
  entryId: number,
  sha256: string,
): AttachmentRecord | null {
  const row = db
    .prepare(`${SELECT} WHERE a.checklist_entry_id = ? AND a.blob_sha256 = ?`)
    .get(entryId, sha256) as AttachmentRow | undefined;
  return row ? toAttachment(row) : null;
}

export function getAttachment(db: Database, id: number): AttachmentRecord | null {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
  return row ? toAttachment(row) : null;
}

export function deleteAttachment(db: Database, id: number): void {
  db.prepare('DELETE FROM attachment WHERE id = ?').run(id);
}

/** Attachments of every entry of an item, by entry id, oldest first. */
export function attachmentsOfItem(db: Database, itemId: number): Map<number, AttachmentRecord[]> {
  const rows = db
    .prepare(
      `${SELECT} JOIN checklist_entry e ON e.id = a.checklist_entry_id
       WHERE e.agenda_item_id = ? ORDER BY a.added_at, a.id`,
    )
    .all(itemId) as AttachmentRow[];
  const byEntry = new Map<number, AttachmentRecord[]>();
  for (const row of rows) {
    const list = byEntry.get(row.checklist_entry_id) ?? [];
    list.push(toAttachment(row));
    byEntry.set(row.checklist_entry_id, list);
  }
  return byEntry;
}

export function attachmentsOfEntry(db: Database, entryId: number): AttachmentRecord[] {
  const rows = db
    .prepare(`${SELECT} WHERE a.checklist_entry_id = ? ORDER BY a.added_at, a.id`)
    .all(entryId) as AttachmentRow[];
  return rows.map(toAttachment);
}

/** Hashes of the blobs used by an item's attachments and coordination answers (before deleting it). */
export function blobsOfItem(db: Database, itemId: number): string[] {
  const rows = db
    .prepare(
      `SELECT a.blob_sha256 AS h FROM attachment a JOIN checklist_entry e ON e.id = a.checklist_entry_id
       WHERE e.agenda_item_id = @id
       UNION SELECT blob_sha256 FROM coordination_request WHERE agenda_item_id = @id AND blob_sha256 IS NOT NULL`,
    )
    .all({ id: itemId }) as Array<{ h: string }>;
  return rows.map((r) => r.h);
}

export function blobsOfEntry(db: Database, entryId: number): string[] {
  const rows = db
    .prepare('SELECT blob_sha256 AS h FROM attachment WHERE checklist_entry_id = ?')
    .all(entryId) as Array<{ h: string }>;
  return rows.map((r) => r.h);
}

function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    entryId: row.checklist_entry_id,
    name: row.original_name,
    addedAt: row.added_at,
    blob: toBlob(row),
  };
}
