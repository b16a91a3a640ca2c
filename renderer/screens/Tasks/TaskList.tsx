import { useCallback, useEffect, useState } from 'react';
import { TASK_TEXT_LIMITS, type TaskView } from '../../../shared/contract/tasks';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateField, Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useKeyShortcut } from '../../components/useKeyShortcut';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { RegisterImportDialog } from '../Import/RegisterImportDialog';
import { optionalTypedDate, shownDate, typedDate } from '../WorkProgram/common';
import { ExtensionReportDialog } from './ExtensionReportDialog';

type Filter = 'all' | 'open' | 'not-completed';
type Dialog =
  | { kind: 'new' | 'import' }
  | { kind: 'edit' | 'report' | 'assess' | 'extend' | 'extension'; task: TaskView }
  | null;

function outcomeClass(task: TaskView): string {
  if (task.outcome.notCompleted) return 'status bad';
  if (task.outcome.completed) return 'status good';
  return 'status warn';
}

/** The assigned tasks with the engine's extension-report date and the §1g outcome, judged today. */
export function TaskList() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [tasks, setTasks] = useState<TaskView[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [dialog, setDialog] = useState<Dialog>(null);
  const { error, setError, run } = useAction();

  const load = useCallback(async () => {
    const list = await run(() => call('tasks.list', { filter }));
    if (list) setTasks(list);
  }, [filter, run]);
  useEffect(() => {
    void load();
  }, [load]);
  useKeyShortcut('n', () => setDialog({ kind: 'new' }), { enabled: !dialog });

  const close = () => {
    setDialog(null);
    void load();
  };

  return (
    <div>
      <div className="filters">
        <label>
          {t('tasks.filter')}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('tasks.filter.all')}</option>
            <option value="open">{t('tasks.filter.open')}</option>
            <option value="not-completed">{t('tasks.filter.notCompleted')}</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })} title="N">
          {t('tasks.new')}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('req.import')}
        </button>
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {tasks.length === 0 ? (
        <p className="muted empty">{t('tasks.empty')}</p>
      ) : (
        <div className="card table-card">
          <table className="table compact" aria-label={t('tasks.tab.tasks')}>
            <thead>
              <tr>
                <th>{t('tasks.col.source')}</th>
                <th>{t('tasks.col.content')}</th>
                <th>{t('tasks.col.deadline')}</th>
                <th>{t('tasks.col.reportDue')}</th>
                <th>{t('tasks.col.leader')}</th>
                <th>{t('tasks.col.outcome')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} data-testid="task-row">
                  <td>{task.sourceDocument}</td>
                  <td className="wide">{task.content}</td>
                  <td className="nowrap">
                    {shownDate(task.deadline)}
                    {task.extension && (
                      <div className="muted small" data-testid="task-extension">
                        {t('tasks.extendedLine', {
                          from: shownDate(task.extension.originalDeadline),
                          on: shownDate(task.extension.grantedOn),
                        })}
                      </div>
                    )}
                  </td>
                  <td
                    className="nowrap"
                    title={
                      language === 'vi'
                        ? task.extensionReport.explanation.vi
                        : task.extensionReport.explanation.en
                    }
                  >
                    {shownDate(task.extensionReport.due)}
                  </td>
                  <td>{task.leader}</td>
                  <td>
                    <span className={`${outcomeClass(task)} wrap`}>
                      {language === 'vi' ? task.outcome.vi : task.outcome.en}
                    </span>
                    {task.report && (
                      <div className="muted">
                        {t('tasks.reportLine', {
                          date: shownDate(task.report.submittedOn),
                          reason: task.report.reason,
                        })}
                      </div>
                    )}
                    {task.assessmentNote && <div className="muted">{task.assessmentNote}</div>}
                  </td>
                  <td className="actions stacked">
                    <button type="button" className="link" onClick={() => setDialog({ kind: 'edit', task })}>
                      {t('wp.edit')}
                    </button>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDialog({ kind: 'report', task })}
                    >
                      {t('tasks.report')}
                    </button>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDialog({ kind: 'assess', task })}
                    >
                      {t('tasks.assess')}
                    </button>
                    {task.status !== 'completed' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => setDialog({ kind: 'extend', task })}
                      >
                        {t('tasks.extend')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDialog({ kind: 'extension', task })}
                    >
                      {t('doc.extension')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'new' && <TaskForm task={null} onClose={close} />}
      {dialog?.kind === 'edit' && <TaskForm task={dialog.task} onClose={close} />}
      {dialog?.kind === 'report' && <ReportDialog task={dialog.task} onClose={close} />}
      {dialog?.kind === 'assess' && <AssessDialog task={dialog.task} onClose={close} />}
      {dialog?.kind === 'extend' && <ExtendDialog task={dialog.task} onClose={close} />}
      {dialog?.kind === 'extension' && <ExtensionReportDialog task={dialog.task} onClose={close} />}
      {dialog?.kind === 'import' && <RegisterImportDialog target="tasks" onClose={close} />}
    </div>
  );
}

function TaskForm({ task, onClose }: { task: TaskView | null; onClose(): void }) {
  const t = useT();
  const [sourceDocument, setSource] = useState(task?.sourceDocument ?? '');
  const [content, setContent] = useState(task?.content ?? '');
  const [deadline, setDeadline] = useState(shownDate(task?.deadline));
  const [leader, setLeader] = useState(task?.leader ?? '');
  const [completed, setCompleted] = useState(task?.status === 'completed');
  const [completedOn, setCompletedOn] = useState(shownDate(task?.completedOn));
  const { error, busy, run } = useAction();
  const labels = {
    sourceDocument: t('tasks.col.source'),
    content: t('tasks.col.content'),
    deadline: t('tasks.col.deadline'),
    leader: t('tasks.col.leader'),
    completedOn: t('tasks.completedOn'),
  };
  const fe = useFieldErrors(error, labels);
  const L = TASK_TEXT_LIMITS;
  async function save() {
    const saved = await run(async () => {
      const fields = {
        sourceDocument,
        content,
        deadline: typedDate(deadline),
        leader,
      };
      if (!task) return call('tasks.create', fields);
      return call('tasks.update', {
        id: task.id,
        ...fields,
        status: completed ? 'completed' : 'in-progress',
        completedOn: completed ? optionalTypedDate(completedOn) : null,
      });
    });
    if (saved) onClose();
  }
  return (
    <Modal
      title={t(task ? 'tasks.form.edit' : 'tasks.form.new')}
      error={fe.summary}
      onClose={onClose}
      onSubmit={save}
    >
      <TextField
        label={labels.sourceDocument}
        name="sourceDocument"
        value={sourceDocument}
        onChange={setSource}
        max={L.sourceDocument}
        errors={fe}
        autoFocus
      />
      <TextField
        label={labels.content}
        name="content"
        value={content}
        onChange={setContent}
        max={L.content}
        errors={fe}
        rows={3}
      />
      <div className="grid-2">
        <DateField
          label={labels.deadline}
          name="deadline"
          value={deadline}
          onChange={setDeadline}
          errors={fe}
        />
        <TextField
          label={labels.leader}
          name="leader"
          value={leader}
          onChange={setLeader}
          max={L.leader}
          errors={fe}
        />
      </div>
      {task && (
        <div className="grid-2">
          <label className="inline">
            <input type="checkbox" checked={completed} onChange={(e) => setCompleted(e.target.checked)} />{' '}
            {t('tasks.completed')}
          </label>
          {completed && (
            <DateField
              label={labels.completedOn}
              name="completedOn"
              value={completedOn}
              onChange={setCompletedOn}
              errors={fe}
            />
          )}
        </div>
      )}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}

function ReportDialog({ task, onClose }: { task: TaskView; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const [on, setOn] = useState(shownDate(task.report?.submittedOn ?? today));
  const [reason, setReason] = useState(task.report?.reason ?? '');
  const { error, busy, run } = useAction();
  const labels = { submittedOn: t('tasks.reportOn'), reason: t('tasks.reason') };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(() => call('tasks.report', { id: task.id, submittedOn: typedDate(on), reason }));
    if (saved) onClose();
  }
  return (
    <Modal title={t('tasks.report')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <p className="muted">{t('tasks.reportHelp', { date: shownDate(task.extensionReport.due) })}</p>
      <DateField
        label={labels.submittedOn}
        name="submittedOn"
        value={on}
        onChange={setOn}
        errors={fe}
        autoFocus
      />
      <TextField
        label={labels.reason}
        name="reason"
        value={reason}
        onChange={setReason}
        max={TASK_TEXT_LIMITS.reason}
        errors={fe}
        rows={3}
      />
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}

/** Gia hạn: the leadership granted more time; the task gets a new deadline and a new report date. */
function ExtendDialog({ task, onClose }: { task: TaskView; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const [deadline, setDeadline] = useState('');
  const [granted, setGranted] = useState(shownDate(today));
  const { error, busy, run } = useAction();
  const labels = { newDeadline: t('tasks.newDeadline'), grantedOn: t('tasks.grantedOn') };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(() =>
      call('tasks.extend', {
        id: task.id,
        newDeadline: typedDate(deadline),
        grantedOn: typedDate(granted),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('tasks.extend')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <p className="muted">{t('tasks.extendHelp', { date: shownDate(task.deadline) })}</p>
      <DateField
        label={labels.newDeadline}
        name="newDeadline"
        value={deadline}
        onChange={setDeadline}
        errors={fe}
        autoFocus
      />
      <DateField
        label={labels.grantedOn}
        name="grantedOn"
        value={granted}
        onChange={setGranted}
        errors={fe}
      />
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}

type Judgement = '' | 'yes' | 'no';

function AssessDialog({ task, onClose }: { task: TaskView; onClose(): void }) {
  const t = useT();
  const [legitimate, setLegitimate] = useState<Judgement>(
    task.report?.reasonLegitimate === true ? 'yes' : task.report?.reasonLegitimate === false ? 'no' : '',
  );
  const [quality, setQuality] = useState<'' | 'adequate' | 'insufficient'>(task.quality ?? '');
  const [note, setNote] = useState(task.assessmentNote);
  const { error, busy, run } = useAction();
  const labels = {
    reasonLegitimate: t('tasks.legitimate'),
    quality: t('tasks.quality'),
    note: t('tasks.note'),
  };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(() =>
      call('tasks.assess', {
        id: task.id,
        reasonLegitimate: legitimate === '' ? null : legitimate === 'yes',
        quality: quality === '' ? null : quality,
        note,
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('tasks.assess')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <Field label={labels.reasonLegitimate} name="reasonLegitimate" errors={fe}>
        {(p) => (
          <select
            {...p}
            value={legitimate}
            onChange={(e) => setLegitimate(e.target.value as Judgement)}
            disabled={!task.report}
            autoFocus
          >
            <option value="">{t('tasks.notJudged')}</option>
            <option value="yes">{t('tasks.legitimate.yes')}</option>
            <option value="no">{t('tasks.legitimate.no')}</option>
          </select>
        )}
      </Field>
      <Field label={labels.quality} name="quality" errors={fe}>
        {(p) => (
          <select
            {...p}
            value={quality}
            onChange={(e) => setQuality(e.target.value as '' | 'adequate' | 'insufficient')}
            disabled={task.status !== 'completed'}
          >
            <option value="">{t('tasks.notJudged')}</option>
            <option value="adequate">{t('tasks.quality.adequate')}</option>
            <option value="insufficient">{t('tasks.quality.insufficient')}</option>
          </select>
        )}
      </Field>
      <TextField
        label={labels.note}
        name="note"
        value={note}
        onChange={setNote}
        max={TASK_TEXT_LIMITS.note}
        errors={fe}
      />
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
