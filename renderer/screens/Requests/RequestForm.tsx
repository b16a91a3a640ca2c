import { useEffect, useState } from 'react';
import type { OpinionRequestView } from '../../../shared/contract/opinionRequests';
import { parseTypedDate } from '../../../shared/format/dates';
import { REQUESTER_KINDS, type RequesterKind } from '../../../shared/opinionRequests/register';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
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
        theirDate: optionalTypedDate(theirDate, t('req.theirDate')),
        subject,
        received: typedDate(received, t('req.received')),
        due: mode === 'typed' ? typedDate(due, t('req.dueDate')) : null,
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
      error={error}
      onClose={onClose}
      onSubmit={save}
      wide
      testId="request-form"
    >
      <div className="grid-2">
        <label>
          {t('req.requester')}
          <input
            name="requester"
            value={requester}
            onChange={(e) => setRequester(e.target.value)}
            autoFocus
          />
        </label>
        <label>
          {t('req.requesterKind')}
          <select
            name="requesterKind"
            value={requesterKind}
            onChange={(e) => setKind(e.target.value as RequesterKind)}
          >
            {REQUESTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`req.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('req.theirNumber')}
          <input name="theirNumber" value={theirNumber} onChange={(e) => setNumber(e.target.value)} />
        </label>
        <label>
          {t('req.theirDate')}
          <input
            name="theirDate"
            value={theirDate}
            onChange={(e) => setTheirDate(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
      </div>
      <label>
        {t('req.subject')}
        <textarea name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} rows={2} />
      </label>
      <div className="grid-2">
        <label>
          {t('req.received')}
          <input
            name="received"
            value={received}
            onChange={(e) => setReceived(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        <label>
          {t('req.assignee')}
          <input name="assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        </label>
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
            <label>
              {t('req.workingDays')}
              <input
                name="workingDays"
                type="number"
                min={1}
                max={60}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            </label>
          ) : (
            <label>
              {t('req.dueDate')}
              <input
                name="due"
                value={due}
                onChange={(e) => setDue(e.target.value)}
                placeholder="dd/mm/yyyy"
              />
            </label>
          )}
        </div>
        {preview && (
          <p className="hint" data-testid="due-preview">
            <strong>{t('req.duePreview', { date: shownDate(preview.due) })}</strong> — {preview.text}
          </p>
        )}
      </fieldset>
      <label>
        {t('req.notes')}
        <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      </label>
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
