import { useEffect } from 'react';
import { formatDateWithWeekday } from '../../shared/format/dates';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { AgendaScreen } from '../screens/Agenda/AgendaScreen';
import { DashboardScreen } from '../screens/Dashboard/DashboardScreen';
import { DossiersScreen } from '../screens/Dossiers/DossiersScreen';
import { MeetingsScreen } from '../screens/Meetings/MeetingsScreen';
import { PackagesScreen } from '../screens/Packages/PackagesScreen';
import { NotYetScreen } from '../screens/Placeholder/NotYetScreen';
import { RequestsScreen } from '../screens/Requests/RequestsScreen';
import { SettingsScreen } from '../screens/Settings/SettingsScreen';
import { TasksScreen } from '../screens/Tasks/TasksScreen';
import { WorkProgramScreen } from '../screens/WorkProgram/WorkProgramScreen';
import { SCREENS, type Screen, useAppStore } from '../stores/appStore';
import { LanguageSwitch } from './LanguageSwitch';
import { ShortcutsHelp } from './ShortcutsHelp';

const NAV_LABELS: Record<Screen, MessageKey> = {
  dashboard: 'nav.dashboard',
  meetings: 'nav.meetings',
  dossiers: 'nav.dossiers',
  workProgram: 'nav.workProgram',
  tasks: 'nav.tasks',
  settings: 'nav.settings',
  packages: 'nav.packages',
  agenda: 'nav.agenda',
  requests: 'nav.requests',
};

/** The frame every screen slots into: navigation on the left (Alt+1…7), the screen on the right. */
export function Layout() {
  const t = useT();
  const { screen, setScreen, status, language } = useAppStore();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = SCREENS[index];
      if (target) {
        event.preventDefault();
        setScreen(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setScreen]);

  return (
    <div className="layout">
      <nav className="sidebar" aria-label={t('app.title')}>
        <div className="brand">
          <span className="brand-name">Dossier Desk</span>
          <span className="brand-sub">{t('app.title')}</span>
        </div>
        <ul>
          {SCREENS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className={s === screen ? 'nav-item active' : 'nav-item'}
                aria-current={s === screen ? 'page' : undefined}
                onClick={() => setScreen(s)}
                title={`Alt+${i + 1}`}
              >
                {t(NAV_LABELS[s])}
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          {status && (
            <div className="agency-name" title={status.agency?.name}>
              {status.agency?.name}
            </div>
          )}
          {status && (
            <div className="today">
              {t('app.today')}: {formatDateWithWeekday(status.today, language)}
            </div>
          )}
          {status?.transport === 'browser' && <div className="mode-tag">{t('app.browserMode')}</div>}
          <LanguageSwitch />
        </div>
      </nav>
      <main className="content">{renderScreen(screen)}</main>
      <ShortcutsHelp />
    </div>
  );
}

function renderScreen(screen: Screen) {
  switch (screen) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'meetings':
      return <MeetingsScreen />;
    case 'dossiers':
      return <DossiersScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'packages':
      return <PackagesScreen />;
    case 'workProgram':
      return <WorkProgramScreen />;
    case 'tasks':
      return <TasksScreen />;
    case 'agenda':
      return <AgendaScreen />;
    case 'requests':
      return <RequestsScreen />;
    default:
      return <NotYetScreen titleKey={NAV_LABELS[screen]} />;
  }
}
