import type { Database } from 'better-sqlite3';
import type { ParsedArgs } from '../../../shared/contract';
import type { DocumentSettings } from '../../../shared/contract/workProgram';
import type { OfficialDocumentHeading, Signer } from '../../../shared/workProgram/officialDocument';
import { getAgencyDetails } from '../../db/repositories/agencyDetailsRepository';
import { readSetting, writeSetting } from '../../db/repositories/settingRepository';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

export const DOCUMENT_SETTINGS = 'work-program-documents';

/**
 * What the Decree 30 heading and signature block of the agency's letters and reports say. Nothing here
 * names a province: until the agency fills it in, the heading is generic ("UBND TỈNH") and the signer's
 * name is left blank for the clerk.
 */
export function defaultDocumentSettings(
  agencyName: string,
  agencyCode: string,
  governingBody = '',
  province = '',
): DocumentSettings {
  return {
    parentAgency: governingBody.trim() === '' ? 'UBND TỈNH' : governingBody,
    agencyShortName: agencyName,
    place: province,
    letterSymbol: `${agencyCode}-VP`,
    reportSymbol: `BC-${agencyCode}`,
    addressee: 'Ủy ban nhân dân tỉnh',
    recipients: ['Như trên', 'Văn phòng UBND tỉnh'],
    signerAuthority: '',
    signerTitle: 'GIÁM ĐỐC',
    signerName: '',
    programDecision: '',
  };
}

export function readDocumentSettings(db: Database): DocumentSettings {
  const agency = getAgencyDetails(db);
  const defaults = defaultDocumentSettings(
    agency?.name ?? '',
    agency?.code ?? '',
    agency?.governingBody ?? '',
    agency?.province ?? '',
  );
  const stored = readSetting(db, DOCUMENT_SETTINGS);
  if (typeof stored !== 'object' || stored === null) return defaults;
  // Settings outlive the code that wrote them: take only fields of the right type.
  const merged: DocumentSettings = { ...defaults };
  for (const key of Object.keys(defaults) as Array<keyof DocumentSettings>) {
    const value = (stored as Record<string, unknown>)[key];
    if (key === 'recipients') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) merged.recipients = value;
    } else if (typeof value === 'string') {
      merged[key] = value;
    }
  }
  return merged;
}

export function getDocumentSettings(ctx: AppContext): DocumentSettings {
  return readDocumentSettings(requireDb(ctx));
}

export function saveDocumentSettings(
  ctx: AppContext,
  args: ParsedArgs<'workProgram.saveDocumentSettings'>,
): DocumentSettings {
  const db = requireDb(ctx);
  return db.transaction(() => {
    writeSetting(db, DOCUMENT_SETTINGS, args, ctx.now().toISOString());
    return readDocumentSettings(db);
  })();
}

export function headingFrom(
  settings: DocumentSettings,
  agencyName: string,
  doc: { number: string; symbol: string; date: string },
): OfficialDocumentHeading {
  return {
    parentAgency: settings.parentAgency,
    agency: settings.agencyShortName.trim() === '' ? agencyName : settings.agencyShortName,
    number: doc.number,
    symbol: doc.symbol,
    place: settings.place.trim() === '' ? '……' : settings.place,
    date: doc.date,
  };
}

export function signerFrom(settings: DocumentSettings): Signer {
  return { authority: settings.signerAuthority, title: settings.signerTitle, name: settings.signerName };
}

/** Nơi nhận, with "Lưu: VT" last as Decree 30 requires. */
export function recipientsFrom(settings: DocumentSettings, agencyCode: string): string[] {
  const list = settings.recipients.filter((r) => !/^lưu\s*:/i.test(r.trim()));
  return [...list, `Lưu: VT, ${agencyCode}`];
}
