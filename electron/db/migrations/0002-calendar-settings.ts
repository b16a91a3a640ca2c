import type { Migration } from './migration';

/**
 * The agency's own calendar days (applied over the official schedules) and a key/value settings table
 * for everything an agency may tune (deadline rule numbers, dashboard thresholds, backups…), each value
 * a JSON document validated by the code that reads it.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'calendar overrides and settings',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_override (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        working INTEGER NOT NULL CHECK (working IN (0, 1)),
        name TEXT NOT NULL CHECK (length(name) > 0),
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
