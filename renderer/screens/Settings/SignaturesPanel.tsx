import { type ChangeEvent, type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type {
  SigningSettingsView,
  TokenCertificateView,
  TrustListView,
} from '../../../shared/contract/signatures';
import { formatDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';

const day = (iso: string) => formatDate(iso.slice(0, 10));

/**
 * Chữ ký số: the token's PKCS#11 library (chosen once; suggestions only), the certificates on the token,
 * and the trust anchors and CRLs every signature check is judged against.
 */
export function SignaturesPanel() {
  const t = useT();
  const { error, busy, run } = useAction();
  const [settings, setSettings] = useState<SigningSettingsView | null>(null);
  const [path, setPath] = useState('');
  const [trust, setTrust] = useState<TrustListView | null>(null);
  const [certificates, setCertificates] = useState<TokenCertificateView[] | null>(null);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const fe = useFieldErrors(error, { modulePath: t('sig.module.path') });

  const refresh = useCallback(async () => {
    const [s, list] = await Promise.all([
      call('signatures.settings.get', {}),
      call('signatures.trust.list', {}),
    ]);
    setSettings(s);
    setPath(s.modulePath ?? '');
    setTrust(list);
  }, []);

  useEffect(() => {
    void run(refresh);
  }, [run, refresh]);

  function saveModule(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      setSettings(
        await call('signatures.settings.set', { modulePath: path.trim() === '' ? null : path.trim() }),
      );
      setCertificates(null);
      setNotice(t('sig.module.saved'));
    });
  }

  function listCertificates() {
    setNotice('');
    void run(async () => setCertificates((await call('signatures.token.certificates', {})).certificates));
  }

  function importFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void run(async () => {
      for (const file of files) {
        const outcome = await call('signatures.trust.import', { source: await fileSource(file) });
        setTrust(outcome.list);
        setNotice(
          t('sig.trust.imported', {
            anchors: outcome.addedAnchors,
            crls: outcome.addedCrls,
            dup: outcome.duplicates,
          }),
        );
      }
    });
  }

  async function remove(kind: 'anchor' | 'crl', id: number, name: string) {
    if (!(await askConfirm({ message: t('sig.trust.removeConfirm', { name }), danger: true }))) return;
    void run(async () => setTrust(await call('signatures.trust.remove', { kind, id })));
  }

  return (
    <div className="signatures-panel" data-testid="signatures-panel">
      {fe.summary && <ErrorBanner error={fe.summary} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <section aria-labelledby="sig-module-title">
        <h2 id="sig-module-title">{t('sig.module.title')}</h2>
        <p className="hint">{t('sig.module.intro')}</p>
        <form onSubmit={saveModule} className="inline-form">
          <label>
            {t('sig.module.path')}
            <input
              type="text"
              list={listId}
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder="C:\Windows\System32\…"
              spellCheck={false}
              size={60}
              data-testid="module-path"
              {...fe.aria('modulePath')}
            />
          </label>
          <FieldMessage id={fe.messageId('modulePath')} message={fe.message('modulePath')} />
          <datalist id={listId}>
            {settings?.suggestions.map((s) => (
              <option key={s.path} value={s.path}>
                {s.label}
              </option>
            ))}
          </datalist>
          <button type="submit" className="primary" disabled={busy}>
            {t('sig.module.save')}
          </button>
          <button type="button" onClick={listCertificates} disabled={busy || !settings?.modulePath}>
            {t('sig.module.test')}
          </button>
        </form>
        <p className="hint">
          {t('sig.module.suggestions')}{' '}
          {settings?.suggestions
            .filter((s) => s.path.startsWith('C:'))
            .map((s) => s.label)
            .join(' · ')}
        </p>
        {certificates && (
          <table className="table" aria-label={t('sig.dialog.certificate')}>
            <thead>
              <tr>
                <th>{t('sig.dialog.certificate')}</th>
                <th>{t('sig.crl.issuer')}</th>
                <th>{t('sig.trust.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((c) => (
                <tr key={`${c.tokenLabel}-${c.idHex}`}>
                  <td>
                    {c.commonName ?? c.label}{' '}
                    <span className="muted small">
                      ({c.tokenLabel}, {c.keyKind.toUpperCase()})
                    </span>
                    {!c.maySign && <span className="warn-text small"> · {t('sig.dialog.cannotSign')}</span>}
                  </td>
                  <td className="small">{c.issuer}</td>
                  <td className="nowrap">{t('sig.dialog.expires', { date: day(c.notAfter) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="sig-trust-title">
        <h2 id="sig-trust-title">{t('sig.trust.title')}</h2>
        <p className="hint">{t('sig.trust.intro')}</p>
        <input
          ref={fileInput}
          type="file"
          accept=".cer,.crt,.pem,.der,.p7b,.p7c,.crl"
          multiple
          hidden
          onChange={importFiles}
          data-testid="trust-file"
        />
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('sig.trust.import')}
        </button>
        {trust && trust.anchors.length === 0 ? (
          <p className="muted">{t('sig.trust.none')}</p>
        ) : (
          <table className="table" aria-label={t('sig.trust.title')} data-testid="anchors">
            <thead>
              <tr>
                <th>{t('sig.trust.subject')}</th>
                <th>{t('sig.trust.validity')}</th>
                <th>{t('sig.trust.file')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {trust?.anchors.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.subject}{' '}
                    <span className="muted small">
                      ({a.selfSigned ? t('sig.trust.root') : t('sig.trust.intermediate')})
                    </span>
                  </td>
                  <td className="nowrap">
                    {day(a.notBefore)} – {day(a.notAfter)}
                  </td>
                  <td className="small">{a.fileName}</td>
                  <td>
                    <button
                      type="button"
                      className="link danger small"
                      onClick={() => remove('anchor', a.id, a.subject)}
                    >
                      {t('sig.trust.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t('sig.crl.title')}</h3>
        {trust && trust.crls.length === 0 ? (
          <p className="muted">{t('sig.crl.none')}</p>
        ) : (
          <table className="table" aria-label={t('sig.crl.title')} data-testid="crls">
            <thead>
              <tr>
                <th>{t('sig.crl.issuer')}</th>
                <th>{t('sig.crl.updated')}</th>
                <th>{t('sig.crl.revoked')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {trust?.crls.map((c) => (
                <tr key={c.id}>
                  <td>{c.issuer}</td>
                  <td className="nowrap">
                    {day(c.thisUpdate)}
                    {c.nextUpdate ? ` → ${day(c.nextUpdate)}` : ''}
                  </td>
                  <td>{c.revokedCount}</td>
                  <td>
                    <button
                      type="button"
                      className="link danger small"
                      onClick={() => remove('crl', c.id, c.issuer)}
                    >
                      {t('sig.trust.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
