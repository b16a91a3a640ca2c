import { useEffect } from 'react';
import { dayNumber } from '../../../shared/calendar/civilDate';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useMeetingsStore } from '../../stores/meetingsStore';

/** The start screen. Deadlines and dossier status join it with the dossier workspace. */
export function DashboardScreen() {
  const t = useT();
  const { status, language, setScreen } = useAppStore();
  const { meetings, load } = useMeetingsStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (!status) return null;
  const today = dayNumber(status.today);
  const upcoming = meetings.filter((m) => m.status === 'scheduled' && dayNumber(m.date) >= today).slice(0, 8);

  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <div className="card">
        <h2>{t('dashboard.nextMeetings')}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{t('dashboard.none')}</p>
        ) : (
          <ul className="next-meetings">
            {upcoming.map((m) => {
              const days = dayNumber(m.date) - today;
              return (
                <li key={m.id}>
                  <button type="button" className="link" onClick={() => setScreen('meetings')}>
                    <span className="nowrap">{formatDateWithWeekday(m.date, language)}</span>
                    <span className="badge">
                      {days === 0 ? t('dashboard.todayMeeting') : t('dashboard.inDays', { n: days })}
                    </span>
                    <span className="muted">{t(`meetingKind.${m.kind}`)}</span>
                    <span>{m.title}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
