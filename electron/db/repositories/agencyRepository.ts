import type { Database } from 'better-sqlite3';
import type { Agency } from '../../../shared/contract/agency';
import { cachedStatement } from './statementCache';

interface AgencyRow {
  name: string;
  code: string;
  province_preset: string;
  office_hours_end: string;
  created_at: string;
}

export function getAgency(db: Database): Agency | null {
  const row = cachedStatement(
    db,
    'SELECT name, code, province_preset, office_hours_end, created_at FROM agency WHERE id = 1',
  ).get() as AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

/** The agency row is a singleton (id = 1): setting it up again replaces name, code and preset. */
export function saveAgency(db: Database, agency: Agency): Agency {
  db.prepare(
    `INSERT INTO agency (id, name, code, province_preset, office_hours_end, created_at)
     VALUES (1, @name, @code, @provincePreset, @officeHoursEnd, @createdAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code,
       province_preset = excluded.province_preset, office_hours_end = excluded.office_hours_end`,
  ).run(agency);
  const saved = getAgency(db);
  if (!saved) throw new Error('agency row vanished after insert');
  return saved;
}

function toAgency(row: AgencyRow): Agency {
  return {
    name: row.name,
    code: row.code,
    provincePreset: row.province_preset as Agency['provincePreset'],
    officeHoursEnd: row.office_hours_end,
    createdAt: row.created_at,
  };
}
