import type { AppErrorData } from '../../shared/errors/appError';
import { errorText, useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';

/** A failed action, said in the user's language; the code stays visible for support calls. */
export function ErrorBanner({ error, onDismiss }: { error: AppErrorData; onDismiss?: () => void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}:</strong> {errorText(error, language)} <code>[{error.code}]</code>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
