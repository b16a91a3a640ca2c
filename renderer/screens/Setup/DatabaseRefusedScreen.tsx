import type { AppStatus } from '../../../shared/contract/app';
import { errorText, useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { BackupPanel } from '../Settings/BackupPanel';

/** The data file could not be opened: say why and where, and change nothing. */
export function DatabaseRefusedScreen({ status }: { status: AppStatus }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div className="setup">
      <div className="card setup-card" role="alert">
        <h1>{t('error.dbRefused')}</h1>
        {status.error && <p>{errorText(status.error, language)}</p>}
        <p>
          {t('settings.database')}: <code className="path">{status.databasePath}</code>
        </p>
        {/* Restoring a backup is the way out of a damaged or foreign file, so it is offered right here. */}
        <BackupPanel />
      </div>
    </div>
  );
}
