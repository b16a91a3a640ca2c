import { useEffect, useRef, useState } from 'react';
import type { BookJobView } from '../../../shared/contract/book';
import type { PackageScope } from '../../../shared/contract/packages';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes } from '../Dossiers/common';

/** How often the dialog asks for the job's progress. */
const POLL_MS = 250;

/** "Tạo sổ tài liệu" button opening the book dialog for a scope. */
export function MakeBookButton(props: { scope: PackageScope; title: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="make-book">
        {t('book.make')}
      </button>
      {open && <BookDialog scope={props.scope} title={props.title} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * Sổ tài liệu: what the book is, then a progress bar with cancel (like the export), then where the file
 * is, how many pages, and which documents could not go in and why.
 */
export function BookDialog(props: { scope: PackageScope; title: string; onClose(): void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const transport = useAppStore((s) => s.status?.transport ?? 'browser');
  const [job, setJob] = useState<BookJobView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  function poll(jobId: string) {
    timer.current = window.setTimeout(async () => {
      try {
        const next = await call('book.progress', { jobId });
        setJob(next);
        if (next.state === 'running') poll(jobId);
      } catch (e) {
        setError(asErrorData(e));
      }
    }, POLL_MS);
  }

  async function start() {
    setError(null);
    try {
      const { jobId } = await call('book.make', { scope: props.scope });
      setJob({
        jobId,
        state: 'running',
        documentsDone: 0,
        documentsTotal: 0,
        pagesDone: 0,
        current: null,
        result: null,
        error: null,
      });
      poll(jobId);
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  async function cancel() {
    if (!job) return;
    if (timer.current !== null) window.clearTimeout(timer.current);
    try {
      setJob(await call('book.cancel', { jobId: job.jobId }));
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  const running = job?.state === 'running';
  const percent =
    job && job.documentsTotal > 0
      ? Math.min(100, Math.round((100 * job.documentsDone) / job.documentsTotal))
      : 0;
  const result = job?.result ?? null;
  const leftOut = result?.documents.filter((d) => d.leftOut !== null) ?? [];

  return (
    <Modal
      title={`${t('book.make')}: ${props.title}`}
      onClose={running ? () => undefined : props.onClose}
      wide
      testId="book-dialog"
    >
      {error && <ErrorBanner error={error} />}
      {!job && (
        <section>
          <p>{t('book.intro')}</p>
          <p className="hint">{t('book.leftOutNote')}</p>
          <div className="form-actions">
            <button type="button" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void start()}>
              {t('book.start')}
            </button>
          </div>
        </section>
      )}
      {job && running && (
        <section aria-label={t('book.working')}>
          <p>{t('book.working')}</p>
          <progress className="pkg-progress" max={100} value={percent} aria-label={t('book.working')} />
          <p className="hint">
            {percent}% —{' '}
            {t('book.progress', { done: job.documentsDone, total: job.documentsTotal, pages: job.pagesDone })}
            {job.current ? ` — ${job.current}` : ''}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void cancel()}>
              {t('book.cancel')}
            </button>
          </div>
        </section>
      )}
      {job && job.state === 'cancelled' && <p className="notice">{t('book.cancelled')}</p>}
      {job && job.state === 'failed' && job.error && <ErrorBanner error={job.error} />}
      {result && (
        <section data-testid="book-result">
          <p className="notice">{t('book.done')}</p>
          <dl className="facts">
            <dt>{t('pkg.savedAt')}</dt>
            <dd className="path" data-testid="book-path">
              {result.path}
            </dd>
            <dt>{t('book.pages')}</dt>
            <dd>
              {result.pages} — {formatBytes(result.bytes, language)}
            </dd>
            <dt>{t('book.bound')}</dt>
            <dd>{result.documents.length - leftOut.length}</dd>
          </dl>
          {leftOut.length > 0 && (
            <>
              <h3>
                {t('book.leftOut')} ({leftOut.length})
              </h3>
              <ul className="pkg-findings" data-testid="book-left-out">
                {leftOut.map((d) => (
                  <li key={`${d.number}-${d.sha256}`}>
                    {d.number} {d.name}: {d.leftOut ? t(`book.reason.${d.leftOut}`) : ''}
                    <div className="hint path">SHA-256 {d.sha256}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {job && !running && (
        <div className="form-actions">
          {result && transport === 'electron' && (
            <>
              <button
                type="button"
                onClick={() =>
                  call('shell.showInFolder', { path: result.path }).catch((e) => setError(asErrorData(e)))
                }
              >
                {t('pkg.showInFolder')}
              </button>
              <button
                type="button"
                onClick={() =>
                  call('shell.openPath', { path: result.path }).catch((e) => setError(asErrorData(e)))
                }
              >
                {t('book.open')}
              </button>
            </>
          )}
          {result && transport !== 'electron' && result.downloadable && (
            <button
              type="button"
              onClick={() =>
                deliverFile(
                  { path: result.path, name: result.fileName, size: result.bytes },
                  transport,
                ).catch((e: unknown) => setError(asErrorData(e)))
              }
            >
              {t('book.download')}
            </button>
          )}
          <button type="button" className="primary" onClick={props.onClose}>
            {t('pkg.close')}
          </button>
        </div>
      )}
    </Modal>
  );
}
