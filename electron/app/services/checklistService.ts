import type { ParsedArgs } from '../../../shared/contract';
import type { ChecklistEntryView, ChecklistView } from '../../../shared/contract/checklists';
import {
  attachmentsOfEntry,
  attachmentsOfItem,
  blobsOfEntry,
} from '../../db/repositories/attachmentRepository';
import { deleteBlobIfUnreferenced } from '../../db/repositories/blobRepository';
import * as entries from '../../db/repositories/checklistRepository';
import * as meetings from '../../db/repositories/meetingRepository';
import type { AppContext } from '../context';
import { meetingRef, requireItem } from './agendaItemService';
import { storeFor } from './attachmentStore';
import { dossierErrors } from './dossierErrors';
import { entryView } from './dossierViews';
import { requireDb } from './requireDb';

export function getChecklist(ctx: AppContext, itemId: number): ChecklistView {
  const db = requireDb(ctx);
  const item = requireItem(ctx, itemId);
  const meeting = meetings.getMeeting(db, item.meetingId);
  if (!meeting) throw dossierErrors.meetingNotFound(item.meetingId);
  const files = attachmentsOfItem(db, itemId);
  return {
    item,
    meeting: meetingRef(meeting),
    entries: entries.listEntries(db, itemId).map((e) => entryView(e, files.get(e.id) ?? [])),
  };
}

export function requireEntry(ctx: AppContext, id: number): entries.ChecklistEntryRecord {
  return entries.getEntry(requireDb(ctx), id) ?? throwEntryNotFound(id);
}

function throwEntryNotFound(id: number): never {
  throw dossierErrors.entryNotFound(id);
}

export function getEntryView(ctx: AppContext, id: number): ChecklistEntryView {
  return entryView(requireEntry(ctx, id), attachmentsOfEntry(requireDb(ctx), id));
}

export function setEntryState(ctx: AppContext, args: ParsedArgs<'checklist.setState'>): ChecklistEntryView {
  const db = requireDb(ctx);
  db.transaction(() => {
    requireEntry(ctx, args.entryId);
    entries.setEntryState(db, args.entryId, args.state, ctx.now().toISOString());
  })();
  return getEntryView(ctx, args.entryId);
}

export function setEntryNotes(ctx: AppContext, args: ParsedArgs<'checklist.setNotes'>): ChecklistEntryView {
  const db = requireDb(ctx);
  db.transaction(() => {
    requireEntry(ctx, args.entryId);
    entries.setEntryNotes(db, args.entryId, args.notes, ctx.now().toISOString());
  })();
  return getEntryView(ctx, args.entryId);
}

/** An entry the template did not have (a document this one dossier needs), added at the end. */
export function addEntry(ctx: AppContext, args: ParsedArgs<'checklist.addEntry'>): ChecklistEntryView {
  const db = requireDb(ctx);
  const id = db.transaction(() => {
    requireItem(ctx, args.itemId);
    const [entryId] = entries.insertEntries(
      db,
      args.itemId,
      [
        {
          code: null,
          label: args.label,
          entryKind: args.entryKind,
          required: args.required,
          mustBeSigned: args.mustBeSigned,
        },
      ],
      ctx.now().toISOString(),
      entries.nextEntryPosition(db, args.itemId),
    );
    if (entryId === undefined) throw new Error('entry insert returned no id');
    return entryId;
  })();
  return getEntryView(ctx, id);
}

export function updateEntry(ctx: AppContext, args: ParsedArgs<'checklist.updateEntry'>): ChecklistEntryView {
  const db = requireDb(ctx);
  db.transaction(() => {
    requireEntry(ctx, args.entryId);
    entries.updateEntryFields(db, args.entryId, args, ctx.now().toISOString());
  })();
  return getEntryView(ctx, args.entryId);
}

/** Removes an entry and its attachments; files nothing else uses leave the store after the commit. */
export function removeEntry(ctx: AppContext, entryId: number): { id: number } {
  const db = requireDb(ctx);
  const freed = db.transaction(() => {
    const entry = requireEntry(ctx, entryId);
    const hashes = blobsOfEntry(db, entryId);
    entries.deleteEntry(db, entry);
    return hashes.filter((h) => deleteBlobIfUnreferenced(db, h));
  })();
  const store = storeFor(ctx);
  for (const h of freed) store.removeFile(h);
  return { id: entryId };
}
