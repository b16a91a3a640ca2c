/**
 * Sổ tài liệu: the session book's plan — which documents go in, in which order, with what to print about
 * them. Plain data (structured-clonable), made on the main thread from a dossier snapshot and handed to
 * the worker that parses the PDFs; nothing here reads a file.
 */
import { MEETING_KIND_LABELS } from '../../shared/packages/meetingKindLabels';
import type { DossierSnapshot } from '../packages/dossierPackage/dossierSnapshot';

/** One attached file of a checklist entry, in agenda and checklist order. */
export interface BookDocument {
  /** "2.3": the item's place on the program and the entry's place in its checklist. */
  number: string;
  label: string;
  /** The original file name (NFC). */
  name: string;
  /** The digest recorded when the file was attached: the original the book was made from. */
  sha256: string;
  mime: string;
  /** Where the store keeps the original; null when it is gone from the store. */
  storePath: string | null;
}

export interface BookItem {
  id: number;
  position: number;
  title: string;
  documents: BookDocument[];
}

export interface BookPlan {
  agencyName: string;
  agencyCode: string;
  meeting: {
    id: number;
    title: string;
    kindLabel: string;
    /** dd/MM/yyyy */
    date: string;
    time: string | null;
    place: string;
    chair: string;
  };
  /** Null for the whole meeting; the item for a book of one agenda item. */
  itemScope: { id: number; position: number; title: string } | null;
  items: BookItem[];
  /** Items of the meeting left out (withdrawn, struck), named on the contents so nobody looks for them. */
  excludedItems: Array<{ position: number; title: string }>;
  /** "09:00 ngày 25/11/2026" */
  madeAt: string;
  /** The PDF's CreationDate. */
  madeAtIso: string;
  appVersion: string;
}

export function ddmmyyyy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The plan of the snapshot's book; `storePathOf` answers null for a blob gone from the store. */
export function bookPlanOf(
  snapshot: DossierSnapshot,
  storePathOf: (sha256: string) => string | null,
): BookPlan {
  const { meeting, agency } = snapshot;
  const scoped = snapshot.scope.kind === 'item' ? snapshot.items[0]?.item : undefined;
  return {
    agencyName: agency.name,
    agencyCode: agency.code,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      kindLabel: MEETING_KIND_LABELS[meeting.kind].vi,
      date: ddmmyyyy(meeting.date),
      time: meeting.time,
      place: meeting.place,
      chair: meeting.chair,
    },
    itemScope: scoped ? { id: scoped.id, position: scoped.position, title: scoped.title } : null,
    items: snapshot.items.map((it) => ({
      id: it.item.id,
      position: it.item.position,
      title: it.item.title,
      documents: it.entries
        .filter((e) => e.entry.entryKind === 'document')
        .flatMap((e) =>
          e.attachments.map((a) => ({
            number: `${it.item.position}.${e.entry.position}`,
            label: e.entry.label,
            name: a.name.normalize('NFC'),
            sha256: a.blob.sha256,
            mime: a.blob.mime,
            storePath: storePathOf(a.blob.sha256),
          })),
        ),
    })),
    excludedItems: snapshot.excludedItems.map((i) => ({ position: i.position, title: i.title })),
    madeAt: `${snapshot.timeInVietnam.slice(0, 5)} ngày ${ddmmyyyy(snapshot.today)}`,
    madeAtIso: snapshot.at.toISOString(),
    appVersion: snapshot.appVersion,
  };
}

export function documentCount(plan: BookPlan): number {
  return plan.items.reduce((n, it) => n + it.documents.length, 0);
}
