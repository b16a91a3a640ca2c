import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  type ReceivedPackageView,
  type VerifiedFileView,
  verifiedFileSchema,
} from '../../../shared/contract/packages';

export interface ReceivedPackageInsert {
  fileName: string;
  zipSha256: string;
  sourceOrganization: string;
  meetingTitle: string;
  meetingDate: string;
  itemTitles: string[];
  bagInfo: Array<[string, string]>;
  payloadOxum: string;
  /** The sender's dossier.json as parsed, or null when absent or unreadable. */
  dossier: unknown;
  folder: string;
  importedAt: string;
  files: readonly VerifiedFileView[];
}

interface PackageRow {
  id: number;
  file_name: string;
  zip_sha256: string;
  source_organization: string;
  meeting_title: string;
  meeting_date: string;
  item_titles: string;
  bag_info: string;
  payload_oxum: string;
  dossier: string | null;
  folder: string;
  imported_at: string;
  files: number;
}

interface FileRow {
  path: string;
  size: number;
  sha256: string;
  signature: string;
  pdf: string | null;
}

const titlesJson = z.array(z.string());
const bagInfoJson = z.array(z.tuple([z.string(), z.string()]));
const pdfJson = verifiedFileSchema.shape.pdf;
const signatureJson = verifiedFileSchema.shape.signature;

export function insertReceivedPackage(db: Database, p: ReceivedPackageInsert): number {
  const info = db
    .prepare(
      `INSERT INTO received_package (file_name, zip_sha256, source_organization, meeting_title, meeting_date,
         item_titles, bag_info, payload_oxum, dossier, folder, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.fileName,
      p.zipSha256,
      p.sourceOrganization,
      p.meetingTitle,
      p.meetingDate,
      JSON.stringify(p.itemTitles),
      JSON.stringify(p.bagInfo),
      p.payloadOxum,
      p.dossier === null ? null : JSON.stringify(p.dossier),
      p.folder,
      p.importedAt,
    );
  const id = Number(info.lastInsertRowid);
  const insertFile = db.prepare(
    'INSERT INTO received_file (package_id, path, size, sha256, signature, pdf) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const f of p.files) {
    insertFile.run(id, f.path, f.size, f.sha256, f.signature, f.pdf === null ? null : JSON.stringify(f.pdf));
  }
  return id;
}

export function findReceivedByZip(db: Database, zipSha256: string): number | null {
  const row = db.prepare('SELECT id FROM received_package WHERE zip_sha256 = ?').get(zipSha256) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

const SELECT_PACKAGE = `SELECT p.*, (SELECT count(*) FROM received_file f WHERE f.package_id = p.id) AS files
  FROM received_package p`;

export function listReceived(db: Database): ReceivedPackageView[] {
  const rows = db.prepare(`${SELECT_PACKAGE} ORDER BY p.imported_at DESC, p.id DESC`).all() as PackageRow[];
  return rows.map(toView);
}

export interface ReceivedPackageRecord extends ReceivedPackageView {
  bagInfo: Array<[string, string]>;
  dossier: unknown;
  fileList: Array<Omit<VerifiedFileView, 'vi' | 'en' | 'status'>>;
}

export function getReceived(db: Database, id: number): ReceivedPackageRecord | null {
  const row = db.prepare(`${SELECT_PACKAGE} WHERE p.id = ?`).get(id) as PackageRow | undefined;
  if (!row) return null;
  const files = db
    .prepare(
      'SELECT path, size, sha256, signature, pdf FROM received_file WHERE package_id = ? ORDER BY path',
    )
    .all(id) as FileRow[];
  return {
    ...toView(row),
    bagInfo: bagInfoJson.parse(JSON.parse(row.bag_info)),
    dossier: row.dossier === null ? null : JSON.parse(row.dossier),
    fileList: files.map((f) => ({
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      signature: signatureJson.parse(f.signature),
      pdf: f.pdf === null ? null : pdfJson.parse(JSON.parse(f.pdf)),
    })),
  };
}

export function countReceived(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM received_package').get() as { n: number }).n;
}

function toView(row: PackageRow): ReceivedPackageView {
  return {
    id: row.id,
    fileName: row.file_name,
    zipSha256: row.zip_sha256,
    sourceOrganization: row.source_organization,
    meetingTitle: row.meeting_title,
    meetingDate: row.meeting_date,
    itemTitles: titlesJson.parse(JSON.parse(row.item_titles)),
    payloadOxum: row.payload_oxum,
    files: row.files,
    folder: row.folder,
    importedAt: row.imported_at,
  };
}
