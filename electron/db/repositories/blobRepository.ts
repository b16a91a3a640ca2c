import type { Database } from 'better-sqlite3';
import type { PdfSignatureView } from '../../../shared/contract/attachments';
import type { AppErrorData } from '../../../shared/errors/appError';

export type PdfProblem = Pick<AppErrorData, 'code' | 'vi' | 'en'>;

/** A stored file, by its SHA-256, with what inspecting it found. */
export interface BlobRecord {
  sha256: string;
  size: number;
  mime: string;
  pdf: {
    pages: number | null;
    signatures: PdfSignatureView[];
    problem: PdfProblem | null;
    inspectedAt: string;
  } | null;
  createdAt: string;
}

export interface BlobRow {
  sha256: string;
  size: number;
  mime: string;
  pdf_pages: number | null;
  pdf_signatures: string | null;
  pdf_problem: string | null;
  inspected_at: string | null;
  created_at: string;
}

export const BLOB_COLUMNS =
  'sha256, size, mime, pdf_pages, pdf_signatures, pdf_problem, inspected_at, created_at';

export function getBlob(db: Database, sha256: string): BlobRecord | null {
  const row = db.prepare(`SELECT ${BLOB_COLUMNS} FROM blob WHERE sha256 = ?`).get(sha256) as
    | BlobRow
    | undefined;
  return row ? toBlob(row) : null;
}

/** Inserts the blob row unless the same content is already recorded. */
export function insertBlobIfAbsent(db: Database, blob: BlobRecord): void {
  db.prepare(
    `INSERT INTO blob (sha256, size, mime, pdf_pages, pdf_signatures, pdf_problem, inspected_at, created_at)
     VALUES (@sha256, @size, @mime, @pages, @signatures, @problem, @inspectedAt, @createdAt)
     ON CONFLICT (sha256) DO NOTHING`,
  ).run({
    sha256: blob.sha256,
    size: blob.size,
    mime: blob.mime,
    pages: blob.pdf?.pages ?? null,
    signatures: blob.pdf ? JSON.stringify(blob.pdf.signatures) : null,
    problem: blob.pdf?.problem ? JSON.stringify(blob.pdf.problem) : null,
    inspectedAt: blob.pdf?.inspectedAt ?? null,
    createdAt: blob.createdAt,
  });
}

/** How many attachments, coordination answers and opinion-request answers point to the blob. */
export function blobReferences(db: Database, sha256: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM attachment WHERE blob_sha256 = @h)
            + (SELECT count(*) FROM coordination_request WHERE blob_sha256 = @h)
            + (SELECT count(*) FROM opinion_request WHERE blob_sha256 = @h) AS n`,
    )
    .get({ h: sha256 }) as { n: number };
  return row.n;
}

/** Deletes the blob row when nothing points to it any more; true when it did (the file may then go). */
export function deleteBlobIfUnreferenced(db: Database, sha256: string): boolean {
  if (blobReferences(db, sha256) > 0) return false;
  return db.prepare('DELETE FROM blob WHERE sha256 = ?').run(sha256).changes > 0;
}

export function listBlobs(db: Database): Array<{ sha256: string; size: number }> {
  return db.prepare('SELECT sha256, size FROM blob ORDER BY sha256').all() as Array<{
    sha256: string;
    size: number;
  }>;
}

export function listUnreferencedBlobs(db: Database): string[] {
  const rows = db
    .prepare(
      `SELECT b.sha256 FROM blob b
       WHERE NOT EXISTS (SELECT 1 FROM attachment a WHERE a.blob_sha256 = b.sha256)
         AND NOT EXISTS (SELECT 1 FROM coordination_request c WHERE c.blob_sha256 = b.sha256)
         AND NOT EXISTS (SELECT 1 FROM opinion_request o WHERE o.blob_sha256 = b.sha256)
       ORDER BY b.sha256`,
    )
    .all() as Array<{ sha256: string }>;
  return rows.map((r) => r.sha256);
}

export function toBlob(row: BlobRow): BlobRecord {
  return {
    sha256: row.sha256,
    size: row.size,
    mime: row.mime,
    pdf:
      row.inspected_at === null
        ? null
        : {
            pages: row.pdf_pages,
            signatures: row.pdf_signatures ? parseJson<PdfSignatureView[]>(row.pdf_signatures) : [],
            problem: row.pdf_problem ? parseJson<PdfProblem>(row.pdf_problem) : null,
            inspectedAt: row.inspected_at,
          },
    createdAt: row.created_at,
  };
}

/** The JSON columns hold what this module wrote (json_valid is checked by the table). */
function parseJson<T>(text: string): T {
  return JSON.parse(text);
}

export function countAttachments(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM attachment').get() as { n: number }).n;
}

/** Up to three names under which a stored file is used (attachments, coordination answer letters). */
export function namesUsingBlob(db: Database, sha256: string): string[] {
  const rows = db
    .prepare(
      `SELECT original_name AS name FROM attachment WHERE blob_sha256 = ?
       UNION ALL SELECT blob_name FROM coordination_request WHERE blob_sha256 = ? LIMIT 3`,
    )
    .all(sha256, sha256) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

/** The stored signature findings of every PDF blob that has some: re-judged when trust material changes. */
export function listBlobSignatures(db: Database): Array<{ sha256: string; signatures: PdfSignatureView[] }> {
  const rows = db
    .prepare(
      `SELECT sha256, pdf_signatures FROM blob
       WHERE pdf_signatures IS NOT NULL AND pdf_signatures <> '[]' ORDER BY sha256`,
    )
    .all() as Array<{ sha256: string; pdf_signatures: string }>;
  return rows.map((r) => ({
    sha256: r.sha256,
    signatures: JSON.parse(r.pdf_signatures) as PdfSignatureView[],
  }));
}

export function updateBlobSignatures(db: Database, sha256: string, signatures: PdfSignatureView[]): void {
  db.prepare('UPDATE blob SET pdf_signatures = ? WHERE sha256 = ?').run(JSON.stringify(signatures), sha256);
}
