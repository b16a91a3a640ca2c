import { useCallback, useRef, useState } from 'react';
import type { DeadlineView } from '../../shared/contract/calendar';
import { formatDate, weekdayName } from '../../shared/format/dates';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';
import { DeadlineExplanationDialog } from './DeadlineExplanation';

export type DeadlineUrgency = 'red' | 'amber' | 'green';

/**
 * Red when overdue or at most 1 working day is left, amber up to 3 (the signed-documents rule's margin),
 * green beyond. Screens with the agency's own thresholds (the dashboard) pass `urgency` instead.
 */
export function defaultUrgency(deadline: DeadlineView): DeadlineUrgency {
  const left = deadline.workingDaysLeft;
  if (left === undefined) return 'green';
  if (left <= 1) return 'red';
  if (left <= 3) return 'amber';
  return 'green';
}

/**
 * A due date as a secretary scans it: dd/MM/yyyy and weekday, working and calendar days left, coloured
 * by urgency, "Tạm tính" when the year's schedule is not announced. A click (or Enter) opens the
 * explanation. `label` names the rule when a cell shows more than one deadline.
 */
export function DeadlineBadge(props: { deadline: DeadlineView; urgency?: DeadlineUrgency; label?: string }) {
  const { deadline } = props;
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const urgency = props.urgency ?? defaultUrgency(deadline);
  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);

  const wd = deadline.workingDaysLeft;
  const cd = deadline.calendarDaysLeft;
  let left = '';
  if (wd !== undefined && cd !== undefined) {
    if (cd > 0) left = t('deadline.left', { wd, cd });
    else if (cd === 0) left = t('deadline.dueToday');
    else left = t('deadline.overdue', { wd: -wd, cd: -cd });
  }

  return (
    <>
      <button
        type="button"
        ref={opener}
        className={`deadline-badge urgency-${urgency}`}
        data-testid={`deadline-${deadline.rule}`}
        data-due={deadline.due}
        onClick={() => setOpen(true)}
        title={t('deadline.explain')}
        aria-haspopup="dialog"
      >
        {props.label && <span className="deadline-label">{props.label}</span>}
        <span className="deadline-due">
          {weekdayName(deadline.due, language)}, {formatDate(deadline.due)}
        </span>
        {deadline.provisional && <span className="provisional-badge">{t('deadline.provisional')}</span>}
        {left && <span className="deadline-left">{left}</span>}
      </button>
      {open && <DeadlineExplanationDialog deadline={deadline} onClose={close} />}
    </>
  );
}
