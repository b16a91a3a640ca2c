import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';

/** A modal form: Escape closes it, focus starts inside, the title names it for screen readers. */
export function Modal(props: {
  id: string;
  title: string;
  wide?: boolean;
  error?: AppErrorData | null;
  onClose(): void;
  onSubmit?(): void;
  children: ReactNode;
}) {
  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <form
        className={props.wide ? 'modal card modal-wide' : 'modal card'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${props.id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit?.();
        }}
      >
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.error && <ErrorBanner error={props.error} />}
        {props.children}
      </form>
    </div>
  );
}

/** Runs an action, keeping its typed error for the banner and a busy flag for the buttons. */
export function useAction() {
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiError) setError(e.data);
      else setError({ code: 'renderer', vi: String(e), en: String(e) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, setError, busy, run };
}

/** dd/mm/yyyy as typed → ISO, or an error value naming the field. */
export function typedDate(text: string, label: string): string {
  const iso = parseTypedDate(text);
  if (!iso) {
    throw new ApiError({
      code: 'invalid-date',
      vi: `${label}: "${text}" không phải ngày dạng dd/mm/yyyy.`,
      en: `${label}: "${text}" is not a date written dd/mm/yyyy.`,
    });
  }
  return iso;
}

export function optionalTypedDate(text: string, label: string): string | null {
  return text.trim() === '' ? null : typedDate(text, label);
}

export function shownDate(iso: string | null | undefined): string {
  return iso ? formatDate(iso) : '';
}

/** "2026-10" → "10/2026": months as offices write them. */
export function shownMonth(month: string | null | undefined): string {
  return month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '';
}

/** Tabs with arrow-key movement (WAI-ARIA tabs pattern, manual activation kept simple). */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: ReadonlyArray<{ key: K; label: string }>;
  active: K;
  onChange(key: K): void;
}) {
  return (
    <div className="tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((tab, i) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-selected={tab.key === props.active}
          tabIndex={tab.key === props.active ? 0 : -1}
          className={tab.key === props.active ? 'tab active' : 'tab'}
          onClick={() => props.onChange(tab.key)}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            const next = props.tabs[(i + step + props.tabs.length) % props.tabs.length];
            if (next) {
              props.onChange(next.key);
              document.getElementById(`tab-${next.key}`)?.focus();
            }
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
