import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/db/applicationId';
import { migrate, userVersion } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/openDatabase';
import { isAppError } from '../../../shared/errors/appError';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

function errorCodeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('database migrations', () => {
  it('creates an empty file at the latest version with the app id, WAL and foreign keys', () => {
    const path = join(tempDir(), 'new.db');
    const db = openDatabase(path);
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('brings a database from every earlier version up to the latest, keeping its rows', () => {
    for (let start = 1; start < LATEST_SCHEMA_VERSION; start++) {
      const path = join(tempDir(), `from-${start}.db`);
      const raw = new BetterSqlite3(path);
      migrate(raw, MIGRATIONS.slice(0, start));
      raw
        .prepare(
          "INSERT INTO agency (id, name, code, province_preset, created_at) VALUES (1, 'Sở A', 'SA', 'default-53-2022', 'x')",
        )
        .run();
      raw.close();
      const db = openDatabase(path);
      expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT name FROM agency').get()).toEqual({ name: 'Sở A' });
      db.close();
    }
  });

  it('moves the titles and file names of a version-9 database into the per-kind search tables (0010)', () => {
    const path = join(tempDir(), 'from-9.db');
    const raw = new BetterSqlite3(path);
    migrate(raw, MIGRATIONS.slice(0, 9));
    raw.exec(`
      INSERT INTO meeting (id, kind, date, title, created_at, updated_at)
        VALUES (7, 'ppc', '2026-12-17', 'Phiên họp UBND tỉnh tháng 12', 'x', 'x');
      INSERT INTO agenda_item (id, meeting_id, position, title, content_kind, created_at, updated_at)
        VALUES (8, 7, 1, 'Tờ trình về giá đất', 'other', 'x', 'x');
      INSERT INTO checklist_entry (id, agenda_item_id, position, label, entry_kind, required, must_be_signed, updated_at)
        VALUES (9, 8, 1, 'Tờ trình', 'document', 1, 1, 'x');
      INSERT INTO blob (sha256, size, mime, created_at) VALUES ('${'a'.repeat(64)}', 1, 'application/pdf', 'x');
      INSERT INTO attachment (id, checklist_entry_id, blob_sha256, original_name, added_at)
        VALUES (10, 9, '${'a'.repeat(64)}', 'Đề án đất đai.pdf', 'x');
    `);
    raw.close();
    const db = openDatabase(path);
    const found = (table: string, match: string) =>
      (
        db.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ?`).all(match) as Array<{
          id: number;
        }>
      ).map((r) => r.id);
    expect(found('meeting_search', '"phien" "h"*')).toEqual([7]);
    expect(found('agenda_item_search', '"to" "trinh" "gia" "dat"*')).toEqual([8]);
    expect(found('attachment_search', '"de" "an" "dat"*')).toEqual([10]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'search_index'").get()).toEqual({
      n: 0,
    });
    // The triggers moved too: a renamed item is found under its new title only.
    db.prepare("UPDATE agenda_item SET title = 'Báo cáo đường giao thông' WHERE id = 8").run();
    expect(found('agenda_item_search', '"duong"')).toEqual([8]);
    expect(found('agenda_item_search', '"trinh"')).toEqual([]);
    db.close();
  });

  it('numbers migrations 1, 2, 3… with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('rolls a failing migration back entirely and leaves the version where it was', () => {
    const path = join(tempDir(), 'fail.db');
    const db = new BetterSqlite3(path);
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: BetterSqlite3.Database) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('refuses a database written by a newer app version and does not change it', () => {
    const path = join(tempDir(), 'newer.db');
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(errorCodeOf(() => openDatabase(path))).toBe('db-newer-version');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite and leaves it byte for byte as it was', () => {
    const path = join(tempDir(), 'garbage.db');
    writeFileSync(path, 'Tờ trình — this is a text file, not a database\n'.repeat(200));
    const before = readFileSync(path);
    expect(errorCodeOf(() => openDatabase(path))).toBe('db-not-sqlite');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("refuses another application's SQLite database", () => {
    const path = join(tempDir(), 'foreign.db');
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    raw.close();
    const before = readFileSync(path);
    expect(errorCodeOf(() => openDatabase(path))).toBe('db-foreign');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a SQLite file whose pages are damaged', () => {
    const path = join(tempDir(), 'damaged.db');
    const db = openDatabase(path);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    // Keep the header, scribble over the schema page.
    bytes.fill(0xa5, 100, bytes.length);
    writeFileSync(path, bytes);
    expect(errorCodeOf(() => openDatabase(path))).toBe('db-corrupt');
  });
});
