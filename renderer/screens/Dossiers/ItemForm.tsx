import { type FormEvent, useState } from 'react';
import type { AgendaItemView } from '../../../shared/contract/agendaItems';
import { CONTENT_KIND_LABELS, CONTENT_KINDS, type ContentKind } from '../../../shared/dossiers/contentKinds';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { asErrorData, Modal, useBilingual } from './common';

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
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const fields = {
      title,
      contentKind: kind,
      leadOfficer,
      leaderInCharge,
      notes,
      workProgramItemId: item?.workProgramItemId ?? null,
    };
    try {
      const saved = item
        ? await call('agendaItems.update', { id: item.id, ...fields })
        : await call('agendaItems.create', { meetingId: props.meetingId, ...fields });
      props.onSaved(saved.id);
    } catch (e) {
      setError(asErrorData(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title={t(item ? 'dossier.item.edit' : 'dossier.item.new')}
      onClose={props.onClose}
      testId="item-form"
    >
      <form onSubmit={submit}>
        {error && <ErrorBanner error={error} />}
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
        <div className="form-actions">
          <button type="button" onClick={props.onClose}>
            {t('meetingForm.close')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('meetingForm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
