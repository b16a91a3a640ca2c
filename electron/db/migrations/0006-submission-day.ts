import type { Migration } from './migration';

/**
 * The day an agenda item's signed documents were sent to the PPC Office (ngày gửi Văn phòng UBND tỉnh),
 * set when the item becomes 'submitted'. The agency's scorecard compares it with the signed-documents
 * deadline (on time / late), as the Office does in its monthly publication (§5b).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'agenda item submission day',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_item ADD COLUMN submitted_on TEXT
        CHECK (submitted_on IS NULL OR submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    `);
  },
};
