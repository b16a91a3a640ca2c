import { call } from '../../api/api';
import { useDocumentSettingsForm } from '../../components/DocumentSettingsForm';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';

/** The Decree 30 heading and signature of the letters and reports: set once, used by every document. */
export function DocumentSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const form = useDocumentSettingsForm(() => call('workProgram.documentSettings', {}));
  async function save() {
    if (await form.save((settings) => call('workProgram.saveDocumentSettings', settings))) onClose();
  }
  return (
    <Modal title={t('docs.title')} error={form.summary} onClose={onClose} onSubmit={save} wide>
      {form.fields}
      <FormActions onClose={onClose} disabled={form.busy || !form.settings} />
    </Modal>
  );
}
