import { type KeyboardEvent, type ReactNode, useState } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { BackupPanel } from './BackupPanel';
import { CalendarPanel } from './CalendarPanel';
import { DataCheckPanel } from './DataCheckPanel';
import { RulesPanel } from './RulesPanel';
import { SignaturesPanel } from './SignaturesPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { ThresholdsPanel } from './ThresholdsPanel';

/**
 * Settings is a row of tabs, one panel each. To add a section: one entry here (label key + panel), its
 * panel in its own file. ←/→ move between tabs (WAI-ARIA tabs pattern).
 */
const SETTINGS_TABS: ReadonlyArray<{ id: string; label: MessageKey; panel: () => ReactNode }> = [
  { id: 'general', label: 'settings.tab.general', panel: () => <GeneralPanel /> },
  { id: 'calendar', label: 'settings.tab.calendar', panel: () => <CalendarPanel /> },
  { id: 'rules', label: 'settings.tab.rules', panel: () => <RulesPanel /> },
  { id: 'templates', label: 'settings.tab.templates', panel: () => <TemplatesPanel /> },
  { id: 'thresholds', label: 'settings.tab.thresholds', panel: () => <ThresholdsPanel /> },
  { id: 'dataCheck', label: 'settings.tab.dataCheck', panel: () => <DataCheckPanel /> },
  { id: 'backup', label: 'settings.tab.backup', panel: () => <BackupPanel /> },
  { id: 'signatures', label: 'settings.tab.signatures', panel: () => <SignaturesPanel /> },
];

export function SettingsScreen() {
  const t = useT();
  const [active, setActive] = useState(SETTINGS_TABS[0]?.id ?? '');
  const current = SETTINGS_TABS.find((tab) => tab.id === active) ?? SETTINGS_TABS[0];

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = SETTINGS_TABS.findIndex((tab) => tab.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = SETTINGS_TABS[(index + step + SETTINGS_TABS.length) % SETTINGS_TABS.length];
    if (!next) return;
    setActive(next.id);
    document.getElementById(`settings-tab-${next.id}`)?.focus();
  }

  return (
    <section>
      <h1>{t('settings.title')}</h1>
      <div className="tabs" role="tablist" aria-label={t('settings.tabs')} onKeyDown={onTabKey}>
        {SETTINGS_TABS.map((tab) => (
          <button
            key={tab.id}
            id={`settings-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current?.id}
            aria-controls={`settings-panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className={tab.id === current?.id ? 'tab active' : 'tab'}
            onClick={() => setActive(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`settings-panel-${current.id}`}
          aria-labelledby={`settings-tab-${current.id}`}
          className="tab-panel"
        >
          {current.panel()}
        </div>
      )}
    </section>
  );
}

/** Chung: the agency and where its data lives. */
function GeneralPanel() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  if (!status) return null;
  return (
    <dl className="facts card">
      <dt>{t('settings.agency')}</dt>
      <dd>
        {status.agency?.name} ({status.agency?.code})
      </dd>
      <dt>{t('settings.dataLocation')}</dt>
      <dd>
        <code className="path" data-testid="data-dir">
          {status.dataDir}
        </code>
      </dd>
      <dt>{t('settings.database')}</dt>
      <dd>
        <code className="path">{status.databasePath}</code>
      </dd>
      <dt>{t('settings.version')}</dt>
      <dd>{status.version}</dd>
    </dl>
  );
}
