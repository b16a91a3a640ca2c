import { useState } from 'react';
import { type AgendaItemView, ITEM_TEXT_LIMITS } from '../../../shared/contract/agendaItems';
import { CONTENT_KIND_LABELS, CONTENT_KINDS, type ContentKind } from '../../../shared/dossiers/contentKinds';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { TextField, useFieldErrors } from '../../components/FieldErrors';
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
  const labels = {
    title: t('dossier.item.title'),
    contentKind: t('dossier.item.kind'),
    leadOfficer: t('dossier.item.leadOfficer'),
    leaderInCharge: t('dossier.item.leaderInCharge'),
    notes: t('meetingForm.notes'),
  };
  const fe = useFieldErrors(error, labels);
  const L = ITEM_TEXT_LIMITS;

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
      error={fe.summary}
      onSubmit={submit}
    >
      <TextField
        label={labels.title}
        name="title"
        value={title}
        onChange={setTitle}
        max={L.title}
        errors={fe}
      />
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
        <TextField
          label={labels.leadOfficer}
          name="leadOfficer"
          value={leadOfficer}
          onChange={setLeadOfficer}
          max={L.leadOfficer}
          errors={fe}
        />
        <TextField
          label={labels.leaderInCharge}
          name="leaderInCharge"
          value={leaderInCharge}
          onChange={setLeaderInCharge}
          max={L.leaderInCharge}
          errors={fe}
        />
      </div>
      <TextField
        label={labels.notes}
        name="notes"
        value={notes}
        onChange={setNotes}
        max={L.notes}
        errors={fe}
        rows={2}
      />
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
