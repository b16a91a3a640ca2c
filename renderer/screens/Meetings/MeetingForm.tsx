import { useState } from 'react';
import { MEETING_TEXT_LIMITS, type Meeting } from '../../../shared/contract/meetings';
import { formatDate } from '../../../shared/format/dates';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/kinds';
import { useAction } from '../../api/useAction';
import { CharCounter, FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { typedDate } from '../WorkProgram/common';

/**
 * Create or edit a meeting. The main process validates every field; each invalid one is marked
 * (aria-invalid, its message under it) and the banner names them all by their labels here.
 */
export function MeetingForm({ meeting, onClose }: { meeting: Meeting | null; onClose(): void }) {
  const t = useT();
  const { create, update } = useMeetingsStore();
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'ppc');
  const [viceChairman, setViceChairman] = useState(meeting?.viceChairman ?? '');
  const [date, setDate] = useState(meeting ? formatDate(meeting.date) : '');
  const [time, setTime] = useState(meeting?.time ?? '');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [chair, setChair] = useState(meeting?.chair ?? '');
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const { error, busy, run } = useAction();

  const labels = {
    kind: t('meetingForm.kind'),
    viceChairman: t('meetingForm.viceChairman'),
    date: t('meetingForm.date'),
    time: t('meetingForm.time'),
    chair: t('meetingForm.chair'),
    place: t('meetingForm.place'),
    title: t('meetingForm.title'),
    notes: t('meetingForm.notes'),
  };
  const fe = useFieldErrors(error, labels);
  // The questions the main process asked and the user answered "save anyway" to (past date, same-day twin).
  const [confirmed, setConfirmed] = useState({ confirmPast: false, confirmDuplicate: false });
  const asks = error?.detail?.confirm;
  const question = asks === 'confirmPast' || asks === 'confirmDuplicate' ? asks : null;
  const L = MEETING_TEXT_LIMITS;

  async function submit(answers = confirmed) {
    // A date that cannot be read goes to the main process as typed: it then reports it together with
    // every other invalid field (nothing is written while any field is invalid).
    const isoDate = typedDate(date);
    const fields = {
      kind,
      viceChairman: kind === 'vice-chairman' ? viceChairman : null,
      date: isoDate,
      time: time.trim() === '' ? null : time.trim(),
      place,
      chair,
      title,
      notes,
      ...answers,
    };
    await run(async () => {
      if (meeting) await update({ id: meeting.id, ...fields });
      else await create(fields);
      onClose();
    });
  }

  /** A text input with its limit counter and its own error, marked invalid when it is. */
  function text(
    field: 'viceChairman' | 'chair' | 'place' | 'title',
    value: string,
    set: (v: string) => void,
  ) {
    const counterId = `${fe.messageId(field)}-count`;
    // The counter and the message sit outside the <label>, so the field's name stays its label alone.
    return (
      <div className="field">
        <label>
          {labels[field]}
          <input
            name={field}
            value={value}
            maxLength={L[field]}
            onChange={(e) => set(e.target.value)}
            {...fe.aria(field, counterId)}
          />
        </label>
        <CharCounter id={counterId} value={value} max={L[field]} />
        <FieldMessage id={fe.messageId(field)} message={fe.message(field)} />
      </div>
    );
  }

  return (
    <Modal
      title={t(meeting ? 'meetingForm.titleEdit' : 'meetingForm.titleNew')}
      error={fe.summary}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="grid-2">
        <div className="field">
          <label>
            {labels.kind}
            <select
              name="kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as MeetingKind)}
              autoFocus
              {...fe.aria('kind')}
            >
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetingKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <FieldMessage id={fe.messageId('kind')} message={fe.message('kind')} />
        </div>
        {kind === 'vice-chairman' ? text('viceChairman', viceChairman, setViceChairman) : <span />}
        <div className="field">
          <label>
            {labels.date}
            <input
              name="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
              {...fe.aria('date')}
            />
          </label>
          <FieldMessage id={fe.messageId('date')} message={fe.message('date')} />
        </div>
        <div className="field">
          <label>
            {labels.time}
            <input
              name="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              placeholder="08:00"
              {...fe.aria('time')}
            />
          </label>
          <FieldMessage id={fe.messageId('time')} message={fe.message('time')} />
        </div>
        {text('chair', chair, setChair)}
        {text('place', place, setPlace)}
      </div>
      {text('title', title, setTitle)}
      <div className="field">
        <label>
          {labels.notes}
          <textarea
            name="notes"
            value={notes}
            maxLength={L.notes}
            onChange={(e) => setNotes(e.target.value)}
            rows={3}
            {...fe.aria('notes', `${fe.messageId('notes')}-count`)}
          />
        </label>
        <CharCounter id={`${fe.messageId('notes')}-count`} value={notes} max={L.notes} />
        <FieldMessage id={fe.messageId('notes')} message={fe.message('notes')} />
      </div>
      {question && (
        <div className="confirm-row">
          <button
            type="button"
            className="primary"
            data-testid="meeting-confirm"
            disabled={busy}
            onClick={() => {
              const answers = { ...confirmed, [question]: true };
              setConfirmed(answers);
              void submit(answers);
            }}
          >
            {t(question === 'confirmPast' ? 'meetingForm.confirmPast' : 'meetingForm.confirmDuplicate')}
          </button>
        </div>
      )}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
