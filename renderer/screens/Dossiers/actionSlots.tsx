/**
 * Places in the dossier views where other parts of the app add their actions (issue 5: "Export package"
 * on a meeting and on an item, and the item's export log).
 */
import { ItemPackageActions, MeetingPackageActions } from '../Packages/PackageActions';
import { SubmissionDocumentAction } from './SubmissionDocumentAction';

export function MeetingActionsSlot({ meetingId }: { meetingId: number }) {
  return <MeetingPackageActions meetingId={meetingId} />;
}

export function ItemActionsSlot({ itemId }: { itemId: number }) {
  return (
    <>
      <ItemPackageActions itemId={itemId} />
      <SubmissionDocumentAction itemId={itemId} />
    </>
  );
}
