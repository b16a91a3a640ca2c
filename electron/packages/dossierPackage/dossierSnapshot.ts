/**
 * Everything a package is made from, read from the database in one go before any file is touched: the
 * agency, the meeting with its computed deadlines, and the items with their checklists and files. The
 * export then works on this snapshot only, so the package describes one consistent moment.
 */
import type { Agency } from '../../../shared/contract/agency';
import type { AgendaItem, DossierDeadline } from '../../../shared/contract/agendaItems';
import type { Meeting } from '../../../shared/contract/meetings';
import type { PackageScope } from '../../../shared/contract/packages';
import type { AttachmentRecord } from '../../db/repositories/attachmentRepository';
import type { ChecklistEntryRecord } from '../../db/repositories/checklistRepository';

export interface SnapshotEntry {
  entry: ChecklistEntryRecord;
  attachments: AttachmentRecord[];
}

export interface SnapshotItem {
  item: AgendaItem;
  /** The deadlines that still concern the item (see dossierDeadlines.itemDeadlines). */
  deadlines: DossierDeadline[];
  entries: SnapshotEntry[];
}

export interface DossierSnapshot {
  scope: PackageScope;
  agency: Agency;
  meeting: Meeting;
  /** Every deadline of the meeting, computed on the agency's calendar and rules. */
  deadlines: DossierDeadline[];
  items: SnapshotItem[];
  /** Items of the meeting a meeting package leaves out (withdrawn, struck). */
  excludedItems: AgendaItem[];
  /** The moment of the snapshot, and the same moment in Vietnam. */
  at: Date;
  today: string;
  timeInVietnam: string;
  appVersion: string;
}

/** The signed-documents deadline: the one that says whether the package reaches the Office on time. */
export function signedDocumentsDeadline(snapshot: DossierSnapshot): DossierDeadline | null {
  return snapshot.deadlines.find((d) => d.rule === 'signed-documents') ?? null;
}
