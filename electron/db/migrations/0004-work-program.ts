import type { Migration } from './migration';

/**
 * The agency's side of the monthly cycle (issue 6): its work program (items, detailed-plan milestones),
 * adjustment or addition requests and the items they cover, assigned tasks, the PPC members' votes on its
 * drafts, and the free texts of each month's report.
 *
 * The link from an agenda item to the item it fulfils is `agenda_item.work_program_item_id` (migration 3,
 * a plain integer): deleting a program item clears those links in the same transaction (the service does
 * it, there is no foreign key to do it). ON DELETE, on purpose: an item takes its milestones with it; a
 * request keeps its entries when an item is deleted (number and title are copied into the entry, so the
 * filed letter still reads the same); a vote goes with its agenda item; a member who voted cannot be
 * deleted (RESTRICT) — the member list is edited by deactivating instead.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'work program, adjustment requests, tasks, votes, monthly report notes',
  up(db) {
    db.exec(`
      CREATE TABLE work_program_item (
        id INTEGER PRIMARY KEY,
        -- Program order: the STT column sorts as text ("1.10" after "1.9" would be wrong), so keep an order.
        position INTEGER NOT NULL CHECK (position > 0),
        number TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(title) > 0),
        lead_agency TEXT NOT NULL DEFAULT '',
        coordinating_agencies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(coordinating_agencies)),
        target_month TEXT NOT NULL CHECK (target_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        to_whom TEXT NOT NULL CHECK (to_whom IN ('ppc','chairman','vice-chairman','party-committee')),
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started','in-progress','submitted',
          'promulgated','postponed','withdrawn')),
        submitted_on TEXT CHECK (submitted_on IS NULL OR submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        promulgated_on TEXT CHECK (promulgated_on IS NULL OR promulgated_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        notes TEXT NOT NULL DEFAULT '',
        late_cause TEXT NOT NULL DEFAULT '',
        remedy TEXT NOT NULL DEFAULT '',
        new_schedule TEXT CHECK (new_schedule IS NULL OR new_schedule GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (promulgated_on IS NULL OR submitted_on IS NULL OR submitted_on <= promulgated_on)
      ) STRICT;
      CREATE INDEX work_program_item_by_position ON work_program_item (position, id);
      -- The monthly evaluation and the scorecard read a range of months.
      CREATE INDEX work_program_item_by_month ON work_program_item (target_month, position);

      CREATE TABLE work_program_milestone (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES work_program_item (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position > 0),
        title TEXT NOT NULL CHECK (length(title) > 0),
        due TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        done_on TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
      ) STRICT;
      CREATE INDEX work_program_milestone_by_item ON work_program_milestone (item_id, position);

      CREATE TABLE adjustment_request (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject TEXT NOT NULL CHECK (length(subject) > 0),
        ground TEXT NOT NULL CHECK (ground IN ('direction','objective-cause','practical-needs','legal-document-program')),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        necessity TEXT NOT NULL CHECK (length(necessity) > 0),
        impact TEXT NOT NULL CHECK (length(impact) > 0),
        outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','approved','rejected')),
        outcome_on TEXT CHECK (outcome_on IS NULL OR outcome_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((outcome = 'pending') = (outcome_on IS NULL))
      ) STRICT;
      CREATE INDEX adjustment_request_by_date ON adjustment_request (date, id);

      CREATE TABLE adjustment_entry (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES adjustment_request (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position > 0),
        kind TEXT NOT NULL CHECK (kind IN ('reschedule','add','withdraw','amend')),
        item_id INTEGER REFERENCES work_program_item (id) ON DELETE SET NULL,
        number TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(title) > 0),
        current_month TEXT,
        proposed_month TEXT,
        -- For an addition: to whom the new item goes.
        to_whom TEXT CHECK (to_whom IS NULL OR to_whom IN ('ppc','chairman','vice-chairman','party-committee')),
        -- For an approved addition: the item it created.
        created_item_id INTEGER REFERENCES work_program_item (id) ON DELETE SET NULL,
        UNIQUE (request_id, position)
      ) STRICT;
      CREATE INDEX adjustment_entry_by_item ON adjustment_entry (item_id) WHERE item_id IS NOT NULL;

      CREATE TABLE task (
        id INTEGER PRIMARY KEY,
        source_document TEXT NOT NULL CHECK (length(source_document) > 0),
        content TEXT NOT NULL CHECK (length(content) > 0),
        deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        leader TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress','completed')),
        completed_on TEXT CHECK (completed_on IS NULL OR completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        report_submitted_on TEXT,
        report_reason TEXT,
        -- The leadership's judgement of the report's reason: NULL until judged.
        report_reason_legitimate INTEGER CHECK (report_reason_legitimate IS NULL OR report_reason_legitimate IN (0, 1)),
        quality TEXT CHECK (quality IS NULL OR quality IN ('adequate','insufficient')),
        assessment_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'completed') = (completed_on IS NOT NULL)),
        CHECK ((report_submitted_on IS NULL) = (report_reason IS NULL)),
        CHECK (report_reason_legitimate IS NULL OR report_submitted_on IS NOT NULL),
        CHECK (quality IS NULL OR status = 'completed')
      ) STRICT;
      CREATE INDEX task_by_deadline ON task (deadline, id);

      CREATE TABLE ppc_member (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL CHECK (position > 0),
        name TEXT NOT NULL CHECK (length(name) > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE vote (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES ppc_member (id) ON DELETE RESTRICT,
        stance TEXT NOT NULL CHECK (stance IN ('agree','agree-with-comments','disagree')),
        cast_on TEXT NOT NULL CHECK (cast_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        comment TEXT NOT NULL DEFAULT '',
        response_kind TEXT CHECK (response_kind IS NULL OR response_kind IN ('accepted','explained')),
        response_text TEXT,
        responded_on TEXT,
        created_at TEXT NOT NULL,
        CHECK ((response_kind IS NULL) = (response_text IS NULL)),
        CHECK ((response_kind IS NULL) = (responded_on IS NULL))
      ) STRICT;
      CREATE INDEX vote_by_item ON vote (agenda_item_id, cast_on, id);
      CREATE INDEX vote_by_member ON vote (member_id);

      CREATE TABLE monthly_report_note (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        difficulties TEXT NOT NULL DEFAULT '',
        recommendations TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
