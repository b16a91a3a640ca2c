/**
 * The files of the entries that must be signed (bản ký, đóng dấu), with the signature verdicts stored when
 * each file was attached (and re-judged when the trust material changed): what the dashboard's "not yet
 * signed" list reads. Nothing is inspected or verified here; this is a read of stored facts only.
 */
import type { Database } from 'better-sqlite3';
import type { PdfSignatureView } from '../../../shared/contract/attachments';
import { ENTRY_STATES, type EntryState } from '../../../shared/contract/checklists';
import { PDF_MIME } from '../../store/mime';
import { cachedStatement } from './statementCache';

/** One file of a must-sign entry, or the entry alone (`file` null) when nothing is attached. */
export interface MustSignFileRow {
  itemId: number;
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

const MUST_SIGN_FILES = `SELECT e.agenda_item_id AS item_id, e.id AS entry_id, e.label, e.state, e.required,
    a.id AS attachment_id, b.mime, b.inspected_at, b.pdf_signatures, b.pdf_problem
  FROM checklist_entry e
  LEFT JOIN attachment a ON a.checklist_entry_id = e.id
  LEFT JOIN blob b ON b.sha256 = a.blob_sha256`;

// Walks checklist_entry_by_item for the item, then attachment's (entry, blob) unique index and blob's key.
export const MUST_SIGN_FILES_SQL = `${MUST_SIGN_FILES}
  WHERE e.agenda_item_id = ? AND e.must_be_signed = 1
  ORDER BY e.position, e.id, a.id`;

// The same for every item of a meeting at once (the meeting dossier's counts): agenda_item_by_meeting first.
export const MUST_SIGN_FILES_OF_MEETING_SQL = `${MUST_SIGN_FILES}
  WHERE e.agenda_item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?) AND e.must_be_signed = 1
  ORDER BY e.agenda_item_id, e.position, e.id, a.id`;

interface Row {
  item_id: number;
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

/** The must-sign entries of one item with their files (the dashboard asks once per item at risk). */
export function mustSignFiles(db: Database, itemId: number): MustSignFileRow[] {
  return (cachedStatement(db, MUST_SIGN_FILES_SQL).all(itemId) as Row[]).map(toRow);
}

/** The same for every item of a meeting, in one read. */
export function mustSignFilesOfMeeting(db: Database, meetingId: number): MustSignFileRow[] {
  return (cachedStatement(db, MUST_SIGN_FILES_OF_MEETING_SQL).all(meetingId) as Row[]).map(toRow);
}

function toRow(r: Row): MustSignFileRow {
  const isPdf = r.mime === PDF_MIME;
  return {
    itemId: r.item_id,
    entryId: r.entry_id,
    label: r.label,
    state: entryState(r.state),
    required: r.required === 1,
    file:
      r.attachment_id === null
        ? null
        : {
            isPdf,
            // Only a PDF's verdicts are read (and parsed): another file has none to give.
            signatures: !isPdf || r.inspected_at === null ? null : parseSignatures(r.pdf_signatures ?? '[]'),
            hasProblem: r.pdf_problem !== null,
          },
  };
}

function entryState(value: string): EntryState {
  // The table's CHECK constraint keeps state to these values; anything else reads as not done.
  return ENTRY_STATES.find((s) => s === value) ?? 'missing';
}

/** The column holds what blobRepository wrote (json_valid is checked by the table). */
function parseSignatures(text: string): PdfSignatureView[] {
  return JSON.parse(text);
}
