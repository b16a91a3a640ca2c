import type { Database } from 'better-sqlite3';
import type { TemplateEntryDraft } from '../../../shared/dossiers/checklistTemplates';
import type { ContentKind } from '../../../shared/dossiers/contentKinds';

interface TemplateEntryRow {
  position: number;
  code: string | null;
  label: string;
  entry_kind: string;
  required: number;
  must_be_signed: number;
}

export interface StoredTemplate {
  updatedAt: string;
  entries: Array<TemplateEntryDraft & { position: number }>;
}

/** The agency's template for a kind, or null while it has never been saved (the shipped default applies). */
export function getStoredTemplate(db: Database, kind: ContentKind): StoredTemplate | null {
  const head = db.prepare('SELECT updated_at FROM checklist_template WHERE content_kind = ?').get(kind) as
    | { updated_at: string }
    | undefined;
  if (!head) return null;
  const rows = db
    .prepare(
      `SELECT position, code, label, entry_kind, required, must_be_signed FROM template_entry
       WHERE content_kind = ? ORDER BY position`,
    )
    .all(kind) as TemplateEntryRow[];
  return {
    updatedAt: head.updated_at,
    entries: rows.map((r) => ({
      position: r.position,
      code: r.code,
      label: r.label,
      entryKind: r.entry_kind as TemplateEntryDraft['entryKind'],
      required: r.required === 1,
      mustBeSigned: r.must_be_signed === 1,
    })),
  };
}

export function saveTemplate(
  db: Database,
  kind: ContentKind,
  entries: readonly TemplateEntryDraft[],
  at: string,
): void {
  db.prepare(
    `INSERT INTO checklist_template (content_kind, updated_at) VALUES (?, ?)
     ON CONFLICT (content_kind) DO UPDATE SET updated_at = excluded.updated_at`,
  ).run(kind, at);
  db.prepare('DELETE FROM template_entry WHERE content_kind = ?').run(kind);
  const insert = db.prepare(
    `INSERT INTO template_entry (content_kind, position, code, label, entry_kind, required, must_be_signed)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  entries.forEach((e, i) => {
    insert.run(kind, i + 1, e.code, e.label, e.entryKind, e.required ? 1 : 0, e.mustBeSigned ? 1 : 0);
  });
}

/** Back to the shipped default: the stored copy is dropped. */
export function deleteTemplate(db: Database, kind: ContentKind): void {
  db.prepare('DELETE FROM checklist_template WHERE content_kind = ?').run(kind);
}
