/**
 * Places in the dossier views where other parts of the app add their actions (issue 5: "Export package"
 * on a meeting and on an item, and the item's export log; issue 13: "Make the book" on both).
 */
import { useT } from '../../i18n/useT';
import { MakeBookButton } from '../Packages/BookDialog';
import { ItemPackageActions, MeetingPackageActions } from '../Packages/PackageActions';
import { SubmissionDocumentAction } from './SubmissionDocumentAction';

export function MeetingActionsSlot({ meetingId }: { meetingId: number }) {
  const t = useT();
  return (
    <>
      <MeetingPackageActions meetingId={meetingId} />
      <MakeBookButton scope={{ kind: 'meeting', meetingId }} title={t('book.title.meeting')} />
    </>
  );
}

export function ItemActionsSlot({ itemId }: { itemId: number }) {
  const t = useT();
  return (
    <>
      <ItemPackageActions itemId={itemId} />
      <SubmissionDocumentAction itemId={itemId} />
      <MakeBookButton scope={{ kind: 'item', itemId }} title={t('book.title.item')} />
    </>
  );
}
