import { type ReactNode, useEffect, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors/appError';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKeyShortcut } from '../../components/useKeyShortcut';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useDossierNav } from '../../stores/dossierStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { MeetingForm } from '../Meetings/MeetingForm';
import { ItemView } from './ItemView';
import { MeetingDossier } from './MeetingDossier';

/**
 * Hồ sơ trình: a meeting's agenda items (upcoming meetings first), and an item's checklist, files and
 * coordination. Which one is open lives in the dossier navigation store, so the dashboard and the search
 * can open either directly.
 */
export function DossiersScreen() {
  const t = useT();
  const today = useAppStore((s) => s.status?.today ?? '');
  const { meetingId, itemId, openMeeting } = useDossierNav();
  const { meetings, load, loaded } = useMeetingsStore();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [newMeeting, setNewMeeting] = useState<{ before: Set<number> } | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setError(asErrorData(e)));
  }, [load]);

  // N: a new meeting, as on the Meetings screen.
  useKeyShortcut('n', () =>
    setNewMeeting({ before: new Set(useMeetingsStore.getState().meetings.map((m) => m.id)) }),
  );

  function closeNewMeeting() {
    const before = newMeeting?.before;
    setNewMeeting(null);
    const created = before && useMeetingsStore.getState().meetings.find((m) => !before.has(m.id));
    if (created) openMeeting(created.id);
  }

  const scheduled = meetings.filter((m) => m.status === 'scheduled');
  const fallback = scheduled.find((m) => m.date >= today) ?? scheduled[0] ?? meetings[0];
  const current = meetings.find((m) => m.id === meetingId) ?? fallback;

  let body: ReactNode;
  if (itemId !== null) body = <ItemView key={itemId} itemId={itemId} />;
  else if (!loaded) body = <p className="muted">{t('app.loading')}</p>;
  else if (!current) {
    body = (
      <section>
        <h1>{t('nav.dossiers')}</h1>
        <div className="card empty-state">
          <p>{t('dossier.noMeetings')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => setNewMeeting({ before: new Set(meetings.map((m) => m.id)) })}
          >
            {t('meetings.new')}
          </button>
        </div>
      </section>
    );
  } else {
    body = (
      <MeetingDossier
        key={current.id}
        meeting={current}
        meetings={meetings}
        today={today}
        onNewMeeting={() => setNewMeeting({ before: new Set(meetings.map((m) => m.id)) })}
      />
    );
  }

  return (
    <>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {body}
      {newMeeting && <MeetingForm meeting={null} onClose={closeNewMeeting} />}
    </>
  );
}
