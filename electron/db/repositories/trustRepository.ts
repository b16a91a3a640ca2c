import type { Database } from 'better-sqlite3';
import type { TrustAnchorView, TrustCrlView } from '../../../shared/contract/signatures';

export interface TrustAnchorInsert {
  sha256: string;
  der: Buffer;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  selfSigned: boolean;
  fileName: string;
  importedAt: string;
}

export interface TrustCrlInsert {
  sha256: string;
  der: Buffer;
  issuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  revokedCount: number;
  fileName: string;
  importedAt: string;
}

interface AnchorRow {
  id: number;
  sha256: string;
  subject: string;
  issuer: string;
  not_before: string;
  not_after: string;
  self_signed: number;
  file_name: string;
  imported_at: string;
}

interface CrlRow {
  id: number;
  sha256: string;
  issuer: string;
  this_update: string;
  next_update: string | null;
  revoked_count: number;
  file_name: string;
  imported_at: string;
}

/** True when inserted, false when the same certificate was already there. */
export function insertAnchor(db: Database, a: TrustAnchorInsert): boolean {
  return (
    db
      .prepare(
        `INSERT INTO trust_anchor (sha256, der, subject, issuer, not_before, not_after, self_signed, file_name, imported_at)
         VALUES (@sha256, @der, @subject, @issuer, @notBefore, @notAfter, @selfSigned, @fileName, @importedAt)
         ON CONFLICT (sha256) DO NOTHING`,
      )
      .run({ ...a, selfSigned: a.selfSigned ? 1 : 0 }).changes > 0
  );
}

export function insertCrl(db: Database, c: TrustCrlInsert): boolean {
  return (
    db
      .prepare(
        `INSERT INTO trust_crl (sha256, der, issuer, this_update, next_update, revoked_count, file_name, imported_at)
         VALUES (@sha256, @der, @issuer, @thisUpdate, @nextUpdate, @revokedCount, @fileName, @importedAt)
         ON CONFLICT (sha256) DO NOTHING`,
      )
      .run(c).changes > 0
  );
}

export function listAnchors(db: Database): TrustAnchorView[] {
  const rows = db
    .prepare(
      `SELECT id, sha256, subject, issuer, not_before, not_after, self_signed, file_name, imported_at
       FROM trust_anchor ORDER BY self_signed DESC, subject`,
    )
    .all() as AnchorRow[];
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256,
    subject: r.subject,
    issuer: r.issuer,
    notBefore: r.not_before,
    notAfter: r.not_after,
    selfSigned: r.self_signed === 1,
    fileName: r.file_name,
    importedAt: r.imported_at,
  }));
}

export function listCrls(db: Database): TrustCrlView[] {
  const rows = db
    .prepare(
      `SELECT id, sha256, issuer, this_update, next_update, revoked_count, file_name, imported_at
       FROM trust_crl ORDER BY issuer, this_update DESC`,
    )
    .all() as CrlRow[];
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256,
    issuer: r.issuer,
    thisUpdate: r.this_update,
    nextUpdate: r.next_update,
    revokedCount: r.revoked_count,
    fileName: r.file_name,
    importedAt: r.imported_at,
  }));
}

export function deleteAnchor(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM trust_anchor WHERE id = ?').run(id).changes > 0;
}

export function deleteCrl(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM trust_crl WHERE id = ?').run(id).changes > 0;
}

/** Every anchor's and CRL's DER bytes: what signatures are judged against. */
export function trustMaterialBytes(db: Database): { anchors: Buffer[]; crls: Buffer[] } {
  const anchors = db.prepare('SELECT der FROM trust_anchor ORDER BY id').all() as Array<{ der: Buffer }>;
  const crls = db.prepare('SELECT der FROM trust_crl ORDER BY id').all() as Array<{ der: Buffer }>;
  return { anchors: anchors.map((r) => r.der), crls: crls.map((r) => r.der) };
}
