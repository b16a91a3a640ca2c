import { useEffect, useState } from 'react';
import type { ExportLogEntry, PackageScope } from '../../../shared/contract/packages';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { formatTimestamp, shortHash } from '../Dossiers/common';
import { ExportPackageDialog } from './ExportPackageDialog';
import './packages.css';

/** "Xuất gói hồ sơ" button opening the pre-flight / export dialog for a scope. */
export function ExportPackageButton(props: {
  scope: PackageScope;
  title: string;
  label: string;
  primary?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={props.primary ? 'primary' : undefined} onClick={() => setOpen(true)}>
        {props.label}
      </button>
      {open && <ExportPackageDialog scope={props.scope} title={props.title} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The meeting's action in the dossier view: export every item still on its program. */
export function MeetingPackageActions({ meetingId }: { meetingId: number }) {
  const t = useT();
  return (
    <ExportPackageButton
      scope={{ kind: 'meeting', meetingId }}
      title={t('pkg.exportMeeting')}
      label={t('pkg.export')}
    />
  );
}

/** The item's actions in the dossier view: export this item, and its export log. */
export function ItemPackageActions({ itemId }: { itemId: number }) {
  const t = useT();
  const [log, setLog] = useState(false);
  return (
    <>
      <ExportPackageButton
        scope={{ kind: 'item', itemId }}
        title={t('pkg.exportItem')}
        label={t('pkg.export')}
      />
      <button type="button" onClick={() => setLog(true)}>
        {t('pkg.log')}
      </button>
      {log && (
        <Modal title={t('pkg.log')} onClose={() => setLog(false)} wide testId="export-log">
          <ExportLog itemId={itemId} />
          <div className="form-actions">
            <button type="button" onClick={() => setLog(false)}>
              {t('pkg.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

/** Nhật ký xuất gói of one item: when, what, which hashes, to which path. */
export function ExportLog({ itemId }: { itemId: number }) {
  const t = useT();
  const [entries, setEntries] = useState<ExportLogEntry[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  useEffect(() => {
    call('packages.exportLog', { itemId }).then(setEntries, (e: unknown) => setError(asErrorData(e)));
  }, [itemId]);
  if (error) return <ErrorBanner error={error} />;
  if (!entries) return <p className="muted">…</p>;
  if (entries.length === 0) return <p className="muted">{t('pkg.log.empty')}</p>;
  return (
    <table className="table" data-testid="export-log-table">
      <thead>
        <tr>
          <th>{t('pkg.log.when')}</th>
          <th>{t('pkg.log.scope')}</th>
          <th>{t('pkg.log.path')}</th>
          <th>SHA-256</th>
          <th>{t('pkg.log.warnings')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{formatTimestamp(e.exportedAt)}</td>
            <td>{t(e.scope === 'item' ? 'pkg.log.scope.item' : 'pkg.log.scope.meeting')}</td>
            <td className="path" title={e.path}>
              {e.fileName}
              <div className="hint">
                {e.files.length} {t('pkg.filesCount').toLowerCase()} — Payload-Oxum {e.payloadOxum}
              </div>
            </td>
            <td className="path" title={e.zipSha256}>
              {shortHash(e.zipSha256)}…
            </td>
            <td>{e.warningsConfirmed ? t('pkg.log.confirmed', { n: e.findings.length }) : '0'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
