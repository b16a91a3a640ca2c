import { useState } from 'react';
import type { WorkProgramItemView } from '../../../shared/contract/workProgram';
import {
  WORK_PROGRAM_STATUS_LABELS,
  WORK_PROGRAM_STATUSES,
  type WorkProgramStatus,
} from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { DateField, Field, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { optionalTypedDate, shownDate } from './common';

/** Change an item's status with the dates it needs (the main process checks the rules again). */
export function StatusDialog({
  item,
  onClose,
}: {
  item: WorkProgramItemView;
  onClose(message?: string): void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [status, setStatus] = useState<WorkProgramStatus>(item.status);
  const [submittedOn, setSubmittedOn] = useState(shownDate(item.submittedOn));
  const [promulgatedOn, setPromulgatedOn] = useState(shownDate(item.promulgatedOn));
  const { error, busy, run } = useAction();
  const labels = {
    status: t('wp.col.status'),
    submittedOn: t('wp.submittedOn'),
    promulgatedOn: t('wp.promulgatedOn'),
  };
  const fe = useFieldErrors(error, labels);
  const needsSubmitted = status === 'submitted' || status === 'promulgated';

  async function save() {
    const saved = await run(() =>
      call('workProgram.setStatus', {
        id: item.id,
        status,
        submittedOn: needsSubmitted ? optionalTypedDate(submittedOn) : null,
        promulgatedOn: status === 'promulgated' ? optionalTypedDate(promulgatedOn) : null,
      }),
    );
    if (saved) onClose(t('wp.saved'));
  }

  return (
    <Modal title={t('wp.setStatus')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <p>{item.title}</p>
      <Field label={labels.status} name="status" errors={fe}>
        {(p) => (
          <select
            {...p}
            value={status}
            onChange={(e) => setStatus(e.target.value as WorkProgramStatus)}
            autoFocus
          >
            {WORK_PROGRAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {WORK_PROGRAM_STATUS_LABELS[s][language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsSubmitted && (
        <DateField
          label={labels.submittedOn}
          name="submittedOn"
          value={submittedOn}
          onChange={setSubmittedOn}
          errors={fe}
        />
      )}
      {status === 'promulgated' && (
        <DateField
          label={labels.promulgatedOn}
          name="promulgatedOn"
          value={promulgatedOn}
          onChange={setPromulgatedOn}
          errors={fe}
        />
      )}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
