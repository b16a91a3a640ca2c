import { useState } from 'react';
import type { Meeting } from '../../../shared/contract/meetings';
import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/kinds';
import { useAction } from '../../api/useAction';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useMeetingsStore } from '../../stores/meetingsStore';

/** Create or edit a meeting. The main process validates everything again; its message is shown as is. */
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
  const { error, setError, busy, run } = useAction();
  // The questions the main process asked and the user answered "save anyway" to (past date, same-day twin).
  const [confirmed, setConfirmed] = useState({ confirmPast: false, confirmDuplicate: false });
  const asks = error?.detail?.confirm;
  const question = asks === 'confirmPast' || asks === 'confirmDuplicate' ? asks : null;

  async function submit(answers = confirmed) {
    const isoDate = parseTypedDate(date);
    if (!isoDate) {
      setError({
        code: 'invalid-date',
        vi: t('meetingForm.badDate', { text: date }),
        en: t('meetingForm.badDate', { text: date }),
      });
      return;
    }
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

  return (
    <Modal
      title={t(meeting ? 'meetingForm.titleEdit' : 'meetingForm.titleNew')}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="grid-2">
        <label>
          {t('meetingForm.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)} autoFocus>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meetingKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'vice-chairman' ? (
          <label>
            {t('meetingForm.viceChairman')}
            <input
              name="viceChairman"
              value={viceChairman}
              onChange={(e) => setViceChairman(e.target.value)}
            />
          </label>
        ) : (
          <span />
        )}
        <label>
          {t('meetingForm.date')}
          <input
            name="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
          />
        </label>
        <label>
          {t('meetingForm.time')}
          <input name="time" value={time} onChange={(e) => setTime(e.target.value)} placeholder="08:00" />
        </label>
        <label>
          {t('meetingForm.chair')}
          <input name="chair" value={chair} onChange={(e) => setChair(e.target.value)} />
        </label>
        <label>
          {t('meetingForm.place')}
          <input name="place" value={place} onChange={(e) => setPlace(e.target.value)} />
        </label>
      </div>
      <label>
        {t('meetingForm.title')}
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('meetingForm.notes')}
        <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
      </label>
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
