import { useEffect, useState } from 'react';
import type { DocumentSettings } from '../../../shared/contract/workProgram';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { HeadingFields, useHeadingErrors } from '../../components/DocumentMaker';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';

/** The Decree 30 heading and signature of the letters and reports: set once, used by every document. */
export function DocumentSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [settings, setSettings] = useState<DocumentSettings | null>(null);
  const [recipients, setRecipients] = useState('');
  const { error, busy, run } = useAction();
  const fe = useHeadingErrors(error);
  useEffect(() => {
    void run(() => call('workProgram.documentSettings', {})).then((s) => {
      if (s) {
        setSettings(s);
        setRecipients(s.recipients.join('\n'));
      }
    });
  }, [run]);
  async function save() {
    if (!settings) return;
    const saved = await run(() =>
      call('workProgram.saveDocumentSettings', {
        ...settings,
        recipients: recipients
          .split('\n')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('docs.title')} error={fe.summary} onClose={onClose} onSubmit={save} wide>
      {settings && (
        <HeadingFields
          settings={settings}
          onChange={setSettings}
          recipients={recipients}
          onRecipientsChange={setRecipients}
          error={error}
        />
      )}
      <FormActions onClose={onClose} disabled={busy || !settings} />
    </Modal>
  );
}
