import { useState } from 'react';
import type { TaskView } from '../../../shared/contract/tasks';
import { ApiError, call } from '../../api/api';
import { MadeNotice, useDocumentMaker } from '../../components/DocumentMaker';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { shownDate, typedDate } from '../WorkProgram/common';

/** Báo cáo xin gia hạn (§1g): what was done, the reason (the reported one by default), the date asked for. */
export function ExtensionReportDialog({ task, onClose }: { task: TaskView; onClose(): void }) {
  const t = useT();
  const [progress, setProgress] = useState('');
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const documents = useDocumentMaker();
  async function make() {
    let requestedDeadline: string;
    try {
      requestedDeadline = typedDate(deadline, t('doc.extension.deadline'));
    } catch (e) {
      if (e instanceof ApiError) documents.setError(e.data);
      return;
    }
    await documents.make(() =>
      call('documents.extensionReport', { taskId: task.id, progress, requestedDeadline, reason }),
    );
  }
  return (
    <Modal
      title={t('doc.extension')}
      error={documents.error}
      onClose={onClose}
      onSubmit={() => void make()}
      wide
    >
      <p>
        {task.content} — {t('tasks.col.deadline')}: {shownDate(task.deadline)}
      </p>
      <p className="muted">{t('tasks.reportHelp', { date: shownDate(task.extensionReport.due) })}</p>
      <label>
        {t('doc.extension.progress')}
        <textarea
          name="progress"
          value={progress}
          onChange={(e) => setProgress(e.target.value)}
          rows={3}
          autoFocus
        />
      </label>
      <label>
        {t('doc.extension.reason')}
        <textarea
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          placeholder={task.report?.reason ?? ''}
        />
      </label>
      <label>
        {t('doc.extension.deadline')}
        <input
          name="requestedDeadline"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          placeholder="dd/mm/yyyy"
        />
      </label>
      <MadeNotice file={documents.made} />
      <FormActions onClose={onClose} disabled={documents.busy} submitLabel={t('doc.extension')} />
      {documents.dialog}
    </Modal>
  );
}
