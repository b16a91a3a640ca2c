import { useCallback, useEffect, useState } from 'react';
import type { TaskView } from '../../../shared/contract/tasks';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
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
  async function save() {
    const saved = await run(async () => {
      const fields = {
        sourceDocument,
        content,
        deadline: typedDate(deadline, t('tasks.col.deadline')),
        leader,
      };
      if (!task) return call('tasks.create', fields);
      return call('tasks.update', {
        id: task.id,
        ...fields,
        status: completed ? 'completed' : 'in-progress',
        completedOn: completed ? optionalTypedDate(completedOn, t('tasks.completedOn')) : null,
      });
    });
    if (saved) onClose();
  }
  return (
    <Modal
      title={t(task ? 'tasks.form.edit' : 'tasks.form.new')}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <label>
        {t('tasks.col.source')}
        <input value={sourceDocument} onChange={(e) => setSource(e.target.value)} autoFocus />
      </label>
      <label>
        {t('tasks.col.content')}
        <textarea value={content} onChange={(e) => setContent(e.target.value)} rows={3} />
      </label>
      <div className="grid-2">
        <label>
          {t('tasks.col.deadline')}
          <input value={deadline} onChange={(e) => setDeadline(e.target.value)} placeholder="dd/mm/yyyy" />
        </label>
        <label>
          {t('tasks.col.leader')}
          <input value={leader} onChange={(e) => setLeader(e.target.value)} />
        </label>
      </div>
      {task && (
        <div className="grid-2">
          <label className="inline">
            <input type="checkbox" checked={completed} onChange={(e) => setCompleted(e.target.checked)} />{' '}
            {t('tasks.completed')}
          </label>
          {completed && (
            <label>
              {t('tasks.completedOn')}
              <input
                value={completedOn}
                onChange={(e) => setCompletedOn(e.target.value)}
                placeholder="dd/mm/yyyy"
              />
            </label>
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
  async function save() {
    const saved = await run(() =>
      call('tasks.report', { id: task.id, submittedOn: typedDate(on, t('tasks.reportOn')), reason }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('tasks.report')} error={error} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <p className="muted">{t('tasks.reportHelp', { date: shownDate(task.extensionReport.due) })}</p>
      <label>
        {t('tasks.reportOn')}
        <input value={on} onChange={(e) => setOn(e.target.value)} placeholder="dd/mm/yyyy" autoFocus />
      </label>
      <label>
        {t('tasks.reason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      </label>
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
  async function save() {
    const saved = await run(() =>
      call('tasks.extend', {
        id: task.id,
        newDeadline: typedDate(deadline, t('tasks.newDeadline')),
        grantedOn: typedDate(granted, t('tasks.grantedOn')),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('tasks.extend')} error={error} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <p className="muted">{t('tasks.extendHelp', { date: shownDate(task.deadline) })}</p>
      <label>
        {t('tasks.newDeadline')}
        <input
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          placeholder="dd/mm/yyyy"
          autoFocus
        />
      </label>
      <label>
        {t('tasks.grantedOn')}
        <input value={granted} onChange={(e) => setGranted(e.target.value)} placeholder="dd/mm/yyyy" />
      </label>
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
    <Modal title={t('tasks.assess')} error={error} onClose={onClose} onSubmit={save}>
      <p>{task.content}</p>
      <label>
        {t('tasks.legitimate')}
        <select
          value={legitimate}
          onChange={(e) => setLegitimate(e.target.value as Judgement)}
          disabled={!task.report}
          autoFocus
        >
          <option value="">{t('tasks.notJudged')}</option>
          <option value="yes">{t('tasks.legitimate.yes')}</option>
          <option value="no">{t('tasks.legitimate.no')}</option>
        </select>
      </label>
      <label>
        {t('tasks.quality')}
        <select
          value={quality}
          onChange={(e) => setQuality(e.target.value as '' | 'adequate' | 'insufficient')}
          disabled={task.status !== 'completed'}
        >
          <option value="">{t('tasks.notJudged')}</option>
          <option value="adequate">{t('tasks.quality.adequate')}</option>
          <option value="insufficient">{t('tasks.quality.insufficient')}</option>
        </select>
      </label>
      <label>
        {t('tasks.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
