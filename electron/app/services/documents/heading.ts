/**
 * The heading every document of the agency shares (Decree 30: governing body, agency, place, symbols,
 * signer, recipients). It is asked for once, the first time any document is made: until saved, a
 * document channel refuses with `documents.headingRequired` and the screen opens the form, so no first
 * letter comes out with "UBND TỈNH" and "……".
 */
import type { Database } from 'better-sqlite3';
import type { ParsedArgs } from '../../../../shared/contract';
import type { DocumentSettings } from '../../../../shared/contract/workProgram';
import { appError } from '../../../../shared/errors/appError';
import { readSetting } from '../../../db/repositories/settingRepository';
import type { AppContext } from '../../context';
import { DOCUMENT_SETTINGS, readDocumentSettings, saveDocumentSettings } from '../documentSettingsService';
import { requireDb } from '../requireDb';

export function headingConfirmed(db: Database): boolean {
  const stored = readSetting(db, DOCUMENT_SETTINGS);
  return typeof stored === 'object' && stored !== null;
}

export function getHeading(ctx: AppContext): { settings: DocumentSettings; confirmed: boolean } {
  const db = requireDb(ctx);
  return { settings: readDocumentSettings(db), confirmed: headingConfirmed(db) };
}

export function saveHeading(
  ctx: AppContext,
  args: ParsedArgs<'documents.saveHeading'>,
): { settings: DocumentSettings; confirmed: boolean } {
  return { settings: saveDocumentSettings(ctx, args), confirmed: true };
}

/** The confirmed heading, or the refusal that makes the screen ask for it. */
export function requireHeading(db: Database): DocumentSettings {
  if (!headingConfirmed(db)) {
    throw appError(
      'documents.headingRequired',
      'Trước khi lập văn bản đầu tiên, hãy khai báo phần đầu và chữ ký của văn bản (cơ quan chủ quản, tên cơ quan, địa danh, ký hiệu, người ký, nơi nhận). Khai báo một lần, dùng cho mọi văn bản.',
      'Before the first document, fill in the heading and signature (governing body, agency, place, symbols, signer, recipients). Filled in once, used by every document.',
    );
  }
  return readDocumentSettings(db);
}
