import type { Migration } from './migration';

/**
 * Packages (issue 5): the export log (nhật ký xuất gói) and the packages received by the PPC Office's side.
 *
 * export_log keeps one row per finished export with what was sent and where: the zip's SHA-256, each file's
 * path and digest, the pre-flight findings and whether the user confirmed them. export_log_item says which
 * items a package carried, so an item lists its own exports and its meeting's; an item deleted later takes
 * those links with it (CASCADE) while the export itself stays in the log. A meeting is never deleted
 * (it is cancelled), hence RESTRICT.
 *
 * received_package is a read-only record of a verified package; its files' metadata sit in received_file,
 * the bytes in <dataDir>/received/<folder>/ (the bag as received, so it can be checked again). Only a
 * package whose verdict was 'valid' is ever inserted, in one transaction with its files.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'packages: export log, received packages',
  up(db) {
    db.exec(`
      CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('item','meeting')),
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
        item_id INTEGER,
        path TEXT NOT NULL CHECK (length(path) > 0),
        zip_sha256 TEXT NOT NULL CHECK (length(zip_sha256) = 64 AND zip_sha256 NOT GLOB '*[^0-9a-f]*'),
        zip_size INTEGER NOT NULL CHECK (zip_size > 0),
        payload_oxum TEXT NOT NULL,
        files TEXT NOT NULL CHECK (json_valid(files)),
        findings TEXT NOT NULL CHECK (json_valid(findings)),
        warnings_confirmed INTEGER NOT NULL CHECK (warnings_confirmed IN (0, 1)),
        exported_at TEXT NOT NULL,
        CHECK ((scope = 'item') = (item_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX export_log_by_meeting ON export_log (meeting_id, exported_at);

      CREATE TABLE export_log_item (
        export_id INTEGER NOT NULL REFERENCES export_log (id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, export_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE received_package (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        zip_sha256 TEXT NOT NULL UNIQUE CHECK (length(zip_sha256) = 64 AND zip_sha256 NOT GLOB '*[^0-9a-f]*'),
        source_organization TEXT NOT NULL DEFAULT '',
        meeting_title TEXT NOT NULL DEFAULT '',
        meeting_date TEXT NOT NULL DEFAULT '',
        item_titles TEXT NOT NULL CHECK (json_valid(item_titles)),
        bag_info TEXT NOT NULL CHECK (json_valid(bag_info)),
        payload_oxum TEXT NOT NULL,
        dossier TEXT CHECK (dossier IS NULL OR json_valid(dossier)),
        folder TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE received_file (
        id INTEGER PRIMARY KEY,
        package_id INTEGER NOT NULL REFERENCES received_package (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        signature TEXT NOT NULL,
        pdf TEXT CHECK (pdf IS NULL OR json_valid(pdf)),
        UNIQUE (package_id, path)
      ) STRICT;
    `);
  },
};
