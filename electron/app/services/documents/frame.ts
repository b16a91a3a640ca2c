import type { Database } from 'better-sqlite3';
import { getAgencyDetails } from '../../../db/repositories/agencyDetailsRepository';
import type { DocumentFrame } from '../../../reports/agencyDocumentsDocx';
import { headingFrom, recipientsFrom, signerFrom } from '../documentSettingsService';
import { requireAgency } from '../workProgramService';
import { requireHeading } from './heading';

/** The agency as documents name it, and the confirmed heading (refused until it has been filled in once). */
export function documentFrame(
  db: Database,
  doc: { number: string; symbol: 'letter' | 'report'; date: string },
): DocumentFrame & { agency: { name: string; code: string; governingBody: string } } {
  const agency = requireAgency(db);
  const settings = requireHeading(db);
  const details = getAgencyDetails(db);
  return {
    agency: { name: agency.name, code: agency.code, governingBody: details?.governingBody ?? '' },
    heading: headingFrom(settings, agency.name, {
      number: doc.number,
      symbol: doc.symbol === 'letter' ? settings.letterSymbol : settings.reportSymbol,
      date: doc.date,
    }),
    recipients: recipientsFrom(settings, agency.code),
    signer: signerFrom(settings),
  };
}

/** Free text split into paragraphs (one per non-empty line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
