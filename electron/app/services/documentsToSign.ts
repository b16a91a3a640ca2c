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
import { type MustSignFileRow, mustSignFiles } from '../../db/repositories/entrySignatureQueries';

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
 * carries a trusted signature over the whole file. An entry the user marked signed with no PDF attached
 * stays done (a paper original, their word); one marked signed whose PDF says otherwise (unsigned, valid
 * but not trusted, invalid) is listed with that verdict, never as plain "signed".
 */
export function documentsToSign(db: Database, itemId: number): DocumentToSign[] {
  const byEntry = new Map<number, { row: MustSignFileRow; states: SignatureState[] }>();
  for (const row of mustSignFiles(db, itemId)) {
    let entry = byEntry.get(row.entryId);
    if (!entry) {
      entry = { row, states: [] };
      byEntry.set(row.entryId, entry);
    }
    const state = row.file ? fileState(row.file) : null;
    if (state !== null) entry.states.push(state);
  }
  const out: DocumentToSign[] = [];
  for (const { row, states } of byEntry.values()) {
    const signature = bestSignatureState(states);
    if (signature === 'trusted') continue;
    if (row.state === 'signed' && signature === null) continue;
    out.push({ id: row.entryId, label: row.label, state: row.state, required: row.required, signature });
  }
  return out;
}
