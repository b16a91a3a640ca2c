/** Not-found and refusal errors of the dossier workspace, in both languages. */
import { appError } from '../../../shared/errors/appError';

export const dossierErrors = {
  itemNotFound: (id: number) =>
    appError(
      'agenda-item-not-found',
      `Không tìm thấy nội dung trình số ${id}.`,
      `Agenda item ${id} was not found.`,
      {
        id,
      },
    ),
  entryNotFound: (id: number) =>
    appError(
      'checklist-entry-not-found',
      `Không tìm thấy mục hồ sơ số ${id} (có thể đã bị xoá).`,
      `Checklist entry ${id} was not found (it may have been removed).`,
      { id },
    ),
  attachmentNotFound: (id: number) =>
    appError(
      'attachment-not-found',
      `Không tìm thấy tệp đính kèm số ${id}.`,
      `Attachment ${id} was not found.`,
      { id },
    ),
  coordinationNotFound: (id: number) =>
    appError(
      'coordination-not-found',
      `Không tìm thấy yêu cầu phối hợp số ${id}.`,
      `Coordination request ${id} was not found.`,
      { id },
    ),
  meetingNotFound: (id: number) =>
    appError('meeting-not-found', `Không tìm thấy cuộc họp số ${id}.`, `Meeting ${id} was not found.`, {
      id,
    }),
};
