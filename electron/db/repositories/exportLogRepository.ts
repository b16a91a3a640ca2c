import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  bagFileSchema,
  type ExportLogEntry,
  preflightFindingSchema,
} from '../../../shared/contract/packages';

export interface ExportLogInsert {
  scope: 'item' | 'meeting';
  meetingId: number;
  itemId: number | null;
  /** Every item the package carried. */
  itemIds: readonly number[];
  path: string;
  zipSha256: string;
  zipSize: number;
  payloadOxum: string;
  files: ExportLogEntry['files'];
  findings: ExportLogEntry['findings'];
  warningsConfirmed: boolean;
  exportedAt: string;
}

interface ExportLogRow {
  id: number;
  scope: string;
  meeting_id: number;
  item_id: number | null;
  path: string;
  zip_sha256: string;
  zip_size: number;
  payload_oxum: string;
  files: string;
  findings: string;
  warnings_confirmed: number;
  exported_at: string;
}

const filesJson = z.array(bagFileSchema);
const findingsJson = z.array(preflightFindingSchema);

export function insertExportLog(db: Database, entry: ExportLogInsert): number {
  const info = db
    .prepare(
      `INSERT INTO export_log (scope, meeting_id, item_id, path, zip_sha256, zip_size, payload_oxum, files,
         findings, warnings_confirmed, exported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.scope,
      entry.meetingId,
      entry.itemId,
      entry.path,
      entry.zipSha256,
      entry.zipSize,
      entry.payloadOxum,
      JSON.stringify(entry.files),
      JSON.stringify(entry.findings),
      entry.warningsConfirmed ? 1 : 0,
      entry.exportedAt,
    );
  const id = Number(info.lastInsertRowid);
  const link = db.prepare('INSERT INTO export_log_item (export_id, item_id) VALUES (?, ?)');
  for (const itemId of new Set(entry.itemIds)) link.run(id, itemId);
  return id;
}

/** Exports that carried the item, newest first. */
export function exportsOfItem(db: Database, itemId: number): ExportLogEntry[] {
  const rows = db
    .prepare(
      `SELECT l.* FROM export_log_item li JOIN export_log l ON l.id = li.export_id
       WHERE li.item_id = ? ORDER BY l.exported_at DESC, l.id DESC`,
    )
    .all(itemId) as ExportLogRow[];
  return rows.map(toEntry);
}

export function getExportLog(db: Database, id: number): ExportLogEntry | null {
  const row = db.prepare('SELECT * FROM export_log WHERE id = ?').get(id) as ExportLogRow | undefined;
  return row ? toEntry(row) : null;
}

function toEntry(row: ExportLogRow): ExportLogEntry {
  const path = row.path;
  return {
    id: row.id,
    scope: row.scope === 'item' ? 'item' : 'meeting',
    meetingId: row.meeting_id,
    itemId: row.item_id,
    path,
    fileName: path.split(/[\\/]/).pop() ?? path,
    zipSha256: row.zip_sha256,
    zipSize: row.zip_size,
    payloadOxum: row.payload_oxum,
    files: filesJson.parse(JSON.parse(row.files)),
    findings: findingsJson.parse(JSON.parse(row.findings)),
    warningsConfirmed: row.warnings_confirmed === 1,
    exportedAt: row.exported_at,
  };
}
