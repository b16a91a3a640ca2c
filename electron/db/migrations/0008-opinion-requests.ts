import type { Migration } from './migration';

/**
 * Xin ý kiến đến (directive §3a, §3b): the register of requests for the agency's opinion, with the answer
 * letter that closes each one; and the agency's governing body and province, editable in Settings.
 *
 * The state stored is what the clerk says ('received', 'drafting', 'answered'); "overdue" is judged
 * against today and never stored. An answered request carries its answer (date and stance at least), the
 * CHECK keeps the two in step. Search: a table of its own (same tokenizer as migration 0003's
 * search_index) so the dossier search and its data check are untouched; the triggers fold đ/Đ to d/D the
 * same way and index sender, numbers, subject and assignee together.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'opinion requests register, agency governing body and province',
  up(db) {
    const folded = (ref: string) => `replace(replace(${ref}, 'đ', 'd'), 'Đ', 'D')`;
    const body = (p: string) =>
      folded(
        `${p}.requester || ' ' || ${p}.their_number || ' ' || ${p}.subject || ' ' || ${p}.assignee || ' ' || ${p}.answer_number`,
      );
    db.exec(`
      CREATE TABLE opinion_request (
        id INTEGER PRIMARY KEY,
        requester_kind TEXT NOT NULL
          CHECK (requester_kind IN ('ministry','province','agency','ppc','ppc-office','other')),
        requester TEXT NOT NULL CHECK (length(requester) > 0),
        their_number TEXT NOT NULL DEFAULT '',
        their_date TEXT CHECK (their_date IS NULL OR their_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject TEXT NOT NULL CHECK (length(subject) > 0),
        received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- N when the due day was counted (N working days after receipt), NULL when the sender set it.
        due_working_days INTEGER CHECK (due_working_days IS NULL OR due_working_days BETWEEN 1 AND 60),
        assignee TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'received' CHECK (state IN ('received','drafting','answered')),
        answer_number TEXT NOT NULL DEFAULT '',
        answered_on TEXT CHECK (answered_on IS NULL OR answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        stance TEXT CHECK (stance IS NULL OR stance IN ('agree','agree-with-comments','disagree')),
        answer_summary TEXT NOT NULL DEFAULT '',
        -- The signed answer letter or its scan, kept in the store like any attachment.
        blob_sha256 TEXT REFERENCES blob (sha256) ON DELETE RESTRICT,
        blob_name TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (due_on >= received_on),
        CHECK (answered_on IS NULL OR answered_on >= received_on),
        CHECK ((state = 'answered') = (answered_on IS NOT NULL AND stance IS NOT NULL)),
        CHECK ((blob_sha256 IS NULL) = (blob_name IS NULL))
      ) STRICT;
      -- The register lists by due day; the dashboard and the agenda read the open ones in a date range.
      CREATE INDEX opinion_request_by_due ON opinion_request (due_on, id);
      CREATE INDEX opinion_request_open_by_due ON opinion_request (due_on) WHERE state <> 'answered';

      CREATE VIRTUAL TABLE opinion_request_search USING fts5 (
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER opinion_request_search_insert AFTER INSERT ON opinion_request BEGIN
        INSERT INTO opinion_request_search (rowid, body) VALUES (new.id, ${body('new')});
      END;
      CREATE TRIGGER opinion_request_search_update
        AFTER UPDATE OF requester, their_number, subject, assignee, answer_number ON opinion_request BEGIN
        UPDATE opinion_request_search SET body = ${body('new')} WHERE rowid = new.id;
      END;
      CREATE TRIGGER opinion_request_search_delete AFTER DELETE ON opinion_request BEGIN
        DELETE FROM opinion_request_search WHERE rowid = old.id;
      END;

      ALTER TABLE agency ADD COLUMN governing_body TEXT NOT NULL DEFAULT '';
      ALTER TABLE agency ADD COLUMN province TEXT NOT NULL DEFAULT '';
    `);
  },
};
