import { useCallback, useEffect, useState } from 'react';
import { type MonthlyReportView, REPORT_NOTES_LIMIT } from '../../../shared/contract/reports';
import { addMonths } from '../../../shared/workProgram/monthRange';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { useAction } from '../../api/useAction';
import { useHeadingGate } from '../../components/DocumentMaker';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField, useFieldErrors } from '../../components/FieldErrors';
import { MonthPicker } from '../../components/MonthPicker';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate } from './common';
import { DocumentSettingsDialog } from './DocumentSettingsDialog';

/**
 * Báo cáo tháng: the figures exactly as the documents print them (one model, see reports.monthly), the
 * late items with cause / remedy / new schedule, the two free texts, and the DOCX and XLSX buttons.
 */
export function MonthlyReportTab() {
  const t = useT();
  const { language, status } = useAppStore();
  const today = status?.today ?? '2000-01-01';
  // On the 1st–14th the report due is last month's; the month before is what a secretary opens first.
  const [month, setMonth] = useState(addMonths(today.slice(0, 7), -1));
  const [view, setView] = useState<MonthlyReportView | null>(null);
  const [difficulties, setDifficulties] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [notice, setNotice] = useState('');
  const [editingSettings, setEditingSettings] = useState(false);
  const { error, setError, busy, run } = useAction();
  const fe = useFieldErrors(error, {
    difficulties: t('report.difficulties'),
    recommendations: t('report.recommendations'),
  });

  const load = useCallback(async () => {
    const v = await run(() => call('reports.monthly', { month }));
    if (v) {
      setView(v);
      setDifficulties(v.difficulties);
      setRecommendations(v.recommendations);
    }
  }, [month, run]);
  useEffect(() => {
    void load();
  }, [load]);

  async function saveNotes() {
    const ok = await run(() => call('reports.saveNotes', { month, difficulties, recommendations }));
    if (ok) setNotice(t('report.notesSaved'));
  }

  // The shared document heading is asked for once, before the first document of any kind.
  const heading = useHeadingGate();
  async function produce(format: 'docx' | 'xlsx') {
    await run(async () => {
      await call('reports.saveNotes', { month, difficulties, recommendations });
      const file = await call('reports.monthlyFile', { month, format });
      await deliverFile(file, status?.transport ?? 'browser');
      setNotice(t('report.produced', { name: file.name }));
    });
  }

  const d = view?.deadline;
  return (
    <div>
      <div className="filters">
        <label>
          {t('report.monthReported')}
          <MonthPicker value={month} onChange={(v) => v && setMonth(v)} />
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void heading.gate(() => produce('docx'))}
          disabled={busy}
        >
          {t('report.docx')}
        </button>
        <button type="button" onClick={() => void heading.gate(() => produce('xlsx'))} disabled={busy}>
          {t('report.xlsx')}
        </button>
        <button type="button" onClick={() => setEditingSettings(true)}>
          {t('docs.open')}
        </button>
      </div>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {editingSettings && <DocumentSettingsDialog onClose={() => setEditingSettings(false)} />}
      {heading.dialog}
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {view && d && (
        <>
          <div
            className={(d.calendarDaysLeft ?? 0) < 0 ? 'deadline-note overdue' : 'deadline-note'}
            data-testid="report-deadline"
          >
            {(d.calendarDaysLeft ?? 0) < 0
              ? t('report.deadlinePassed', {
                  reported: monthText(d.months?.reported ?? month),
                  sent: monthText(d.months?.sent ?? addMonths(month, 1)),
                  date: shownDate(d.due),
                  time: d.dueTime,
                })
              : t('report.deadline', {
                  reported: monthText(d.months?.reported ?? month),
                  sent: monthText(d.months?.sent ?? addMonths(month, 1)),
                  date: shownDate(d.due),
                  time: d.dueTime,
                  left: d.workingDaysLeft ?? 0,
                })}
            {d.provisional && <span className="muted"> — {t('report.provisional')}</span>}
            <div className="muted">{language === 'vi' ? d.explanation.vi : d.explanation.en}</div>
          </div>
          <h2>{language === 'vi' ? view.subject : view.subjectEn}</h2>
          <div className="figures" data-testid="report-figures">
            {view.figures.map((f) => (
              <div className="figure" key={f.key} data-key={f.key}>
                <div className="value">{language === 'vi' ? f.value : f.value.replace(',', '.')}</div>
                <div className="label">{language === 'vi' ? f.vi : f.en}</div>
              </div>
            ))}
          </div>
          {view.undatedItems > 0 && (
            <p className="issue warn">{t('report.undated', { n: view.undatedItems })}</p>
          )}
          <div className="two-col">
            <div>
              <div className="card table-card">
                <h2>{t('report.late')}</h2>
                {view.lateRows.length === 0 ? (
                  <p className="muted" style={{ padding: '0 16px' }}>
                    {t('report.noLate')}
                  </p>
                ) : (
                  <table className="table compact">
                    <thead>
                      <tr>
                        <th>{t('wp.col.title')}</th>
                        <th>{t('wp.col.month')}</th>
                        <th>{t('wp.lateCause')}</th>
                        <th>{t('wp.newSchedule')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {view.lateRows.map((row) => {
                        // The model's texts are the document's (Vietnamese); English mode shows its own.
                        const r = language === 'vi' ? row : { ...row, ...row.en };
                        return (
                          <tr key={`${r.number}-${r.title}`}>
                            <td>
                              {r.title}
                              {r.submittedLater && <div className="muted">{r.submittedLater}</div>}
                            </td>
                            <td className="nowrap">{r.targetMonth}</td>
                            <td>
                              {r.cause || <span className="issue warn">{t('report.noCause')}</span>}
                              {r.remedy && <div className="muted">{r.remedy}</div>}
                            </td>
                            <td className="nowrap">{r.newSchedule}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                )}
              </div>
              <div className="card">
                <h2>{t('report.tasks')}</h2>
                <p>
                  {t('report.taskCounts', {
                    total: view.taskCounts.total,
                    completed: view.taskCounts.completed,
                    notCompleted: view.taskCounts.notCompleted,
                    pending: view.taskCounts.pending,
                  })}
                </p>
              </div>
            </div>
            <div>
              <TextField
                label={t('report.difficulties')}
                name="difficulties"
                value={difficulties}
                onChange={setDifficulties}
                max={REPORT_NOTES_LIMIT}
                errors={fe}
                rows={5}
              />
              <TextField
                label={t('report.recommendations')}
                name="recommendations"
                value={recommendations}
                onChange={setRecommendations}
                max={REPORT_NOTES_LIMIT}
                errors={fe}
                rows={5}
              />
              <button type="button" onClick={() => void saveNotes()} disabled={busy}>
                {t('report.saveNotes')}
              </button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** '2026-02' → '02/2026', the way the month convention names months everywhere. */
function monthText(yearMonth: string): string {
  return `${yearMonth.slice(5)}/${yearMonth.slice(0, 4)}`;
}
