import { useState } from 'react';
import { EXTENSION_REPORT_TEXT_LIMITS } from '../../../shared/contract/documents';
import type { TaskView } from '../../../shared/contract/tasks';
import { call } from '../../api/api';
import { MadeNotice, useDocumentMaker } from '../../components/DocumentMaker';
import { DateField, TextField, useFieldErrors } from '../../components/FieldErrors';
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
  const labels = {
    progress: t('doc.extension.progress'),
    reason: t('doc.extension.reason'),
    requestedDeadline: t('doc.extension.deadline'),
  };
  const fe = useFieldErrors(documents.error, labels);
  const L = EXTENSION_REPORT_TEXT_LIMITS;
  async function make() {
    const requestedDeadline = typedDate(deadline);
    await documents.make(() =>
      call('documents.extensionReport', { taskId: task.id, progress, requestedDeadline, reason }),
    );
  }
  return (
    <Modal title={t('doc.extension')} error={fe.summary} onClose={onClose} onSubmit={() => void make()} wide>
      <p>
        {task.content} — {t('tasks.col.deadline')}: {shownDate(task.deadline)}
      </p>
      <p className="muted">{t('tasks.reportHelp', { date: shownDate(task.extensionReport.due) })}</p>
      <TextField
        label={labels.progress}
        name="progress"
        value={progress}
        onChange={setProgress}
        max={L.progress}
        errors={fe}
        rows={3}
        autoFocus
      />
      <TextField
        label={labels.reason}
        name="reason"
        value={reason}
        onChange={setReason}
        max={L.reason}
        errors={fe}
        rows={2}
        placeholder={task.report?.reason ?? ''}
      />
      <DateField
        label={labels.requestedDeadline}
        name="requestedDeadline"
        value={deadline}
        onChange={setDeadline}
        errors={fe}
      />
      <MadeNotice file={documents.made} />
      <FormActions onClose={onClose} disabled={documents.busy} submitLabel={t('doc.extension')} />
      {documents.dialog}
    </Modal>
  );
}
