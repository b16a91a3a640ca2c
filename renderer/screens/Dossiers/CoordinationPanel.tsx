import { useCallback, useEffect, useState } from 'react';
import {
  COORDINATION_ANSWERS,
  type CoordinationAnswer,
  type CoordinationView,
} from '../../../shared/contract/coordination';
import type { FileSource } from '../../../shared/contract/fileSource';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { asErrorData, useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes } from './common';

type Dialog =
  | { kind: 'request'; request: CoordinationView | null }
  | { kind: 'answer'; request: CoordinationView }
  | null;

/**
 * Phối hợp: the agencies asked for their opinion on the item, the person each named, when they were asked
 * and by when they must answer, and what they answered (agree / agree with comments / disagree, the text,
 * the answer letter). A request past its date without an answer is marked overdue.
 */
export function CoordinationPanel(props: { itemId: number; onChanged(): Promise<void> }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [requests, setRequests] = useState<CoordinationView[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { itemId, onChanged } = props;

  const reload = useCallback(async () => {
    try {
      setRequests(await call('coordination.list', { itemId }));
    } catch (e) {
      setError(asErrorData(e));
    }
  }, [itemId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await Promise.all([reload(), onChanged()]);
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  async function saved() {
    setDialog(null);
    await Promise.all([reload(), onChanged()]);
  }

  return (
    <div className="card table-card coordination-card" data-testid="coordination">
      <div className="card-head">
        <h2>{t('coord.title')}</h2>
        <button type="button" onClick={() => setDialog({ kind: 'request', request: null })}>
          {t('coord.add')}
        </button>
      </div>
      {error && (
        <div className="card-pad">
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
        </div>
      )}
      {requests && requests.length === 0 && <p className="muted empty-pad">{t('coord.empty')}</p>}
      {requests && requests.length > 0 && (
        <table className="table coordination-table" aria-label={t('coord.title')}>
          <thead>
            <tr>
              <th>{t('coord.col.agency')}</th>
              <th>{t('coord.col.asked')}</th>
              <th>{t('coord.col.due')}</th>
              <th>{t('coord.col.answer')}</th>
              <th>
                <span className="sr-only">{t('dossier.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} data-testid="coordination-row" className={r.overdue ? 'overdue' : undefined}>
                <td>
                  <strong>{r.agency}</strong>
                  {r.person && <div className="muted small">{r.person}</div>}
                </td>
                <td className="nowrap">{formatDate(r.askedOn)}</td>
                <td className="nowrap">
                  {formatDate(r.dueOn)}{' '}
                  {r.overdue && (
                    <div className="overdue-mark" data-testid="overdue-mark">
                      {t('coord.overdue', { wd: r.workingDaysOverdue, cd: r.daysOverdue })}
                    </div>
                  )}
                </td>
                <td>
                  {r.answer ? (
                    <>
                      <span className={`answer answer-${r.answer}`} data-testid="coordination-answer">
                        {t(`coord.answer.${r.answer}`)}
                      </span>
                      {r.answeredOn && <span className="muted small"> · {formatDate(r.answeredOn)}</span>}
                      {r.answerText && <div className="answer-text">{r.answerText}</div>}
                      {r.file && (
                        <div className="muted small">
                          {t('coord.fileShown', {
                            name: r.file.name,
                            size: formatBytes(r.file.size, language),
                          })}
                        </div>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t('coord.noAnswer')}</span>
                  )}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => setDialog({ kind: 'answer', request: r })}
                  >
                    {t(r.answer ? 'coord.changeAnswer' : 'coord.recordAnswer')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setDialog({ kind: 'request', request: r })}
                  >
                    {t('meetings.edit')}
                  </button>
                  {r.answer && (
                    <button
                      type="button"
                      className="link"
                      onClick={async () => {
                        if (await askConfirm({ message: t('coord.clearConfirm', { agency: r.agency }) }))
                          void run(() => call('coordination.clearAnswer', { id: r.id }));
                      }}
                    >
                      {t('coord.clear')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link danger"
                    onClick={async () => {
                      if (
                        await askConfirm({
                          message: t('coord.removeConfirm', { agency: r.agency }),
                          danger: true,
                        })
                      )
                        void run(() => call('coordination.remove', { id: r.id }));
                    }}
                  >
                    {t('dossier.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'request' && (
        <RequestForm
          itemId={itemId}
          request={dialog.request}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'answer' && (
        <AnswerForm request={dialog.request} onClose={() => setDialog(null)} onSaved={saved} />
      )}
    </div>
  );
}

function badDate(t: ReturnType<typeof useT>, text: string): AppErrorData {
  return {
    code: 'invalid-date',
    vi: t('meetingForm.badDate', { text }),
    en: t('meetingForm.badDate', { text }),
  };
}

function RequestForm(props: {
  itemId: number;
  request: CoordinationView | null;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today ?? '');
  const { request } = props;
  const [agency, setAgency] = useState(request?.agency ?? '');
  const [person, setPerson] = useState(request?.person ?? '');
  const [askedOn, setAskedOn] = useState(formatDate(request?.askedOn ?? today));
  const [dueOn, setDueOn] = useState(request ? formatDate(request.dueOn) : '');
  const { error, setError, busy, run } = useAction();

  async function submit() {
    const asked = parseTypedDate(askedOn);
    const due = parseTypedDate(dueOn);
    if (!asked) return setError(badDate(t, askedOn));
    if (!due) return setError(badDate(t, dueOn));
    const fields = { agency, person, askedOn: asked, dueOn: due };
    await run(async () => {
      if (request) await call('coordination.update', { id: request.id, ...fields });
      else await call('coordination.add', { itemId: props.itemId, ...fields });
      await props.onSaved();
    });
  }

  return (
    <Modal
      title={t(request ? 'coord.editTitle' : 'coord.addTitle')}
      onClose={props.onClose}
      error={error}
      onSubmit={submit}
    >
      <div className="grid-2">
        <label>
          {t('coord.agency')}
          <input name="agency" value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
        <label>
          {t('coord.person')}
          <input name="person" value={person} onChange={(e) => setPerson(e.target.value)} />
        </label>
        <label>
          {t('coord.askedOn')}
          <input
            name="askedOn"
            value={askedOn}
            onChange={(e) => setAskedOn(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        <label>
          {t('coord.dueOn')}
          <input
            name="dueOn"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
      </div>
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}

function AnswerForm(props: { request: CoordinationView; onClose(): void; onSaved(): Promise<void> }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today ?? '');
  const { request } = props;
  const [answer, setAnswer] = useState<CoordinationAnswer>(request.answer ?? 'agree');
  const [text, setText] = useState(request.answerText);
  const [answeredOn, setAnsweredOn] = useState(formatDate(request.answeredOn ?? today));
  const [file, setFile] = useState<File | null>(null);
  const { error, setError, busy, run } = useAction();

  async function submit() {
    const on = parseTypedDate(answeredOn);
    if (!on) return setError(badDate(t, answeredOn));
    await run(async () => {
      const source: FileSource | null = file ? await fileSource(file) : null;
      await call('coordination.answer', {
        id: request.id,
        answer,
        answerText: text,
        answeredOn: on,
        file: source,
      });
      await props.onSaved();
    });
  }

  return (
    <Modal
      title={t('coord.answerTitle', { agency: request.agency })}
      onClose={props.onClose}
      testId="answer-form"
      error={error}
      onSubmit={submit}
    >
      <fieldset className="answer-choices">
        <legend>{t('coord.col.answer')}</legend>
        {COORDINATION_ANSWERS.map((a) => (
          <label key={a} className="inline">
            <input
              type="radio"
              name="answer"
              value={a}
              checked={answer === a}
              onChange={() => setAnswer(a)}
            />{' '}
            {t(`coord.answer.${a}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('coord.answeredOn')}
        <input
          name="answeredOn"
          value={answeredOn}
          onChange={(e) => setAnsweredOn(e.target.value)}
          placeholder="dd/mm/yyyy"
        />
      </label>
      <label>
        {t('coord.answerText')}
        <textarea name="answerText" value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      </label>
      <label>
        {t('coord.file')}
        <input
          type="file"
          accept=".pdf,.docx,.doc,.png,.jpg,.jpeg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      {request.file && !file && <p className="hint">{t('coord.fileKept', { name: request.file.name })}</p>}
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
