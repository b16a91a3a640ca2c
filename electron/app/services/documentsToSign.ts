/**
 * Bản ký còn thiếu: which documents of an item that must be signed and stamped are not yet vouched for by a
 * trusted digital signature, each with its signature verdict in the app's one vocabulary
 * (shared/packages/signatureState). The dashboard's at-risk list reads it; it only reads the verdicts
 * stored at attach time (re-judged when the trust material changes) and never verifies a PDF itself.
 */
import type { Database } from 'better-sqlite3';
import type { EntryState } from '../../../shared/contract/checklists';
import {
  bestSignatureState,
  type SignatureState,
  signatureStateOf,
} from '../../../shared/packages/signatureState';
import {
  type MustSignFileRow,
  mustSignFiles,
  mustSignFilesOfMeeting,
} from '../../db/repositories/entrySignatureQueries';

export interface DocumentToSign {
  id: number;
  label: string;
  state: EntryState;
  required: boolean;
  /**
   * The best verdict among the entry's PDFs: 'untrusted' (valid but not trusted), 'invalid',
   * 'not-whole-file', 'unsigned', 'unreadable'; null when no PDF is attached.
   */
  signature: SignatureState | null;
}

function fileState(file: NonNullable<MustSignFileRow['file']>): SignatureState | null {
  if (!file.isPdf) return null;
  // A PDF recorded without its facts cannot vouch for anything: read as unreadable, never as signed.
  if (file.signatures === null) return 'unreadable';
  return signatureStateOf({ signatures: file.signatures, problem: file.hasProblem ? { code: 'pdf' } : null });
}

/**
 * The item's must-sign entries still to sign, in checklist order. An entry is done when one of its PDFs
 * carries a trusted signature over the whole file. An entry the user marked signed with no file attached
 * at all stays done (a paper original, their word); one marked signed whose files say otherwise (a PDF
 * unsigned, valid but not trusted or invalid; only other kinds of file) is listed with that verdict, never
 * as plain "signed".
 */
export function documentsToSign(db: Database, itemId: number): DocumentToSign[] {
  return stillToSign(mustSignFiles(db, itemId));
}

/** The same for every item of a meeting, in one read: item id → its documents still to sign. */
export function documentsToSignByItem(db: Database, meetingId: number): Map<number, DocumentToSign[]> {
  const byItem = new Map<number, MustSignFileRow[]>();
  for (const row of mustSignFilesOfMeeting(db, meetingId)) {
    const rows = byItem.get(row.itemId);
    if (rows) rows.push(row);
    else byItem.set(row.itemId, [row]);
  }
  return new Map([...byItem].map(([itemId, rows]) => [itemId, stillToSign(rows)]));
}

function stillToSign(rows: readonly MustSignFileRow[]): DocumentToSign[] {
  const byEntry = new Map<number, { row: MustSignFileRow; states: SignatureState[]; files: number }>();
  for (const row of rows) {
    let entry = byEntry.get(row.entryId);
    if (!entry) {
      entry = { row, states: [], files: 0 };
      byEntry.set(row.entryId, entry);
    }
    if (!row.file) continue;
    entry.files++;
    const state = fileState(row.file);
    if (state !== null) entry.states.push(state);
  }
  const out: DocumentToSign[] = [];
  for (const { row, states, files } of byEntry.values()) {
    const signature = bestSignatureState(states);
    if (signature === 'trusted') continue;
    if (row.state === 'signed' && files === 0) continue;
    out.push({ id: row.entryId, label: row.label, state: row.state, required: row.required, signature });
  }
  return out;
}
