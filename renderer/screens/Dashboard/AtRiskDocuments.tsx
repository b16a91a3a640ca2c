import type { Dashboard } from '../../../shared/contract/dashboard';
import { SIGNATURE_STATE_TEXT } from '../../../shared/packages/signatureState';
import { useT } from '../../i18n/useT';
import { useBilingual } from '../Dossiers/common';

type Document = Dashboard['atRisk'][number]['unsigned'][number];

/**
 * The documents of an item at risk that still need a trusted signature, each with what its file says, in
 * the words the cover sheet, dossier.json and the verify screen use: "valid but not trusted" is never
 * shown as signed, an invalid signature says so, and an entry with no PDF says that.
 */
export function AtRiskDocuments({ documents }: { documents: readonly Document[] }) {
  const t = useT();
  const bilingual = useBilingual();
  return (
    <strong>
      {t('dashboard.atRisk.toSign')}:{' '}
      {documents.map((d, i) => {
        const words = d.signature ? SIGNATURE_STATE_TEXT[d.signature] : null;
        return (
          <span key={d.id} data-testid="at-risk-document" data-signature={d.signature ?? 'no-pdf'}>
            {i > 0 && '; '}
            {d.label}{' '}
            <span className={d.signature === 'invalid' ? 'error-text' : 'warn-text'}>
              ({words ? bilingual(words) : t('dashboard.atRisk.noPdf')})
            </span>
          </span>
        );
      })}
    </strong>
  );
}
