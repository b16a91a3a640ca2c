import { useState } from 'react';
import type { DashboardEntry } from '../../../shared/contract/dashboard';
import { formatDate, formatDateWithWeekday, weekdayName } from '../../../shared/format/dates';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/**
 * A coordinating agency's answer awaited by a date the agency itself set (not an engine rule), in the same
 * look as the deadline badges. A click shows what it is and how far off it is.
 */
export function CoordinationDueBadge({ entry }: { entry: DashboardEntry }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const cd = entry.calendarDaysLeft;
  const left =
    cd > 0
      ? t('deadline.left', { wd: entry.workingDaysLeft, cd })
      : cd === 0
        ? t('deadline.dueToday')
        : t('deadline.overdue', { wd: -entry.workingDaysLeft, cd: -cd });
  return (
    <>
      <button
        type="button"
        className={`deadline-badge urgency-${entry.urgency}`}
        data-testid="deadline-coordination-answer"
        data-due={entry.due}
        onClick={() => setOpen(true)}
        title={t('deadline.explain')}
        aria-haspopup="dialog"
      >
        <span className="deadline-label">{t('dashboard.rule.coordinationShort')}</span>
        <span className="deadline-due">
          {weekdayName(entry.due, language)}, {formatDate(entry.due)}
        </span>
        <span className="deadline-left">{left}</span>
      </button>
      {open && (
        <Modal
          title={t('dashboard.rule.coordination', { agency: entry.coordination?.agency ?? '' })}
          onClose={() => setOpen(false)}
        >
          <dl className="facts compact">
            <dt>{t('deadline.due')}</dt>
            <dd>
              <strong>{formatDateWithWeekday(entry.due, language)}</strong> — {left}
            </dd>
            <dt>{t('deadline.howComputed')}</dt>
            <dd>{language === 'vi' ? entry.explanation.vi : entry.explanation.en}</dd>
          </dl>
          <p className="note muted">{t('dashboard.coordinationNote')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('deadline.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
