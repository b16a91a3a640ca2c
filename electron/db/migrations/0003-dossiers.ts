import type { Migration } from './migration';

/**
 * The dossier workspace: agenda items, checklists copied from per-kind templates, content-addressed file
 * blobs and their attachments, coordination requests, and one full-text index over meeting titles, item
 * titles and attachment names.
 *
 * ON DELETE, on purpose: a meeting is never deleted (it is cancelled), so items RESTRICT it; an item takes
 * its checklist and coordination requests with it (CASCADE), an entry its attachments (CASCADE); a blob
 * cannot be deleted while an attachment or an answer points to it (RESTRICT), so its file is only ever
 * removed after the last reference.
 *
 * Search: `search_index` rowid = kind × 2^40 + id (1 meeting, 2 item, 3 attachment), so one kind is a rowid
 * range that FTS5 reads newest first without sorting; kept in step by the triggers below, inside the
 * writing transaction. The unicode61 tokenizer with remove_diacritics 2 folds
 * case and diacritics but keeps đ as a letter of its own, so the triggers map đ/Đ to d/D (the same as
 * shared/dossiers/searchText `indexText`).
 */
/**
 * The three triggers that keep one kind's rows in `search_index`. Written out here rather than imported:
 * a migration must produce the same schema forever, whatever later code says.
 */
function searchTriggers(table: string, column: string, base: number): string {
  const folded = (ref: string) => `replace(replace(${ref}, 'đ', 'd'), 'Đ', 'D')`;
  return `
      CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO search_index (rowid, body) VALUES (${base} + new.id, ${folded(`new.${column}`)});
      END;
      CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${column} ON ${table} BEGIN
        UPDATE search_index SET body = ${folded(`new.${column}`)} WHERE rowid = ${base} + new.id;
      END;
      CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
        DELETE FROM search_index WHERE rowid = ${base} + old.id;
      END;`;
}

export const migration0003: Migration = {
  version: 3,
  name: 'dossiers: agenda items, checklists, attachments, coordination, search',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL CHECK (position > 0),
        title TEXT NOT NULL CHECK (length(title) > 0),
        content_kind TEXT NOT NULL
          CHECK (content_kind IN ('legal-normative','individual-decision','report-plan-scheme','other')),
        lead_officer TEXT NOT NULL DEFAULT '',
        leader_in_charge TEXT NOT NULL DEFAULT '',
        -- The work program arrives in a later migration; until then a plain number, no foreign key.
        work_program_item_id INTEGER,
        status TEXT NOT NULL DEFAULT 'drafting' CHECK (status IN ('drafting','under-appraisal',
          'awaiting-coordination','awaiting-signature','signed','submitted','withdrawn','struck')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position);
      -- The dashboard reads only items still being prepared: a small slice of ten years of history.
      CREATE INDEX agenda_item_open ON agenda_item (meeting_id)
        WHERE status IN ('drafting','under-appraisal','awaiting-coordination','awaiting-signature','signed');
      CREATE INDEX agenda_item_by_work_program ON agenda_item (work_program_item_id)
        WHERE work_program_item_id IS NOT NULL;

      CREATE TABLE checklist_template (
        content_kind TEXT PRIMARY KEY
          CHECK (content_kind IN ('legal-normative','individual-decision','report-plan-scheme','other')),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE template_entry (
        id INTEGER PRIMARY KEY,
        content_kind TEXT NOT NULL REFERENCES checklist_template (content_kind) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position > 0),
        code TEXT,
        label TEXT NOT NULL CHECK (length(label) > 0),
        entry_kind TEXT NOT NULL CHECK (entry_kind IN ('document','content-requirement')),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        must_be_signed INTEGER NOT NULL CHECK (must_be_signed IN (0, 1)),
        UNIQUE (content_kind, position)
      ) STRICT;

      CREATE TABLE checklist_entry (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position > 0),
        code TEXT,
        label TEXT NOT NULL CHECK (length(label) > 0),
        entry_kind TEXT NOT NULL CHECK (entry_kind IN ('document','content-requirement')),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        must_be_signed INTEGER NOT NULL CHECK (must_be_signed IN (0, 1)),
        state TEXT NOT NULL DEFAULT 'missing' CHECK (state IN ('missing','draft','final','signed')),
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX checklist_entry_by_item ON checklist_entry (agenda_item_id, position);
      -- "At risk": documents that must be signed and are not yet.
      CREATE INDEX checklist_entry_unsigned ON checklist_entry (agenda_item_id)
        WHERE must_be_signed = 1 AND state <> 'signed';

      CREATE TABLE blob (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size > 0),
        mime TEXT NOT NULL,
        pdf_pages INTEGER,
        pdf_signatures TEXT CHECK (pdf_signatures IS NULL OR json_valid(pdf_signatures)),
        pdf_problem TEXT CHECK (pdf_problem IS NULL OR json_valid(pdf_problem)),
        inspected_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        checklist_entry_id INTEGER NOT NULL REFERENCES checklist_entry (id) ON DELETE CASCADE,
        blob_sha256 TEXT NOT NULL REFERENCES blob (sha256) ON DELETE RESTRICT,
        original_name TEXT NOT NULL CHECK (length(original_name) > 0),
        added_at TEXT NOT NULL,
        UNIQUE (checklist_entry_id, blob_sha256)
      ) STRICT;
      CREATE INDEX attachment_by_blob ON attachment (blob_sha256);

      CREATE TABLE coordination_request (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        agency TEXT NOT NULL CHECK (length(agency) > 0),
        person TEXT NOT NULL DEFAULT '',
        asked_on TEXT NOT NULL CHECK (asked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        answer TEXT CHECK (answer IS NULL OR answer IN ('agree','agree-with-comments','disagree')),
        answer_text TEXT NOT NULL DEFAULT '',
        answered_on TEXT,
        blob_sha256 TEXT REFERENCES blob (sha256) ON DELETE RESTRICT,
        blob_name TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (due_on >= asked_on),
        CHECK ((answer IS NULL) = (answered_on IS NULL)),
        CHECK ((blob_sha256 IS NULL) = (blob_name IS NULL))
      ) STRICT;
      CREATE INDEX coordination_by_item ON coordination_request (agenda_item_id);
      CREATE INDEX coordination_open_by_due ON coordination_request (due_on) WHERE answer IS NULL;
      CREATE INDEX coordination_by_blob ON coordination_request (blob_sha256) WHERE blob_sha256 IS NOT NULL;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      ${searchTriggers('meeting', 'title', 1099511627776)}
      ${searchTriggers('agenda_item', 'title', 2199023255552)}
      ${searchTriggers('attachment', 'original_name', 3298534883328)}

      INSERT INTO search_index (rowid, body)
        SELECT 1099511627776 + id, replace(replace(title, 'đ', 'd'), 'Đ', 'D') FROM meeting;
    `);
  },
};
