import { useEffect, useState } from 'react';
import type { Scorecard, ScorecardMonth } from '../../../shared/contract/reports';
import { formatPercent } from '../../../shared/workProgram/ratio';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { Translate } from '../../i18n/useT';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownMonth } from './common';

const COLORS = { onTime: '#1e7a3c', late: '#d98200', missing: '#b3261e', tasks: '#0b5cad' } as const;

/** Kết quả theo dõi: the agency's own record over the last 12 months, before the Office publishes it. */
export function ScorecardTab() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [card, setCard] = useState<Scorecard | null>(null);
  const { error, setError, run } = useAction();
  useEffect(() => {
    void run(() => call('scorecard', { months: 12 })).then((c) => c && setCard(c));
  }, [run]);
  if (!card) return error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null;
  return (
    <div>
      <p className="muted">
        {t(card.submissionSource === 'agenda-items' ? 'score.sourceDossiers' : 'score.sourceProgram')}
      </p>
      <div className="card">
        <h2>{t('score.chartTitle')}</h2>
        <div className="wp-legend">
          <span>
            <span className="swatch" style={{ background: COLORS.onTime }} />
            {t('score.onTime')}
          </span>
          <span>
            <span className="swatch" style={{ background: COLORS.late }} />
            {t('score.late')}
          </span>
          <span>
            <span className="swatch" style={{ background: COLORS.missing }} />
            {t('score.missing')}
          </span>
          <span>
            <span className="swatch" style={{ background: COLORS.tasks }} />
            {t('score.tasksDone')}
          </span>
        </div>
        <BarChart months={card.months} t={t} />
      </div>
      <div className="card table-card">
        <table className="table compact" aria-label={t('score.table')}>
          <thead>
            <tr>
              <th>{t('report.month')}</th>
              <th className="num">{t('score.onTime')}</th>
              <th className="num">{t('score.late')}</th>
              <th className="num">{t('score.missing')}</th>
              <th className="num">{t('score.program')}</th>
              <th className="num">{t('score.tasks')}</th>
            </tr>
          </thead>
          <tbody>
            {card.months.map((m) => (
              <tr key={m.month} data-testid="score-row">
                <td>{shownMonth(m.month)}</td>
                <td className="num">{m.submissions.onTime}</td>
                <td className="num">{m.submissions.late}</td>
                <td className="num">{m.submissions.missing}</td>
                <td className="num">
                  {m.workProgram.submitted}/{m.workProgram.toSubmit} (
                  {formatPercent(m.workProgram.submittedRatio, language)})
                </td>
                <td className="num">
                  {t('score.taskCell', {
                    done: m.tasks.completed,
                    due: m.tasks.due,
                    failed: m.tasks.notCompleted,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {card.submissionSource === 'agenda-items' && <ByKindTable months={card.months} />}
    </div>
  );
}

const GROUPS = ['ppc-session', 'party-committee', 'leader-session'] as const;
const GROUP_KEYS = {
  'ppc-session': 'score.group.ppc-session',
  'party-committee': 'score.group.party-committee',
  'leader-session': 'score.group.leader-session',
} as const;

/**
 * §5b: the Office's monthly notice reports the regular PPC session and the Party Affairs Committee
 * briefing apart; Chairman / Vice-Chairman working sessions are shown on their own line.
 */
function ByKindTable({ months }: { months: readonly ScorecardMonth[] }) {
  const t = useT();
  return (
    <div className="card table-card">
      <h2>{t('score.byKind.title')}</h2>
      <table className="table compact" aria-label={t('score.byKind.title')} data-testid="score-by-kind">
        <thead>
          <tr>
            <th>{t('report.month')}</th>
            {GROUPS.map((g) => (
              <th key={g} className="num">
                {t(GROUP_KEYS[g])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <td>{shownMonth(m.month)}</td>
              {GROUPS.map((g) => {
                const c = m.byKind[g];
                return (
                  <td key={g} className="num">
                    {c
                      ? t('score.byKind.cell', {
                          onTime: c.onTime,
                          late: c.late,
                          excused: c.lateWithReason,
                          missing: c.missing,
                        })
                      : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('score.byKind.legend')}</p>
    </div>
  );
}

/**
 * A hand-made SVG chart: per month a stacked bar of submissions (on time, late, missing) and, beside it,
 * a thin bar of tasks completed. Scaled to the largest month so small agencies still see their bars.
 */
function BarChart({ months, t }: { months: readonly ScorecardMonth[]; t: Translate }) {
  const width = 960;
  const height = 220;
  const top = 12;
  const bottom = 28;
  const left = 34;
  const plot = height - top - bottom;
  const step = (width - left) / Math.max(months.length, 1);
  const max = Math.max(
    1,
    ...months.map((m) => m.submissions.onTime + m.submissions.late + m.submissions.missing),
    ...months.map((m) => m.tasks.completed),
  );
  const y = (n: number) => (n / max) * plot;
  const ticks = [0, Math.ceil(max / 2), max];
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={t('score.chartTitle')}
      data-testid="scorecard-chart"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width} y1={top + plot - y(tick)} y2={top + plot - y(tick)} stroke="#dde2e8" />
          <text x={left - 6} y={top + plot - y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = left + i * step + step * 0.18;
        const w = step * 0.42;
        let base = top + plot;
        const parts = [
          { n: m.submissions.onTime, color: COLORS.onTime, label: t('score.onTime') },
          { n: m.submissions.late, color: COLORS.late, label: t('score.late') },
          { n: m.submissions.missing, color: COLORS.missing, label: t('score.missing') },
        ];
        return (
          <g key={m.month}>
            {parts.map((p) => {
              const h = y(p.n);
              base -= h;
              return p.n === 0 ? null : (
                <rect key={p.label} x={x} y={base} width={w} height={h} fill={p.color}>
                  <title>{`${shownMonth(m.month)} — ${p.label}: ${p.n}`}</title>
                </rect>
              );
            })}
            {m.tasks.completed > 0 && (
              <rect
                x={x + w + 3}
                y={top + plot - y(m.tasks.completed)}
                width={step * 0.16}
                height={y(m.tasks.completed)}
                fill={COLORS.tasks}
              >
                <title>{`${shownMonth(m.month)} — ${t('score.tasksDone')}: ${m.tasks.completed}`}</title>
              </rect>
            )}
            <text x={left + i * step + step / 2} y={height - 10} textAnchor="middle">
              {shownMonth(m.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
