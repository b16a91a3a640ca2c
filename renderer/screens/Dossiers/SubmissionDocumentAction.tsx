import { call } from '../../api/api';
import { DocumentButton } from '../../components/DocumentButton';
import { useT } from '../../i18n/useT';

/** Tờ trình skeleton of the item (§4c), from where the user prepares the dossier. */
export function SubmissionDocumentAction({ itemId }: { itemId: number }) {
  const t = useT();
  return (
    <DocumentButton
      label={t('doc.submission')}
      testId="make-submission"
      produce={() => call('documents.submission', { agendaItemId: itemId })}
    />
  );
}
