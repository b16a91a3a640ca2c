import { useState } from 'react';
import type { AgendaItemView } from '../../../shared/contract/agendaItems';
import { CONTENT_KIND_LABELS, CONTENT_KINDS, type ContentKind } from '../../../shared/dossiers/contentKinds';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useBilingual } from './common';

/**
 * Add or edit an agenda item. A new item's checklist is copied from the agency's template for its kind;
 * changing the kind later leaves the checklist as it is (said in the form).
 */
export function ItemForm(props: {
  meetingId: number;
  item: Pick<
    AgendaItemView,
    'id' | 'title' | 'contentKind' | 'leadOfficer' | 'leaderInCharge' | 'notes' | 'workProgramItemId'
  > | null;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const { item } = props;
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<ContentKind>(item?.contentKind ?? 'individual-decision');
  const [leadOfficer, setLeadOfficer] = useState(item?.leadOfficer ?? '');
  const [leaderInCharge, setLeaderInCharge] = useState(item?.leaderInCharge ?? '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const { error, busy, run } = useAction();

  async function submit() {
    const fields = {
      title,
      contentKind: kind,
      leadOfficer,
      leaderInCharge,
      notes,
      workProgramItemId: item?.workProgramItemId ?? null,
    };
    const saved = await run(() =>
      item
        ? call('agendaItems.update', { id: item.id, ...fields })
        : call('agendaItems.create', { meetingId: props.meetingId, ...fields }),
    );
    if (saved) props.onSaved(saved.id);
  }

  return (
    <Modal
      title={t(item ? 'dossier.item.edit' : 'dossier.item.new')}
      onClose={props.onClose}
      testId="item-form"
      error={error}
      onSubmit={submit}
    >
      <label>
        {t('dossier.item.title')}
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="grid-2">
        <label>
          {t('dossier.item.kind')}
          <select name="contentKind" value={kind} onChange={(e) => setKind(e.target.value as ContentKind)}>
            {CONTENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {bilingual(CONTENT_KIND_LABELS[k])}
              </option>
            ))}
          </select>
        </label>
        <span className="hint form-hint">
          {t(item ? 'dossier.item.kindKeepsChecklist' : 'dossier.item.kindTemplate')}
        </span>
        <label>
          {t('dossier.item.leadOfficer')}
          <input name="leadOfficer" value={leadOfficer} onChange={(e) => setLeadOfficer(e.target.value)} />
        </label>
        <label>
          {t('dossier.item.leaderInCharge')}
          <input
            name="leaderInCharge"
            value={leaderInCharge}
            onChange={(e) => setLeaderInCharge(e.target.value)}
          />
        </label>
      </div>
      <label>
        {t('meetingForm.notes')}
        <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      </label>
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
