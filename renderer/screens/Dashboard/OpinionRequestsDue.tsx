import { useEffect, useState } from 'react';
import { dayNumber, isoFromDayNumber } from '../../../shared/calendar/civilDate';
import type { Value } from '../../../shared/contract';
import { call } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate } from '../WorkProgram/common';
import '../Requests/requests.css';

/** Days ahead the dashboard looks for opinion requests to answer (overdue ones always show). */
const DAYS_AHEAD = 14;

/**
 * Opinion requests to answer, on the dashboard: the overdue ones and those due in the next two weeks,
 * read from the register's duties (the same list the deadline agenda takes). Hidden when there is none.
 */
export function OpinionRequestsDue() {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const setScreen = useAppStore((s) => s.setScreen);
  const [duties, setDuties] = useState<Value<'opinionRequests.duties'>>([]);
  useEffect(() => {
    if (!today) return;
    const to = isoFromDayNumber(dayNumber(today) + DAYS_AHEAD);
    call('opinionRequests.duties', { from: today, to, includeOverdue: true })
      .then(setDuties)
      .catch((e: unknown) => console.warn('opinionRequests.duties', e));
  }, [today]);
  if (duties.length === 0) return null;
  const overdue = duties.filter((d) => d.state === 'overdue').length;
  return (
    <div className={overdue > 0 ? 'card at-risk' : 'card'} data-testid="dashboard-requests">
      <h2>{t('req.dashboard.title', { n: duties.length })}</h2>
      {overdue > 0 && <p className="issue">{t('req.overdueWarning', { n: overdue })}</p>}
      <ul className="plain-list">
        {duties.slice(0, 8).map((d) => (
          <li key={d.key}>
            <span className={d.state === 'overdue' ? 'status bad' : 'status warn'}>{shownDate(d.due)}</span>{' '}
            {d.title}
            {d.assignee ? <span className="muted"> — {d.assignee}</span> : null}
          </li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => setScreen('requests')}>
        {t('req.dashboard.open')}
      </button>
    </div>
  );
}
