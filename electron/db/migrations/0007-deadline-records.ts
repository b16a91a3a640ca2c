import type { Migration } from './migration';

/**
 * What the deadline rules need recorded beyond a day (issue 11):
 * - agenda_item.submitted_time: submission is the moment the signed documents reach the Office, a date
 *   AND a time judged against the end of office hours (DOMAIN.md); NULL on rows from before this step,
 *   which are judged on the day alone.
 * - agenda_item.late_reason: a legitimate reason for late documents (§4b), shown by the pre-flight and
 *   the scorecard.
 * - agenda_item.opinion_sought_on / opinion_sought_how: when and how the Chairman's / Vice-Chairmen's
 *   opinion was sought (§4a).
 * - task.original_deadline / extension_granted_on / extension_report_on / extension_reason: an extension
 *   granted moves `deadline` to the new date (its own extension-report date follows from it); the first
 *   deadline and the report that earned the extension stay on record.
 * - monthly_report_sent: when the report on a month went to the Office.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'submission time, late reason, leader opinion, task extension',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_item ADD COLUMN submitted_time TEXT
        CHECK (submitted_time IS NULL OR submitted_time GLOB '[0-2][0-9]:[0-5][0-9]');
      ALTER TABLE agenda_item ADD COLUMN late_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE agenda_item ADD COLUMN opinion_sought_on TEXT
        CHECK (opinion_sought_on IS NULL OR opinion_sought_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE agenda_item ADD COLUMN opinion_sought_how TEXT NOT NULL DEFAULT '';
      ALTER TABLE task ADD COLUMN original_deadline TEXT
        CHECK (original_deadline IS NULL OR original_deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE task ADD COLUMN extension_granted_on TEXT
        CHECK (extension_granted_on IS NULL OR extension_granted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE task ADD COLUMN extension_report_on TEXT;
      ALTER TABLE task ADD COLUMN extension_reason TEXT NOT NULL DEFAULT '';

      -- The day the monthly work-program report ON a month was sent (the agenda marks it done).
      CREATE TABLE monthly_report_sent (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        sent_on TEXT NOT NULL CHECK (sent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The agenda reads coordination requests (answered or not) and plan steps by due date.
      CREATE INDEX coordination_by_due ON coordination_request (due_on);
      CREATE INDEX work_program_milestone_by_due ON work_program_milestone (due);
    `);
  },
};
