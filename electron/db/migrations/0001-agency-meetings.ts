import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'agency and meetings',
  up(db) {
    db.exec(`
      CREATE TABLE agency (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        province_preset TEXT NOT NULL,
        office_hours_end TEXT NOT NULL DEFAULT '17:00',
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ppc','ppc-thematic','chairman','vice-chairman','party-committee','other')),
        vice_chairman TEXT,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        time TEXT,
        place TEXT NOT NULL DEFAULT '',
        chair TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(title) > 0),
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX meeting_by_date ON meeting (date, id);
    `);
  },
};
