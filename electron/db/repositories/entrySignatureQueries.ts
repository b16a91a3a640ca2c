/**
 * The files of the entries that must be signed (bản ký, đóng dấu), with the signature verdicts stored when
 * each file was attached (and re-judged when the trust material changed): what the dashboard's "not yet
 * signed" list reads. Nothing is inspected or verified here; this is a read of stored facts only.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { PdfSignatureView } from '../../../shared/contract/attachments';
import { ENTRY_STATES, type EntryState } from '../../../shared/contract/checklists';
import { PDF_MIME } from '../../store/mime';

/** One file of a must-sign entry, or the entry alone (`file` null) when nothing is attached. */
export interface MustSignFileRow {
  entryId: number;
  label: string;
  state: EntryState;
  required: boolean;
  file: {
    isPdf: boolean;
    /** Null for a PDF not inspected (recorded in a race, or before inspection existed). */
    signatures: PdfSignatureView[] | null;
    hasProblem: boolean;
  } | null;
}

// Walks checklist_entry_by_item for the item, then attachment's (entry, blob) unique index and blob's key.
export const MUST_SIGN_FILES_SQL = `SELECT e.id AS entry_id, e.label, e.state, e.required,
    a.id AS attachment_id, b.mime, b.inspected_at, b.pdf_signatures, b.pdf_problem
  FROM checklist_entry e
  LEFT JOIN attachment a ON a.checklist_entry_id = e.id
  LEFT JOIN blob b ON b.sha256 = a.blob_sha256
  WHERE e.agenda_item_id = ? AND e.must_be_signed = 1
  ORDER BY e.position, e.id, a.id`;

interface Row {
  entry_id: number;
  label: string;
  state: string;
  required: number;
  attachment_id: number | null;
  mime: string | null;
  inspected_at: string | null;
  pdf_signatures: string | null;
  pdf_problem: string | null;
}

/** Prepared once per connection: the dashboard asks once per item at risk, on every refresh. */
const prepared = new WeakMap<Database, Statement>();

export function mustSignFiles(db: Database, itemId: number): MustSignFileRow[] {
  let stmt = prepared.get(db);
  if (!stmt) {
    stmt = db.prepare(MUST_SIGN_FILES_SQL);
    prepared.set(db, stmt);
  }
  const rows = stmt.all(itemId) as Row[];
  return rows.map((r) => ({
    entryId: r.entry_id,
    label: r.label,
    state: entryState(r.state),
    required: r.required === 1,
    file:
      r.attachment_id === null
        ? null
        : {
            isPdf: r.mime === PDF_MIME,
            signatures: r.inspected_at === null ? null : parseSignatures(r.pdf_signatures ?? '[]'),
            hasProblem: r.pdf_problem !== null,
          },
  }));
}

function entryState(value: string): EntryState {
  // The table's CHECK constraint keeps state to these values; anything else reads as not done.
  return ENTRY_STATES.find((s) => s === value) ?? 'missing';
}

/** The column holds what blobRepository wrote (json_valid is checked by the table). */
function parseSignatures(text: string): PdfSignatureView[] {
  return JSON.parse(text);
}
