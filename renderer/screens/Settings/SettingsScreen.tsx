import { type ReactNode, useState } from 'react';
import { Tabs } from '../../components/Tabs';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { AgencyDetailsForm } from './AgencyDetailsForm';
import { BackupPanel } from './BackupPanel';
import { CalendarPanel } from './CalendarPanel';
import { DataCheckPanel } from './DataCheckPanel';
import { KindThresholdsPanel } from './KindThresholdsPanel';
import { LogFolderFacts } from './LogFolderFacts';
import { RequestSettingsPanel } from './RequestSettingsPanel';
import { RulesPanel } from './RulesPanel';
import { SignaturesPanel } from './SignaturesPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { ThresholdsPanel } from './ThresholdsPanel';

/**
 * Settings is a row of tabs, one panel each. To add a section: one entry here (label key + panel), its
 * panel in its own file. ←/→ move between tabs (components/Tabs).
 */
const SETTINGS_TABS: ReadonlyArray<{ id: string; label: MessageKey; panel: () => ReactNode }> = [
  { id: 'general', label: 'settings.tab.general', panel: () => <GeneralPanel /> },
  { id: 'calendar', label: 'settings.tab.calendar', panel: () => <CalendarPanel /> },
  { id: 'rules', label: 'settings.tab.rules', panel: () => <RulesPanel /> },
  { id: 'templates', label: 'settings.tab.templates', panel: () => <TemplatesPanel /> },
  {
    id: 'thresholds',
    label: 'settings.tab.thresholds',
    panel: () => (
      <>
        <ThresholdsPanel />
        <KindThresholdsPanel />
      </>
    ),
  },
  { id: 'dataCheck', label: 'settings.tab.dataCheck', panel: () => <DataCheckPanel /> },
  { id: 'backup', label: 'settings.tab.backup', panel: () => <BackupPanel /> },
  { id: 'requests', label: 'req.settings', panel: () => <RequestSettingsPanel /> },
  { id: 'signatures', label: 'settings.tab.signatures', panel: () => <SignaturesPanel /> },
];

export function SettingsScreen() {
  const t = useT();
  const [active, setActive] = useState(SETTINGS_TABS[0]?.id ?? '');
  const current = SETTINGS_TABS.find((tab) => tab.id === active) ?? SETTINGS_TABS[0];

  return (
    <section>
      <h1>{t('settings.title')}</h1>
      <Tabs
        label={t('settings.tabs')}
        tabs={SETTINGS_TABS.map((tab) => ({ key: tab.id, label: t(tab.label) }))}
        active={current?.id ?? ''}
        onChange={setActive}
      >
        {current?.panel()}
      </Tabs>
    </section>
  );
}

/** Chung: the agency, where its data lives, and its log. */
function GeneralPanel() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  if (!status) return null;
  return (
    <>
      <AgencyDetailsForm />
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
        <LogFolderFacts />
      </dl>
    </>
  );
}
