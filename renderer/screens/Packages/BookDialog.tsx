import { useState } from 'react';
import type { BookJobView } from '../../../shared/contract/book';
import type { PackageScope } from '../../../shared/contract/packages';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes } from '../Dossiers/common';
import { FileJobActions, FileJobEnding, FileJobProgress, percentOf, useFileJob } from './FileJob';

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
  const [error, setError] = useState<AppErrorData | null>(null);
  const { job, running, follow, cancel } = useFileJob<BookJobView>({
    progress: (jobId) => call('book.progress', { jobId }),
    cancel: (jobId) => call('book.cancel', { jobId }),
    onError: setError,
  });

  async function start() {
    setError(null);
    try {
      const { jobId } = await call('book.make', { scope: props.scope });
      follow({
        jobId,
        state: 'running',
        documentsDone: 0,
        documentsTotal: 0,
        pagesDone: 0,
        current: null,
        result: null,
        error: null,
      });
    } catch (e) {
      setError(asErrorData(e));
    }
  }

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
        <FileJobProgress
          label={t('book.working')}
          heading={t('book.working')}
          percent={percentOf(job.documentsDone, job.documentsTotal)}
          detail={t('book.progress', {
            done: job.documentsDone,
            total: job.documentsTotal,
            pages: job.pagesDone,
          })}
          current={job.current}
          cancelLabel={t('book.cancel')}
          onCancel={() => void cancel()}
        />
      )}
      {job && <FileJobEnding job={job} cancelledText={t('book.cancelled')} />}
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
        <FileJobActions
          file={
            result && {
              path: result.path,
              name: result.fileName,
              size: result.bytes,
              downloadable: result.downloadable,
            }
          }
          downloadLabel={t('book.download')}
          openLabel={t('book.open')}
          onError={setError}
          onClose={props.onClose}
        />
      )}
    </Modal>
  );
}
