import { useState } from 'react';
import type { FileSource } from '../../../shared/contract/fileSource';
import type { VerifyResultView } from '../../../shared/contract/packages';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { SIGNATURE_STATE_TEXT } from '../../../shared/packages/signatureState';
import { reasonsOf, TRUST_TEXT } from '../../../shared/signatures/trust';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes, shortHash, useBilingual } from '../Dossiers/common';

/**
 * Kiểm tra gói: pick a .zip → it is uploaded to the app → verified in the worker → a verdict per file in
 * words; a valid package can then be imported as a read-only received dossier.
 */
export function VerifyPanel({ onImported }: { onImported(id: number, name: string): void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<FileSource | null>(null);
  const [report, setReport] = useState<VerifyResultView | null>(null);
  const { error, busy, run } = useAction();

  async function verify() {
    if (!file) return;
    setReport(null);
    await run(async () => {
      // The same upload route and source shape as attachments: the bytes go to the app first.
      const src: FileSource = await fileSource(file);
      setSource(src);
      setReport(await call('packages.verify', { source: src }));
    });
  }

  async function importIt() {
    if (!source) return;
    const received = await run(() => call('packages.import', { source }));
    if (received) onImported(received.id, received.fileName);
  }

  return (
    <div className="card">
      <p className="hint">{t('pkg.verify.intro')}</p>
      <div className="pkg-pick">
        <label>
          {t('pkg.verify.file')}{' '}
          <input
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setSource(null);
            }}
          />
        </label>
        <button type="button" className="primary" disabled={!file || busy} onClick={() => void verify()}>
          {busy ? t('pkg.verify.running') : t('pkg.verify.run')}
        </button>
      </div>
      {error && <ErrorBanner error={error} />}
      {report && (
        <VerifyReportView
          report={report}
          action={
            report.verdict === 'valid' && (
              <button type="button" className="primary" disabled={busy} onClick={() => void importIt()}>
                {t('pkg.import')}
              </button>
            )
          }
        />
      )}
    </div>
  );
}

export function VerifyReportView({ report, action }: { report: VerifyResultView; action?: React.ReactNode }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const say = useBilingual();
  const info = (label: string) => report.bagInfo.filter(([l]) => l === label).map(([, v]) => v);
  return (
    <section data-testid="verify-report" data-verdict={report.verdict}>
      <p className={report.verdict === 'valid' ? 'notice' : 'error-banner'} role="status">
        <strong>{report.fileName}</strong>: {t(`pkg.verdict.${report.verdict}`)}
      </p>
      {info('Source-Organization').length > 0 && (
        <dl className="facts">
          <dt>{t('pkg.from')}</dt>
          <dd>{info('Source-Organization').join('; ')}</dd>
          <dt>{t('pkg.meeting')}</dt>
          <dd>
            {info('Meeting-Title').join('; ')}
            {info('Meeting-Date').map((when) => (
              <div key={when} className="muted">
                {meetingWhen(when, language)}
              </div>
            ))}
          </dd>
          <dt>{t('pkg.items')}</dt>
          <dd>
            {info('Item-Title').map((title) => (
              <div key={title}>{title}</div>
            ))}
          </dd>
        </dl>
      )}
      <p
        className={report.packageSignature?.trust === 'trusted' ? 'ok-text' : 'warn-text'}
        data-testid="package-signature"
      >
        {report.packageSignature ? (
          <>
            {t('sig.package')}: {say(TRUST_TEXT[report.packageSignature.trust])}
            {report.packageSignature.signer &&
              ` · ${t('sig.by', { signer: report.packageSignature.signer })}`}
            {report.packageSignature.reasons.slice(0, 2).map((r) => (
              <span key={r.code} className="muted">
                {' '}
                · {say(r)}
              </span>
            ))}
          </>
        ) : (
          t('sig.package.none')
        )}
      </p>
      {report.problems.length > 0 && (
        <>
          <h3>{t('pkg.problems')}</h3>
          <ul className="pkg-findings" data-testid="verify-problems">
            {report.problems.map((p) => (
              <li key={`${p.code}-${p.path ?? ''}`} data-problem-code={p.code}>
                {p.path && <span className="path">{p.path}: </span>}
                {say(p)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.files.length > 0 && (
        <table className="table" data-testid="verify-files">
          <thead>
            <tr>
              <th>{t('pkg.file')}</th>
              <th>{t('pkg.size')}</th>
              <th>{t('pkg.fileVerdict')}</th>
              <th>{t('pkg.signature')}</th>
              <th>{t('pkg.pages')}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.path} className={f.status === 'ok' ? undefined : 'pkg-bad'} data-status={f.status}>
                <td className="path" title={f.sha256}>
                  {f.path}
                  {f.sha256 && <div className="hint">SHA-256 {shortHash(f.sha256)}…</div>}
                </td>
                <td className="nowrap">{formatBytes(f.size, language)}</td>
                <td>
                  {f.status === 'ok' ? '✓ ' : '✗ '}
                  {say(f)}
                </td>
                <td>
                  {/* A file whose bytes did not verify was not inspected: its signature says nothing. */}
                  {f.signature === 'not-pdf' || f.status !== 'ok'
                    ? '—'
                    : say(SIGNATURE_STATE_TEXT[f.signature])}
                  {f.status === 'ok' &&
                    f.pdf?.signatures.slice(0, 1).flatMap((sig) => {
                      const why = reasonsOf(sig).find((r) => r.code !== 'chain-ok');
                      return why
                        ? [
                            <div key={why.code} className="hint">
                              {say(why)}
                            </div>,
                          ]
                        : [];
                    })}
                  {f.pdf?.signatures
                    .filter((s) => s.signerName)
                    .map((s) => (
                      <div key={`${s.signerName}-${s.signingTime}`} className="hint">
                        {s.signerName}
                      </div>
                    ))}
                </td>
                <td>{f.pdf?.pages ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {action && <div className="form-actions">{action}</div>}
    </section>
  );
}

/** The bag's 'Meeting-Date' ("2026-12-17 14:00", the sender's machine format) as the screens write dates. */
function meetingWhen(value: string, language: 'vi' | 'en'): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(value.trim());
  if (!m?.[1]) return value;
  const day = formatDateWithWeekday(m[1], language);
  return m[2] ? `${m[2]}, ${day}` : day;
}
