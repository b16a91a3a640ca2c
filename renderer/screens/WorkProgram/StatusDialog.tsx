import { useState } from 'react';
import type { WorkProgramItemView } from '../../../shared/contract/workProgram';
import {
  WORK_PROGRAM_STATUS_LABELS,
  WORK_PROGRAM_STATUSES,
  type WorkProgramStatus,
} from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
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
  const needsSubmitted = status === 'submitted' || status === 'promulgated';

  async function save() {
    const saved = await run(() =>
      call('workProgram.setStatus', {
        id: item.id,
        status,
        submittedOn: needsSubmitted ? optionalTypedDate(submittedOn, t('wp.submittedOn')) : null,
        promulgatedOn:
          status === 'promulgated' ? optionalTypedDate(promulgatedOn, t('wp.promulgatedOn')) : null,
      }),
    );
    if (saved) onClose(t('wp.saved'));
  }

  return (
    <Modal title={t('wp.setStatus')} error={error} onClose={onClose} onSubmit={save}>
      <p>{item.title}</p>
      <label>
        {t('wp.col.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as WorkProgramStatus)} autoFocus>
          {WORK_PROGRAM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {WORK_PROGRAM_STATUS_LABELS[s][language]}
            </option>
          ))}
        </select>
      </label>
      {needsSubmitted && (
        <label>
          {t('wp.submittedOn')}
          <input
            value={submittedOn}
            onChange={(e) => setSubmittedOn(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
      )}
      {status === 'promulgated' && (
        <label>
          {t('wp.promulgatedOn')}
          <input
            value={promulgatedOn}
            onChange={(e) => setPromulgatedOn(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
      )}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
