import { useEffect, useState } from 'react';
import type { AttachmentView } from '../../../shared/contract/attachments';
import type { TokenCertificateView } from '../../../shared/contract/signatures';
import { formatDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { Field, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';

const keyOf = (c: TokenCertificateView) => `${c.tokenLabel}\u0000${c.idHex}`;

/**
 * Ký số: pick a certificate on the token, type the PIN, optionally place a visible stamp. The PIN lives in
 * this dialog's state only, goes out in the signing call's body and is cleared whatever the outcome.
 */
export function SignDialog(props: {
  attachment: AttachmentView;
  onClose(): void;
  onSigned(): Promise<void>;
}) {
  const t = useT();
  const { error, setError, busy, run } = useAction();
  const [certificates, setCertificates] = useState<TokenCertificateView[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [pin, setPin] = useState('');
  const [stamp, setStamp] = useState(true);
  const [page, setPage] = useState('1');
  const pages = props.attachment.pdf?.pages ?? 1;
  // A wrong or locked PIN marks the PIN field, a certificate that may not sign marks the certificate.
  const fe = useFieldErrors(error, {
    pin: t('sig.dialog.pin'),
    certificateId: t('sig.dialog.certificate'),
    stampPage: t('sig.dialog.stamp'),
  });

  useEffect(() => {
    void run(async () => {
      const [listed, settings] = await Promise.all([
        call('signatures.token.certificates', {}),
        call('signatures.settings.get', {}),
      ]);
      setCertificates(listed.certificates);
      const remembered = listed.certificates.find(
        (c) => c.tokenLabel === settings.lastTokenLabel && c.idHex === settings.lastCertificateId,
      );
      const first = remembered ?? listed.certificates.find((c) => c.maySign) ?? listed.certificates[0];
      if (first) setChosen(keyOf(first));
    });
  }, [run]);

  const certificate = certificates?.find((c) => keyOf(c) === chosen);

  function submit() {
    if (!certificate) return;
    const typed = pin;
    setPin('');
    void run(async () => {
      await call('signatures.signAttachment', {
        attachmentId: props.attachment.id,
        tokenLabel: certificate.tokenLabel,
        certificateId: certificate.idHex,
        pin: typed,
        stampPage: stamp ? Math.min(Math.max(1, Number(page) || 1), pages) : null,
      });
      await props.onSigned();
    });
  }

  return (
    <Modal
      title={t('sig.dialog.title', { name: props.attachment.name })}
      onClose={props.onClose}
      onSubmit={submit}
      error={fe.summary}
      testId="sign-dialog"
    >
      <p className="hint">{t('sig.dialog.intro')}</p>
      {certificates === null && !error && <p>{t('sig.dialog.loading')}</p>}
      {certificates?.length === 0 && <p className="warn-text">{t('sig.dialog.noCertificates')}</p>}
      {certificates && certificates.length > 0 && (
        <>
          <Field label={t('sig.dialog.certificate')} name="certificateId" errors={fe}>
            {(p) => (
              <select
                {...p}
                value={chosen}
                onChange={(e) => {
                  setError(null);
                  setChosen(e.target.value);
                }}
                data-testid="sign-certificate"
              >
                {certificates.map((c) => (
                  <option key={keyOf(c)} value={keyOf(c)}>
                    {c.commonName ?? c.label} — {c.tokenLabel} —{' '}
                    {t('sig.dialog.expires', { date: formatDate(c.notAfter.slice(0, 10)) })}
                    {c.maySign ? '' : ` (${t('sig.dialog.cannotSign')})`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {certificate && <p className="hint small">{certificate.issuer}</p>}
          <Field label={t('sig.dialog.pin')} name="pin" errors={fe} hint={t('sig.dialog.pinHint')}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="off"
                value={pin}
                onChange={(e) => {
                  setError(null);
                  setPin(e.target.value);
                }}
                required
                maxLength={128}
                autoFocus
                data-testid="sign-pin"
              />
            )}
          </Field>
          <label className="inline stamp-choice">
            <input type="checkbox" checked={stamp} onChange={(e) => setStamp(e.target.checked)} />{' '}
            {t('sig.dialog.stamp')}{' '}
            <input
              type="number"
              min={1}
              max={pages}
              value={page}
              disabled={!stamp}
              onChange={(e) => setPage(e.target.value)}
              aria-label={t('sig.dialog.stamp')}
            />
          </label>
        </>
      )}
      <FormActions
        onClose={props.onClose}
        submitLabel={busy ? t('sig.dialog.signing') : t('sig.dialog.submit')}
        disabled={busy || !certificate || pin === ''}
      />
    </Modal>
  );
}
