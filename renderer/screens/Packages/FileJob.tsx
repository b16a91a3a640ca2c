/**
 * A job that writes one file (the package export, the session book), as its dialog shows it: the polling
 * of its progress, a progress bar with a cancel button while it runs, what became of it, and the buttons
 * to reach the file once it is done. Each dialog keeps its own first step and its own result facts.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ExportedFile } from '../../../shared/contract/workProgram';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/** How often a dialog asks for its job's progress. */
const POLL_MS = 250;

/** What every job view of the contract has (book.progress, packages.progress). */
export interface FileJobState {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error: AppErrorData | null;
}

/**
 * Follows a job: `follow` shows the view answered at its start and polls until it is no longer running;
 * `cancel` stops the polling and shows the job as the cancel answers it. A failed call goes to `onError`.
 */
export function useFileJob<V extends FileJobState>(channels: {
  progress(jobId: string): Promise<V>;
  cancel(jobId: string): Promise<V>;
  onError(error: AppErrorData): void;
}) {
  const [job, setJob] = useState<V | null>(null);
  const timer = useRef<number | null>(null);
  // False once the dialog closes or the user cancels: an answer still in flight then sets nothing and
  // schedules nothing (the timer alone cannot stop a progress call already on its way).
  const following = useRef(false);

  useEffect(
    () => () => {
      following.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  function poll(jobId: string) {
    timer.current = window.setTimeout(async () => {
      try {
        const next = await channels.progress(jobId);
        if (!following.current) return;
        setJob(next);
        if (next.state === 'running') poll(jobId);
      } catch (e) {
        if (following.current) channels.onError(asErrorData(e));
      }
    }, POLL_MS);
  }

  function follow(started: V) {
    following.current = true;
    setJob(started);
    poll(started.jobId);
  }

  async function cancel() {
    if (!job) return;
    following.current = false;
    if (timer.current !== null) window.clearTimeout(timer.current);
    try {
      setJob(await channels.cancel(job.jobId));
    } catch (e) {
      channels.onError(asErrorData(e));
    }
  }

  return { job, running: job?.state === 'running', follow, cancel };
}

/** Whole percent of `done` out of `total`, 0 while the total is not known yet. */
export function percentOf(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((100 * done) / total)) : 0;
}

/** The running job: what it is doing, a progress bar, how far it is, and the cancel button. */
export function FileJobProgress(props: {
  /** The bar's and the section's accessible name. */
  label: string;
  /** The line above the bar (the phase, or what is being made). */
  heading: string;
  percent: number;
  /** After the percent: the counts so far. */
  detail: ReactNode;
  /** The document being handled, if any. */
  current: string | null;
  cancelLabel: string;
  onCancel(): void;
}) {
  return (
    <section aria-label={props.label}>
      <p>{props.heading}</p>
      <progress className="pkg-progress" max={100} value={props.percent} aria-label={props.label} />
      <p className="hint">
        {props.percent}% — {props.detail}
        {props.current ? ` — ${props.current}` : ''}
      </p>
      <div className="form-actions">
        <button type="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </section>
  );
}

/** A job that did not finish: the notice that it was cancelled, or the error it failed with. */
export function FileJobEnding(props: { job: FileJobState; cancelledText: string }) {
  const { job } = props;
  return (
    <>
      {job.state === 'cancelled' && <p className="notice">{props.cancelledText}</p>}
      {job.state === 'failed' && job.error && <ErrorBanner error={job.error} />}
    </>
  );
}

/**
 * The buttons under a finished job. Desktop: show the file in its folder (and open it, when the dialog
 * offers that); browser mode: download it, when it is in the exports folder the download route serves.
 */
export function FileJobActions(props: {
  file: (ExportedFile & { downloadable: boolean }) | null;
  downloadLabel: string;
  /** Offers "open" on the desktop when given. */
  openLabel?: string;
  onError(error: AppErrorData): void;
  onClose(): void;
}) {
  const t = useT();
  const transport = useAppStore((s) => s.status?.transport ?? 'browser');
  const { file, onError } = props;
  return (
    <div className="form-actions">
      {file && transport === 'electron' && (
        <>
          <button
            type="button"
            onClick={() =>
              call('shell.showInFolder', { path: file.path }).catch((e) => onError(asErrorData(e)))
            }
          >
            {t('pkg.showInFolder')}
          </button>
          {props.openLabel && (
            <button
              type="button"
              onClick={() =>
                call('shell.openPath', { path: file.path }).catch((e) => onError(asErrorData(e)))
              }
            >
              {props.openLabel}
            </button>
          )}
        </>
      )}
      {file && transport !== 'electron' && file.downloadable && (
        <button
          type="button"
          onClick={() =>
            deliverFile({ path: file.path, name: file.name, size: file.size }, transport).catch(
              (e: unknown) => onError(asErrorData(e)),
            )
          }
        >
          {props.downloadLabel}
        </button>
      )}
      <button type="button" className="primary" onClick={props.onClose}>
        {t('pkg.close')}
      </button>
    </div>
  );
}
