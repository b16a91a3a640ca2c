import type { Database } from 'better-sqlite3';
import type { EntryState } from '../../../shared/contract/checklists';
import type { EntryKind, TemplateEntryDraft } from '../../../shared/dossiers/checklistTemplates';

export interface ChecklistEntryRecord {
  id: number;
  itemId: number;
  position: number;
  code: string | null;
  entryKind: EntryKind;
  label: string;
  required: boolean;
  mustBeSigned: boolean;
  state: EntryState;
  notes: string;
  updatedAt: string;
}

interface EntryRow {
  id: number;
  agenda_item_id: number;
  position: number;
  code: string | null;
  entry_kind: string;
  label: string;
  required: number;
  must_be_signed: number;
  state: string;
  notes: string;
  updated_at: string;
}

const COLUMNS =
  'id, agenda_item_id, position, code, entry_kind, label, required, must_be_signed, state, notes, updated_at';

/** Copies template entries into a new item's checklist (positions 1…n). */
export function insertEntries(
  db: Database,
  itemId: number,
  entries: readonly TemplateEntryDraft[],
  at: string,
  firstPosition = 1,
): number[] {
  const insert = db.prepare(
    `INSERT INTO checklist_entry (agenda_item_id, position, code, label, entry_kind, required, must_be_signed,
       state, notes, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'missing', '', ?)`,
  );
  return entries.map((e, i) =>
    Number(
      insert.run(
        itemId,
        firstPosition + i,
        e.code,
        e.label,
        e.entryKind,
        e.required ? 1 : 0,
        e.mustBeSigned ? 1 : 0,
        at,
      ).lastInsertRowid,
    ),
  );
}

export function nextEntryPosition(db: Database, itemId: number): number {
  const row = db
    .prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM checklist_entry WHERE agenda_item_id = ?')
    .get(itemId) as { p: number };
  return row.p;
}

export function getEntry(db: Database, id: number): ChecklistEntryRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM checklist_entry WHERE id = ?`).get(id) as
    | EntryRow
    | undefined;
  return row ? toEntry(row) : null;
}

export function listEntries(db: Database, itemId: number): ChecklistEntryRecord[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM checklist_entry WHERE agenda_item_id = ? ORDER BY position, id`)
    .all(itemId) as EntryRow[];
  return rows.map(toEntry);
}

export function setEntryState(db: Database, id: number, state: EntryState, at: string): void {
  db.prepare('UPDATE checklist_entry SET state = ?, updated_at = ? WHERE id = ?').run(state, at, id);
}

export function setEntryNotes(db: Database, id: number, notes: string, at: string): void {
  db.prepare('UPDATE checklist_entry SET notes = ?, updated_at = ? WHERE id = ?').run(notes, at, id);
}

export function updateEntryFields(
  db: Database,
  id: number,
  fields: { label: string; entryKind: EntryKind; required: boolean; mustBeSigned: boolean },
  at: string,
): void {
  db.prepare(
    `UPDATE checklist_entry SET label = ?, entry_kind = ?, required = ?, must_be_signed = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.label, fields.entryKind, fields.required ? 1 : 0, fields.mustBeSigned ? 1 : 0, at, id);
}

/** Removes an entry and closes the gap in the positions after it. */
export function deleteEntry(db: Database, entry: ChecklistEntryRecord): void {
  db.prepare('DELETE FROM checklist_entry WHERE id = ?').run(entry.id);
  db.prepare(
    'UPDATE checklist_entry SET position = position - 1 WHERE agenda_item_id = ? AND position > ?',
  ).run(entry.itemId, entry.position);
}

function toEntry(row: EntryRow): ChecklistEntryRecord {
  return {
    id: row.id,
    itemId: row.agenda_item_id,
    position: row.position,
    code: row.code,
    entryKind: row.entry_kind as EntryKind,
    label: row.label,
    required: row.required === 1,
    mustBeSigned: row.must_be_signed === 1,
    state: row.state as EntryState,
    notes: row.notes,
    updatedAt: row.updated_at,
  };
}
