import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

export function SettingsScreen() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  if (!status) return null;
  return (
    <section>
      <h1>{t('settings.title')}</h1>
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
    </section>
  );
}
