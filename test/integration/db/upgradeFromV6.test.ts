import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { DATABASE_FILE } from '../../../electron/app/dataDir';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { aContext, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/db/schema-v6.db.gz');

/** A data folder as an installed release at schema version 6 left it (test/fixtures/db/makeSchemaV6.ts). */
function aVersion6DataFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, DATABASE_FILE), gunzipSync(readFileSync(FIXTURE)));
  return dir;
}

describe('an upgrade installed over a release at schema version 6', () => {
  it('starts from a genuine version-6 database (the fixture is what that release wrote)', () => {
    const dir = aVersion6DataFolder();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    db.close();
  });

  it('opens it, runs every newer migration and keeps the agency, meetings and items', async () => {
    const dir = aVersion6DataFolder();
    const ctx = aContext(dir, '2026-11-25');
    try {
      const status = await invoke(ctx, 'app.status', {});
      expect(status).toMatchObject({
        state: 'ready',
        error: null,
        agency: { name: 'Sở Tư pháp', code: 'STP' },
      });
      const meetings = await invoke(ctx, 'meetings.list', { includePast: true });
      expect(meetings.map((m) => [m.date, m.title])).toEqual([
        ['2026-12-17', 'Làm việc với Chủ tịch về dự thảo Quyết định'],
        ['2027-01-14', 'Phiên họp UBND tỉnh tháng 01/2027'],
      ]);
      const december = meetings[0];
      if (!december) throw new Error('no meeting');
      const items = await invoke(ctx, 'agendaItems.list', { meetingId: december.id });
      expect(JSON.stringify(items)).toContain('Quy chế phối hợp quản lý cụm công nghiệp');
    } finally {
      closeAppContext(ctx);
    }
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
