import { useCallback, useEffect, useState } from 'react';
import {
  COORDINATION_ANSWERS,
  COORDINATION_TEXT_LIMITS,
  type CoordinationAnswer,
  type CoordinationView,
} from '../../../shared/contract/coordination';
import type { FileSource } from '../../../shared/contract/fileSource';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { asErrorData, useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateField, Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { typedDate } from '../WorkProgram/common';
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
  const { error, busy, run } = useAction();
  const labels = {
    agency: t('coord.agency'),
    person: t('coord.person'),
    askedOn: t('coord.askedOn'),
    dueOn: t('coord.dueOn'),
  };
  const fe = useFieldErrors(error, labels);
  const L = COORDINATION_TEXT_LIMITS;

  async function submit() {
    // Dates that cannot be read go as typed: the main process marks them with every other invalid field.
    const fields = { agency, person, askedOn: typedDate(askedOn), dueOn: typedDate(dueOn) };
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
      error={fe.summary}
      onSubmit={submit}
    >
      <div className="grid-2">
        <TextField
          label={labels.agency}
          name="agency"
          value={agency}
          onChange={setAgency}
          max={L.agency}
          errors={fe}
        />
        <TextField
          label={labels.person}
          name="person"
          value={person}
          onChange={setPerson}
          max={L.person}
          errors={fe}
        />
        <DateField label={labels.askedOn} name="askedOn" value={askedOn} onChange={setAskedOn} errors={fe} />
        <DateField label={labels.dueOn} name="dueOn" value={dueOn} onChange={setDueOn} errors={fe} />
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
  const { error, busy, run } = useAction();
  const labels = {
    answer: t('coord.col.answer'),
    answeredOn: t('coord.answeredOn'),
    answerText: t('coord.answerText'),
    file: t('coord.file'),
  };
  const fe = useFieldErrors(error, labels);

  async function submit() {
    const on = typedDate(answeredOn);
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
      error={fe.summary}
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
      <DateField
        label={labels.answeredOn}
        name="answeredOn"
        value={answeredOn}
        onChange={setAnsweredOn}
        errors={fe}
      />
      <TextField
        label={labels.answerText}
        name="answerText"
        value={text}
        onChange={setText}
        max={COORDINATION_TEXT_LIMITS.answerText}
        errors={fe}
        rows={3}
      />
      <Field label={labels.file} name="file" errors={fe}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".pdf,.docx,.doc,.png,.jpg,.jpeg"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {request.file && !file && <p className="hint">{t('coord.fileKept', { name: request.file.name })}</p>}
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
