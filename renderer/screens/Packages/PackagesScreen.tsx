import { useEffect, useState } from 'react';
import type { AgendaItemList } from '../../../shared/contract/agendaItems';
import type { Meeting } from '../../../shared/contract/meetings';
import type { ReceivedPackageDetail, ReceivedPackageView } from '../../../shared/contract/packages';
import { STATUS_LABELS } from '../../../shared/dossiers/itemStatus';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatTimestamp, useBilingual } from '../Dossiers/common';
import { ExportPackageButton } from './PackageActions';
import { VerifyPanel, VerifyReportView } from './VerifyPanel';
import './packages.css';
import { Tabs } from '../../components/Tabs';

type Tab = 'export' | 'verify' | 'received';
const TABS: Array<{ id: Tab; label: MessageKey }> = [
  { id: 'export', label: 'pkg.tab.export' },
  { id: 'verify', label: 'pkg.tab.verify' },
  { id: 'received', label: 'pkg.tab.received' },
];

/** Gói hồ sơ: export a meeting's or an item's package; verify and import packages received. */
export function PackagesScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('export');
  const [notice, setNotice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <div>
      <div className="screen-head">
        <h1>{t('pkg.title')}</h1>
      </div>
      <Tabs<Tab>
        label={t('pkg.title')}
        tabs={TABS.map((x) => ({ key: x.id, label: t(x.label) }))}
        active={tab}
        onChange={(next) => {
          setTab(next);
          setNotice(null);
        }}
      >
        {notice && <p className="notice">{notice}</p>}
        {tab === 'export' && <ExportTab />}
        {tab === 'verify' && (
          <VerifyPanel
            onImported={(id, name) => {
              setNotice(t('pkg.imported', { name }));
              setOpenId(id);
              setTab('received');
            }}
          />
        )}
        {tab === 'received' && <ReceivedTab openId={openId} onOpen={setOpenId} />}
      </Tabs>
    </div>
  );
}

function ExportTab() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const say = useBilingual();
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [list, setList] = useState<AgendaItemList | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    call('meetings.list', { includePast: true, includeCancelled: false }).then(
      (all) => {
        setMeetings(all);
        setMeetingId((current) => current ?? all[0]?.id ?? null);
      },
      (e: unknown) => setError(asErrorData(e)),
    );
  }, []);
  useEffect(() => {
    if (meetingId === null) return;
    setList(null);
    call('agendaItems.list', { meetingId }).then(setList, (e: unknown) => setError(asErrorData(e)));
  }, [meetingId]);

  if (error) return <ErrorBanner error={error} />;
  if (!meetings) return <p className="muted">…</p>;
  if (meetings.length === 0) return <p className="muted">{t('pkg.noMeetings')}</p>;
  return (
    <div className="card">
      <p className="hint">{t('pkg.exportIntro')}</p>
      <div className="pkg-pick">
        <label>
          {t('pkg.meeting')}{' '}
          <select value={meetingId ?? ''} onChange={(e) => setMeetingId(Number(e.target.value))}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {formatDateWithWeekday(m.date, language)} — {m.title}
              </option>
            ))}
          </select>
        </label>
        {list && (
          <ExportPackageButton
            scope={{ kind: 'meeting', meetingId: list.meeting.id }}
            title={list.meeting.title}
            label={t('pkg.exportMeeting')}
            primary
          />
        )}
      </div>
      {list && (
        <table className="table" data-testid="export-items">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('pkg.items')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <td>{item.position}</td>
                <td>{item.title}</td>
                <td className="nowrap">{say(STATUS_LABELS[item.status])}</td>
                <td className="actions">
                  <ExportPackageButton
                    scope={{ kind: 'item', itemId: item.id }}
                    title={`${item.position}. ${item.title}`}
                    label={t('pkg.exportItem')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ReceivedTab({ openId, onOpen }: { openId: number | null; onOpen(id: number | null): void }) {
  const t = useT();
  const [list, setList] = useState<ReceivedPackageView[] | null>(null);
  const [detail, setDetail] = useState<ReceivedPackageDetail | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  useEffect(() => {
    call('packages.received.list', {}).then(setList, (e: unknown) => setError(asErrorData(e)));
  }, []);
  useEffect(() => {
    setDetail(null);
    if (openId === null) return;
    call('packages.received.get', { id: openId }).then(setDetail, (e: unknown) => setError(asErrorData(e)));
  }, [openId]);

  if (error) return <ErrorBanner error={error} />;
  if (openId !== null) {
    if (!detail) return <p className="muted">…</p>;
    return (
      <div className="card" data-testid="received-detail">
        <button type="button" className="link" onClick={() => onOpen(null)}>
          {t('pkg.received.back')}
        </button>
        <p className="hint">
          {t('pkg.received.readOnly')} <span className="path">{detail.folder}</span>
        </p>
        <VerifyReportView
          report={{
            verdict: 'valid',
            fileName: detail.fileName,
            problems: [],
            files: detail.fileList,
            bagInfo: detail.bagInfo,
            payloadOxum: detail.payloadOxum,
          }}
        />
      </div>
    );
  }
  if (!list) return <p className="muted">…</p>;
  if (list.length === 0) return <p className="muted card">{t('pkg.received.empty')}</p>;
  return (
    <div className="card table-card">
      <table className="table" data-testid="received-list">
        <thead>
          <tr>
            <th>{t('pkg.received.at')}</th>
            <th>{t('pkg.from')}</th>
            <th>{t('pkg.received.meeting')}</th>
            <th>{t('pkg.filesCount')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id}>
              <td className="nowrap">{formatTimestamp(p.importedAt)}</td>
              <td>{p.sourceOrganization}</td>
              <td>
                {p.meetingTitle}
                <div className="hint">{p.meetingDate}</div>
                {p.itemTitles.map((title) => (
                  <div key={title} className="hint">
                    {title}
                  </div>
                ))}
              </td>
              <td>{p.files}</td>
              <td className="actions">
                <button type="button" onClick={() => onOpen(p.id)}>
                  {t('pkg.received.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
