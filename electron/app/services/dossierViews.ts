/** Turns stored records into the contract's views (attachments with PDF facts, entries with warnings). */

import { dayNumber } from '../../../shared/calendar/civilDate';
import type { WorkingCalendar } from '../../../shared/calendar/workingCalendar';
import type { AttachmentView } from '../../../shared/contract/attachments';
import type { ChecklistEntryView } from '../../../shared/contract/checklists';
import type { CoordinationView } from '../../../shared/contract/coordination';
import { entrySignatureWarnings } from '../../../shared/dossiers/signatureCheck';
import type { AttachmentRecord } from '../../db/repositories/attachmentRepository';
import type { ChecklistEntryRecord } from '../../db/repositories/checklistRepository';
import type { CoordinationRecord } from '../../db/repositories/coordinationRepository';

export function attachmentView(a: AttachmentRecord): AttachmentView {
  return {
    id: a.id,
    entryId: a.entryId,
    name: a.name,
    sha256: a.blob.sha256,
    size: a.blob.size,
    mime: a.blob.mime,
    addedAt: a.addedAt,
    pdf: a.blob.pdf,
  };
}

export function entryView(
  entry: ChecklistEntryRecord,
  attachments: readonly AttachmentRecord[],
): ChecklistEntryView {
  return {
    ...entry,
    attachments: attachments.map(attachmentView),
    warnings: entrySignatureWarnings(
      entry,
      attachments.map((a) => ({
        attachmentId: a.id,
        name: a.name,
        isPdf: a.blob.pdf !== null,
        signatures: a.blob.pdf ? a.blob.pdf.signatures : null,
      })),
    ),
  };
}

export function coordinationView(
  c: CoordinationRecord,
  today: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
): CoordinationView {
  const overdue = c.answer === null && c.dueOn < today;
  return {
    ...c,
    overdue,
    daysOverdue: overdue ? dayNumber(today) - dayNumber(c.dueOn) : 0,
    workingDaysOverdue: overdue ? calendar.workingDaysBetween(dayNumber(c.dueOn), dayNumber(today)) : 0,
  };
}
