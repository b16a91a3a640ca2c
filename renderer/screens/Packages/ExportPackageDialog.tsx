import { useEffect, useState } from 'react';
import type { ExportJobView, PackageScope, PreflightView } from '../../../shared/contract/packages';
import type { TokenCertificateView } from '../../../shared/contract/signatures';
import type { AppErrorData } from '../../../shared/errors/appError';
import { plural } from '../../../shared/format/locale';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes } from '../Dossiers/common';
import { FileJobActions, FileJobEnding, FileJobProgress, percentOf, useFileJob } from './FileJob';

/**
 * Xuất gói hồ sơ: pre-flight first (the list of warnings), export only once the user has ticked the
 * confirmation when there are warnings, then a progress bar with cancel, then where the file is.
 */
export function ExportPackageDialog(props: { scope: PackageScope; title: string; onClose(): void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [preflight, setPreflight] = useState<PreflightView | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [includeBook, setIncludeBook] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const { job, running, follow, cancel } = useFileJob<ExportJobView>({
    progress: (jobId) => call('packages.progress', { jobId }),
    cancel: (jobId) => call('packages.cancel', { jobId }),
    onError: setError,
  });
  const { scope } = props;
  // Issue 14: sign the package (its tag manifest) on the token. The PIN is cleared once sent.
  const [signing, setSigning] = useState(false);
  const [certificates, setCertificates] = useState<TokenCertificateView[] | null>(null);
  const [certificate, setCertificate] = useState('');
  const [pin, setPin] = useState('');

  async function toggleSigning(on: boolean) {
    setSigning(on);
    if (!on || certificates) return;
    try {
      const listed = (await call('signatures.token.certificates', {})).certificates.filter((c) => c.maySign);
      setCertificates(listed);
      const first = listed[0];
      if (first) setCertificate(`${first.tokenLabel}\u0000${first.idHex}`);
    } catch (e) {
      setError(asErrorData(e));
      setSigning(false);
    }
  }

  useEffect(() => {
    let live = true;
    call('packages.preflight', { scope })
      .then((p) => live && setPreflight(p))
      .catch((e: unknown) => live && setError(asErrorData(e)));
    return () => {
      live = false;
    };
  }, [scope]);

  async function start() {
    if (!preflight) return;
    setError(null);
    const [tokenLabel = '', certificateId = ''] = certificate.split('\u0000');
    const sign = signing ? { tokenLabel, certificateId, pin } : undefined;
    setPin('');
    try {
      const { jobId } = await call('packages.export', {
        scope,
        confirmWarnings: confirmed ? preflight.findings.map((f) => f.key) : [],
        includeBook,
        ...(sign ? { sign } : {}),
      });
      follow({
        jobId,
        state: 'running',
        phase: 'preparing',
        bytesDone: 0,
        bytesTotal: preflight.bytes,
        file: null,
        result: null,
        error: null,
      });
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  const fe = useFieldErrors(error, {
    'sign.pin': t('sig.dialog.pin'),
    'sign.tokenLabel': t('sig.dialog.certificate'),
    'sign.certificateId': t('sig.dialog.certificate'),
  });
  const needsConfirm = (preflight?.findings.length ?? 0) > 0;
  const result = job?.result ?? null;

  return (
    <Modal
      title={`${t('pkg.export')}: ${props.title}`}
      onClose={running ? () => undefined : props.onClose}
      wide
      testId="export-dialog"
    >
      {fe.summary && <ErrorBanner error={fe.summary} />}
      {!preflight && !error && <p className="muted">{t('pkg.checking')}</p>}
      {preflight && !job && (
        <section aria-label={t('pkg.preflight')}>
          <h3>{t('pkg.preflight')}</h3>
          <p>
            {t('pkg.scopeSummary', {
              items: preflight.items.length,
              files: preflight.files,
              size: formatBytes(preflight.bytes, language),
            })}
          </p>
          {preflight.excludedItems.length > 0 && (
            <p className="hint">
              {t('pkg.excluded', {
                list: preflight.excludedItems.map((i) => `${i.position}. ${i.title}`).join('; '),
              })}
            </p>
          )}
          {needsConfirm ? (
            <>
              <p className="error-text">
                {t('pkg.findings', {
                  n: plural(
                    preflight.findings.length,
                    { vi: 'cảnh báo', en: { one: 'warning', other: 'warnings' } },
                    language,
                  ),
                })}
              </p>
              <ul className="pkg-findings" data-testid="preflight-findings">
                {preflight.findings.map((f) => (
                  <li key={f.key} data-code={f.code}>
                    {language === 'vi' ? f.vi : f.en}
                  </li>
                ))}
              </ul>
              <label className="pkg-confirm">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
                {t('pkg.confirm')}
              </label>
            </>
          ) : (
            <p className="notice">{t('pkg.noFindings')}</p>
          )}
          <label className="pkg-confirm">
            <input type="checkbox" checked={includeBook} onChange={(e) => setIncludeBook(e.target.checked)} />{' '}
            {t('book.includeInPackage')}
          </label>
          <fieldset className="pkg-sign" data-testid="export-sign">
            <label>
              <input
                type="checkbox"
                checked={signing}
                onChange={(e) => void toggleSigning(e.target.checked)}
              />{' '}
              {t('sig.export.sign')}
            </label>
            {signing && certificates && (
              <>
                <label>
                  {t('sig.dialog.certificate')}{' '}
                  <select
                    value={certificate}
                    onChange={(e) => setCertificate(e.target.value)}
                    {...fe.aria('sign.tokenLabel')}
                  >
                    {certificates.map((c) => (
                      <option key={`${c.tokenLabel}-${c.idHex}`} value={`${c.tokenLabel}\u0000${c.idHex}`}>
                        {c.commonName ?? c.label} — {c.tokenLabel}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <FieldMessage id={fe.messageId('sign.tokenLabel')} message={fe.message('sign.tokenLabel')} />
                <label>
                  {t('sig.dialog.pin')}{' '}
                  <input
                    type="password"
                    autoComplete="off"
                    value={pin}
                    maxLength={128}
                    onChange={(e) => setPin(e.target.value)}
                    {...fe.aria('sign.pin')}
                  />
                </label>
                <FieldMessage id={fe.messageId('sign.pin')} message={fe.message('sign.pin')} />
              </>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="button" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={(needsConfirm && !confirmed) || (signing && (pin === '' || certificate === ''))}
              onClick={() => void start()}
            >
              {t('pkg.start')}
            </button>
          </div>
        </section>
      )}
      {job && running && (
        <FileJobProgress
          label={t('pkg.writing')}
          heading={t(`pkg.phase.${job.phase}`)}
          percent={percentOf(job.bytesDone, job.bytesTotal)}
          detail={`${formatBytes(job.bytesDone, language)} / ${formatBytes(job.bytesTotal, language)}`}
          current={job.file}
          cancelLabel={t('pkg.cancel')}
          onCancel={() => void cancel()}
        />
      )}
      {job && <FileJobEnding job={job} cancelledText={t('pkg.cancelled')} />}
      {result && (
        <section data-testid="export-result">
          <p className="notice">{t('pkg.done')}</p>
          <dl className="facts">
            <dt>{t('pkg.savedAt')}</dt>
            <dd className="path" data-testid="export-path">
              {result.path}
            </dd>
            <dt>{t('pkg.sha')}</dt>
            <dd className="path">{result.zipSha256}</dd>
            <dt>{t('pkg.filesCount')}</dt>
            <dd>
              {result.files} — {formatBytes(result.zipSize, language)} — Payload-Oxum {result.payloadOxum}
            </dd>
          </dl>
        </section>
      )}
      {job && !running && (
        <FileJobActions
          file={
            result && {
              path: result.path,
              name: result.fileName,
              size: result.zipSize,
              downloadable: result.downloadable,
            }
          }
          downloadLabel={t('pkg.download')}
          onError={setError}
          onClose={props.onClose}
        />
      )}
    </Modal>
  );
}
