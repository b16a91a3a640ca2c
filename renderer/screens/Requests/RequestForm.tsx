import { useEffect, useState } from 'react';
import { type OpinionRequestView, REQUEST_TEXT_LIMITS } from '../../../shared/contract/opinionRequests';
import { parseTypedDate } from '../../../shared/format/dates';
import { REQUESTER_KINDS, type RequesterKind } from '../../../shared/opinionRequests/register';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { optionalTypedDate, shownDate, typedDate } from '../WorkProgram/common';

/**
 * A request received: who asks, their number and date, the subject, the day received and the due day,
 * typed or counted in working days (the due day is shown, with its reason, as the user types).
 */
export function RequestForm({ request, onClose }: { request: OpinionRequestView | null; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const language = useAppStore((s) => s.language);
  const [requesterKind, setKind] = useState<RequesterKind>(request?.requesterKind ?? 'ministry');
  const [requester, setRequester] = useState(request?.requester ?? '');
  const [theirNumber, setNumber] = useState(request?.theirNumber ?? '');
  const [theirDate, setTheirDate] = useState(shownDate(request?.theirDate));
  const [subject, setSubject] = useState(request?.subject ?? '');
  const [received, setReceived] = useState(shownDate(request?.received ?? today));
  const [mode, setMode] = useState<'days' | 'typed'>(
    request && request.dueWorkingDays === null ? 'typed' : 'days',
  );
  const [days, setDays] = useState(request?.dueWorkingDays ? String(request.dueWorkingDays) : '');
  const [due, setDue] = useState(request && request.dueWorkingDays === null ? shownDate(request.due) : '');
  const [assignee, setAssignee] = useState(request?.assignee ?? '');
  const [notes, setNotes] = useState(request?.notes ?? '');
  const [drafting, setDrafting] = useState(request?.storedState === 'drafting');
  const [preview, setPreview] = useState<{ due: string; text: string } | null>(null);
  const { error, busy, run } = useAction();
  const labels = {
    requester: t('req.requester'),
    requesterKind: t('req.requesterKind'),
    theirNumber: t('req.theirNumber'),
    theirDate: t('req.theirDate'),
    subject: t('req.subject'),
    received: t('req.received'),
    assignee: t('req.assignee'),
    workingDays: t('req.workingDays'),
    due: t('req.dueDate'),
    notes: t('req.notes'),
  };
  const fe = useFieldErrors(error, labels);
  const L = REQUEST_TEXT_LIMITS;

  useEffect(() => {
    if (days === '') {
      void call('opinionRequests.settings', {})
        .then((s) => setDays(String(s.answerWorkingDays)))
        .catch(() => undefined);
    }
  }, [days]);

  // The due day as the main process counts it, on the agency's calendar.
  useEffect(() => {
    const r = parseTypedDate(received);
    const d = mode === 'typed' ? parseTypedDate(due) : null;
    const n = Number(days);
    if (!r || (mode === 'typed' && !d) || (mode === 'days' && !(n >= 1 && n <= 60))) {
      setPreview(null);
      return;
    }
    let live = true;
    call('opinionRequests.previewDue', {
      received: r,
      due: d,
      workingDays: mode === 'days' ? Math.trunc(n) : null,
    })
      .then((p) => {
        if (live) setPreview({ due: p.due, text: language === 'vi' ? p.explanation.vi : p.explanation.en });
      })
      .catch(() => live && setPreview(null));
    return () => {
      live = false;
    };
  }, [received, due, days, mode, language]);

  async function save() {
    const saved = await run(async () => {
      const fields = {
        requesterKind,
        requester,
        theirNumber,
        theirDate: optionalTypedDate(theirDate),
        subject,
        received: typedDate(received),
        due: mode === 'typed' ? typedDate(due) : null,
        workingDays: mode === 'days' ? Math.trunc(Number(days)) : null,
        assignee,
        notes,
      };
      if (!request) return call('opinionRequests.create', fields);
      return call('opinionRequests.update', {
        id: request.id,
        ...fields,
        storedState: drafting ? 'drafting' : 'received',
      });
    });
    if (saved) onClose();
  }

  return (
    <Modal
      title={t(request ? 'req.edit' : 'req.new')}
      error={fe.summary}
      onClose={onClose}
      onSubmit={save}
      wide
      testId="request-form"
    >
      <div className="grid-2">
        <TextField
          label={labels.requester}
          name="requester"
          value={requester}
          onChange={setRequester}
          max={L.requester}
          errors={fe}
          autoFocus
        />
        <Field label={labels.requesterKind} name="requesterKind" errors={fe}>
          {(p) => (
            <select {...p} value={requesterKind} onChange={(e) => setKind(e.target.value as RequesterKind)}>
              {REQUESTER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`req.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={labels.theirNumber}
          name="theirNumber"
          value={theirNumber}
          onChange={setNumber}
          max={L.theirNumber}
          errors={fe}
        />
        <Field label={labels.theirDate} name="theirDate" errors={fe}>
          {(p) => (
            <input
              {...p}
              value={theirDate}
              onChange={(e) => setTheirDate(e.target.value)}
              placeholder="dd/mm/yyyy"
            />
          )}
        </Field>
      </div>
      <TextField
        label={labels.subject}
        name="subject"
        value={subject}
        onChange={setSubject}
        max={L.subject}
        errors={fe}
        rows={2}
      />
      <div className="grid-2">
        <Field label={labels.received} name="received" errors={fe}>
          {(p) => (
            <input
              {...p}
              value={received}
              onChange={(e) => setReceived(e.target.value)}
              placeholder="dd/mm/yyyy"
            />
          )}
        </Field>
        <TextField
          label={labels.assignee}
          name="assignee"
          value={assignee}
          onChange={setAssignee}
          max={L.assignee}
          errors={fe}
        />
      </div>
      <fieldset>
        <legend>{t('req.dueMode')}</legend>
        <label className="inline">
          <input type="radio" name="dueMode" checked={mode === 'days'} onChange={() => setMode('days')} />{' '}
          {t('req.dueMode.days')}
        </label>
        <label className="inline">
          <input type="radio" name="dueMode" checked={mode === 'typed'} onChange={() => setMode('typed')} />{' '}
          {t('req.dueMode.typed')}
        </label>
        <div className="grid-2">
          {mode === 'days' ? (
            <Field label={labels.workingDays} name="workingDays" errors={fe}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={60}
                  value={days}
                  onChange={(e) => setDays(e.target.value)}
                />
              )}
            </Field>
          ) : (
            <Field label={labels.due} name="due" errors={fe}>
              {(p) => (
                <input {...p} value={due} onChange={(e) => setDue(e.target.value)} placeholder="dd/mm/yyyy" />
              )}
            </Field>
          )}
        </div>
        {preview && (
          <p className="hint" data-testid="due-preview">
            <strong>{t('req.duePreview', { date: shownDate(preview.due) })}</strong> — {preview.text}
          </p>
        )}
      </fieldset>
      <TextField
        label={labels.notes}
        name="notes"
        value={notes}
        onChange={setNotes}
        max={L.notes}
        errors={fe}
        rows={2}
      />
      {request && request.storedState !== 'answered' && (
        <label className="inline">
          <input type="checkbox" checked={drafting} onChange={(e) => setDrafting(e.target.checked)} />{' '}
          {t('req.drafting')}
        </label>
      )}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
