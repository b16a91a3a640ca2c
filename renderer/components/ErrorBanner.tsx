import type { AppErrorData } from '../../shared/errors/appError';
import { errorText, useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';

/**
 * A failed action, said in the user's language. The code is not printed ("[invalid-argument]" means
 * nothing to a secretary); it stays on the element (data-error-code) and in the logs for support calls.
 */
export function ErrorBanner({ error, onDismiss }: { error: AppErrorData; onDismiss?: () => void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div className="error-banner" role="alert" data-error-code={error.code}>
      <strong>{t('error.title')}:</strong> {errorText(error, language)}
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
