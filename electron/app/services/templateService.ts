import type { Database } from 'better-sqlite3';
import type { ParsedArgs } from '../../../shared/contract';
import type { ChecklistTemplateView } from '../../../shared/contract/templates';
import { DEFAULT_TEMPLATES, type TemplateEntryDraft } from '../../../shared/dossiers/checklistTemplates';
import { CONTENT_KIND_LABELS, CONTENT_KINDS, type ContentKind } from '../../../shared/dossiers/contentKinds';
import * as templates from '../../db/repositories/templateRepository';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

/** The entries a new item of `kind` starts with: the agency's template, or the shipped default. */
export function templateEntries(db: Database, kind: ContentKind): readonly TemplateEntryDraft[] {
  return templates.getStoredTemplate(db, kind)?.entries ?? DEFAULT_TEMPLATES[kind];
}

function view(db: Database, kind: ContentKind): ChecklistTemplateView {
  const stored = templates.getStoredTemplate(db, kind);
  const entries = stored?.entries ?? DEFAULT_TEMPLATES[kind];
  return {
    contentKind: kind,
    label: CONTENT_KIND_LABELS[kind],
    customised: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    entries: entries.map((e, i) => ({
      position: i + 1,
      code: e.code,
      label: e.label,
      entryKind: e.entryKind,
      required: e.required,
      mustBeSigned: e.mustBeSigned,
    })),
  };
}

export function listTemplates(ctx: AppContext): ChecklistTemplateView[] {
  const db = requireDb(ctx);
  return CONTENT_KINDS.map((kind) => view(db, kind));
}

/** Replaces a kind's template. Checklists already made are copies and stay as they are. */
export function updateTemplate(ctx: AppContext, args: ParsedArgs<'templates.update'>): ChecklistTemplateView {
  const db = requireDb(ctx);
  return db.transaction(() => {
    templates.saveTemplate(db, args.contentKind, args.entries, ctx.now().toISOString());
    return view(db, args.contentKind);
  })();
}

export function resetTemplate(ctx: AppContext, kind: ContentKind): ChecklistTemplateView {
  const db = requireDb(ctx);
  return db.transaction(() => {
    templates.deleteTemplate(db, kind);
    return view(db, kind);
  })();
}
