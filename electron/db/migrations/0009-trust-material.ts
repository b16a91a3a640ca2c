import type { Migration } from './migration';

/**
 * Trust material for digital signatures (issue 14): the certificates the agency imports as trust anchors
 * (chứng thư gốc / trung gian) and the CRLs (danh sách thu hồi) it imports for offline revocation checks.
 * Both are kept as their DER bytes, one row per certificate or CRL, unique by SHA-256 so importing a file
 * twice changes nothing. Nothing here is ever fetched from the network. The PKCS#11 module path lives in
 * `setting` (key 'signing'); the PIN is never stored anywhere.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'trust anchors and CRLs',
  up(db) {
    db.exec(`
      CREATE TABLE trust_anchor (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        der BLOB NOT NULL CHECK (length(der) > 0),
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        self_signed INTEGER NOT NULL CHECK (self_signed IN (0, 1)),
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trust_crl (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        der BLOB NOT NULL CHECK (length(der) > 0),
        issuer TEXT NOT NULL,
        this_update TEXT NOT NULL,
        next_update TEXT,
        revoked_count INTEGER NOT NULL CHECK (revoked_count >= 0),
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
