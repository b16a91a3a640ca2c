import type { Database } from 'better-sqlite3';
import type { AgencyDetails } from '../../../shared/contract/documents';
import { getAgency } from './agencyRepository';

/** The agency row with the governing body and province of migration 0008. */
export function getAgencyDetails(db: Database): AgencyDetails | null {
  const agency = getAgency(db);
  if (!agency) return null;
  const row = db.prepare('SELECT governing_body, province FROM agency WHERE id = 1').get() as {
    governing_body: string;
    province: string;
  };
  return { ...agency, governingBody: row.governing_body, province: row.province };
}

export function updateAgencyDetails(
  db: Database,
  details: { name: string; code: string; governingBody: string; province: string },
): void {
  db.prepare(
    `UPDATE agency SET name = @name, code = @code, governing_body = @governingBody, province = @province
     WHERE id = 1`,
  ).run(details);
}
