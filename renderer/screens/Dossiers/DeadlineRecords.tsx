import { useState } from 'react';
import type { AgendaItemDetail } from '../../../shared/contract/agendaItems';
import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/**
 * Now in Vietnam, the default moment of a submission: the app's today (its clock may be pinned for a
 * demonstration) and the time of day in Vietnam.
 */
function useNowInVietnam(): { date: string; time: string } {
  const today = useAppStore((s) => s.status?.today);
  const local = new Date(Date.now() + 7 * 3600_000).toISOString();
  return { date: today ?? local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * What the deadline rules need recorded on an item: when the signed documents reached the Office (date and
 * time, judged against the end of office hours), a legitimate reason if late, and when / how the leaders'
 * opinion was sought (§4a).
 */
export function DeadlineRecords(props: { item: AgendaItemDetail; onChanged(): void }) {
  const t = useT();
  const { item } = props;
  const [dialog, setDialog] = useState<'submission' | 'opinion' | null>(null);
  const close = () => {
    setDialog(null);
    props.onChanged();
  };
  return (
    <div className="deadline-records" data-testid="deadline-records">
      <div>
        <span className="muted">{t('records.submission')}: </span>
        {item.submittedOn ? (
          <span data-testid="submission-record">
            {item.submittedTime ? `${item.submittedTime} ` : ''}
            {formatDate(item.submittedOn)}
            {item.lateReason && (
              <span className="muted">
                {' '}
                · {t('records.lateReason')}: {item.lateReason}
              </span>
            )}
          </span>
        ) : (
          <span className="muted">{t('records.none')}</span>
        )}{' '}
        {item.status === 'submitted' && (
          <button type="button" className="link" onClick={() => setDialog('submission')}>
            {t('records.edit')}
          </button>
        )}
      </div>
      {item.deadlines.some((d) => d.rule === 'leader-opinion') || item.opinionSoughtOn ? (
        <div>
          <span className="muted">{t('records.opinion')}: </span>
          {item.opinionSoughtOn ? (
            <span data-testid="opinion-record">
              {formatDate(item.opinionSoughtOn)}
              {item.opinionSoughtHow && <span className="muted"> · {item.opinionSoughtHow}</span>}
            </span>
          ) : (
            <span className="muted">{t('records.none')}</span>
          )}{' '}
          <button type="button" className="link" onClick={() => setDialog('opinion')}>
            {t('records.edit')}
          </button>
        </div>
      ) : null}
      {dialog === 'submission' && <SubmissionDialog item={item} submit={false} onClose={close} />}
      {dialog === 'opinion' && <OpinionDialog item={item} onClose={close} />}
    </div>
  );
}

/**
 * Nộp hồ sơ: the moment the signed documents reached the Office, typed by the user (default: now). With
 * `submit`, saving also moves the item to 'submitted'.
 */
export function SubmissionDialog(props: { item: AgendaItemDetail; submit: boolean; onClose(): void }) {
  const t = useT();
  const now = useNowInVietnam();
  const { item } = props;
  const [date, setDate] = useState(formatDate(item.submittedOn ?? now.date));
  const [time, setTime] = useState(item.submittedTime ?? now.time);
  const [reason, setReason] = useState(item.lateReason);
  const { error, setError, busy, run } = useAction();

  async function save() {
    const iso = parseTypedDate(date);
    if (!iso) {
      setError({
        code: 'invalid-date',
        vi: t('meetingForm.badDate', { text: date }),
        en: t('meetingForm.badDate', { text: date }),
      });
      return;
    }
    const done = await run(async () => {
      if (props.submit)
        await call('agendaItems.setStatus', {
          id: item.id,
          status: 'submitted',
          submittedOn: iso,
          submittedTime: time.trim(),
        });
      return call('agendaItems.recordSubmission', {
        id: item.id,
        submittedOn: iso,
        submittedTime: time.trim(),
        lateReason: reason,
      });
    });
    if (done) props.onClose();
  }

  return (
    <Modal title={t('records.submissionTitle')} error={error} onClose={props.onClose} onSubmit={save}>
      <p className="muted">{t('records.submissionHint')}</p>
      <div className="grid-2">
        <label>
          {t('records.date')}
          <input
            name="submittedOn"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            placeholder="dd/mm/yyyy"
            autoFocus
          />
        </label>
        <label>
          {t('records.time')}
          <input
            name="submittedTime"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            placeholder="16:30"
          />
        </label>
      </div>
      <label>
        {t('records.lateReason')}
        <textarea name="lateReason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}

function OpinionDialog(props: { item: AgendaItemDetail; onClose(): void }) {
  const t = useT();
  const { item } = props;
  const now = useNowInVietnam();
  const [date, setDate] = useState(formatDate(item.opinionSoughtOn ?? now.date));
  const [how, setHow] = useState(item.opinionSoughtHow);
  const { error, setError, busy, run } = useAction();

  async function save() {
    const iso = date.trim() === '' ? null : parseTypedDate(date);
    if (date.trim() !== '' && !iso) {
      setError({
        code: 'invalid-date',
        vi: t('meetingForm.badDate', { text: date }),
        en: t('meetingForm.badDate', { text: date }),
      });
      return;
    }
    const done = await run(() =>
      call('agendaItems.recordOpinion', { id: item.id, soughtOn: iso ?? null, how }),
    );
    if (done) props.onClose();
  }

  return (
    <Modal title={t('records.opinionTitle')} error={error} onClose={props.onClose} onSubmit={save}>
      <p className="muted">{t('records.opinionHint')}</p>
      <label>
        {t('records.date')}
        <input
          name="soughtOn"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          placeholder="dd/mm/yyyy"
          autoFocus
        />
      </label>
      <label>
        {t('records.how')}
        <input name="how" value={how} onChange={(e) => setHow(e.target.value)} />
      </label>
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
