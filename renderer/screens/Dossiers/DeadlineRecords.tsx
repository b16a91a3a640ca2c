import { useState } from 'react';
import { type AgendaItemDetail, RECORD_TEXT_LIMITS } from '../../../shared/contract/agendaItems';
import { formatDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { DateField, Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { optionalTypedDate, typedDate } from '../WorkProgram/common';

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
  const { error, busy, run } = useAction();
  const labels = {
    submittedOn: t('records.date'),
    submittedTime: t('records.time'),
    lateReason: t('records.lateReason'),
  };
  const fe = useFieldErrors(error, labels);

  async function save() {
    // A date that cannot be read goes as typed: the main process marks it with every other invalid field.
    const iso = typedDate(date);
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
    <Modal title={t('records.submissionTitle')} error={fe.summary} onClose={props.onClose} onSubmit={save}>
      <p className="muted">{t('records.submissionHint')}</p>
      <div className="grid-2">
        <DateField
          label={labels.submittedOn}
          name="submittedOn"
          value={date}
          onChange={setDate}
          errors={fe}
          autoFocus
        />
        <Field label={labels.submittedTime} name="submittedTime" errors={fe}>
          {(p) => <input {...p} value={time} onChange={(e) => setTime(e.target.value)} placeholder="16:30" />}
        </Field>
      </div>
      <TextField
        label={labels.lateReason}
        name="lateReason"
        value={reason}
        onChange={setReason}
        max={RECORD_TEXT_LIMITS.lateReason}
        errors={fe}
        rows={2}
      />
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
  const { error, busy, run } = useAction();
  const labels = { soughtOn: t('records.date'), how: t('records.how') };
  const fe = useFieldErrors(error, labels);

  async function save() {
    const iso = optionalTypedDate(date);
    const done = await run(() =>
      call('agendaItems.recordOpinion', { id: item.id, soughtOn: iso ?? null, how }),
    );
    if (done) props.onClose();
  }

  return (
    <Modal title={t('records.opinionTitle')} error={fe.summary} onClose={props.onClose} onSubmit={save}>
      <p className="muted">{t('records.opinionHint')}</p>
      <DateField
        label={labels.soughtOn}
        name="soughtOn"
        value={date}
        onChange={setDate}
        errors={fe}
        autoFocus
      />
      <TextField
        label={labels.how}
        name="how"
        value={how}
        onChange={setHow}
        max={RECORD_TEXT_LIMITS.how}
        errors={fe}
      />
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
