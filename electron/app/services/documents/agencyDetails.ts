/**
 * Agency details editable in Settings › Chung. Documents and packages already written are files and keep
 * what they were made with; new ones use the new values. The shared document heading follows the
 * change where it still says what the agency was (its old name, its old code in the symbols, its old
 * governing body or province), and keeps what the clerk wrote differently on purpose.
 */
import type { ParsedArgs } from '../../../../shared/contract';
import type { AgencyDetails } from '../../../../shared/contract/documents';
import type { DocumentSettings } from '../../../../shared/contract/workProgram';
import { appError } from '../../../../shared/errors/appError';
import { getAgencyDetails, updateAgencyDetails } from '../../../db/repositories/agencyDetailsRepository';
import { readSetting, writeSetting } from '../../../db/repositories/settingRepository';
import type { AppContext } from '../../context';
import { DOCUMENT_SETTINGS, readDocumentSettings } from '../documentSettingsService';
import { requireDb } from '../requireDb';

export function getDetails(ctx: AppContext): AgencyDetails {
  const details = getAgencyDetails(requireDb(ctx));
  if (!details) throw noAgency();
  return details;
}

export function updateDetails(ctx: AppContext, args: ParsedArgs<'agency.update'>): AgencyDetails {
  const db = requireDb(ctx);
  db.transaction(() => {
    const before = getAgencyDetails(db);
    if (!before) throw noAgency();
    updateAgencyDetails(db, args);
    if (readSetting(db, DOCUMENT_SETTINGS) !== undefined) {
      const heading = followAgency(readDocumentSettings(db), before, args);
      writeSetting(db, DOCUMENT_SETTINGS, heading, ctx.now().toISOString());
    }
  })();
  return getDetails(ctx);
}

/** The heading with every value that still repeats the old agency details replaced by the new ones. */
export function followAgency(
  heading: DocumentSettings,
  before: { name: string; code: string; governingBody: string; province: string },
  after: { name: string; code: string; governingBody: string; province: string },
): DocumentSettings {
  const same = (a: string, b: string) =>
    a.trim().toLocaleUpperCase('vi') === b.trim().toLocaleUpperCase('vi');
  const swapCode = (symbol: string) =>
    before.code === after.code
      ? symbol
      : symbol
          .split('-')
          .map((part) => (part === before.code ? after.code : part))
          .join('-');
  return {
    ...heading,
    agencyShortName: same(heading.agencyShortName, before.name) ? after.name : heading.agencyShortName,
    parentAgency:
      before.governingBody !== '' && same(heading.parentAgency, before.governingBody)
        ? after.governingBody
        : heading.parentAgency === 'UBND TỈNH' && after.governingBody !== ''
          ? after.governingBody
          : heading.parentAgency,
    place:
      (before.province !== '' && same(heading.place, before.province)) || heading.place.trim() === ''
        ? after.province
        : heading.place,
    letterSymbol: swapCode(heading.letterSymbol),
    reportSymbol: swapCode(heading.reportSymbol),
  };
}

function noAgency() {
  return appError(
    'agency-not-set-up',
    'Chưa khai báo cơ quan, đơn vị.',
    'The agency has not been set up yet.',
  );
}
