import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';

/** A navigation slot whose screen is not part of this version yet; it says so plainly. */
export function NotYetScreen({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return (
    <section>
      <h1>{t(titleKey)}</h1>
      <p className="muted">{t('placeholder.notYet')}</p>
    </section>
  );
}
