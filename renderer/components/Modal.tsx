import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AppErrorData } from '../../shared/errors/appError';
import { ErrorBanner } from './ErrorBanner';

/**
 * A modal dialog, named by its title for screen readers. In a portal: the opener often sits in table
 * cells and cards whose styles must not reach the dialog. Esc closes it (and goes no further, so the
 * screen underneath does not act on it too); focus starts inside — on a field marked autoFocus, else the
 * first field or button — and goes back to the opener after. With onSubmit the dialog is itself the form,
 * and submits with Enter as forms do.
 */
export function Modal(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** When given, the dialog is a form and this runs on submit (the browser's own submit is prevented). */
  onSubmit?(): void;
  /** An error from the last attempt, shown under the title. */
  error?: AppErrorData | null;
  wide?: boolean;
  /** Extra class names for the dialog box. */
  className?: string;
  testId?: string;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement & HTMLFormElement>(null);
  // Taken while rendering, before a field inside takes the focus with autoFocus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // The latest onClose, so that a parent passing a new function each render does not re-run the effect
  // (which would move the focus back to the first field while the user types).
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const current = box.current;
    if (current && !current.contains(document.activeElement)) {
      current.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
  const className = ['modal card', props.wide ? 'modal-wide' : '', props.className ?? '']
    .filter((c) => c !== '')
    .join(' ');
  const content = (
    <>
      <h2 id={titleId}>{props.title}</h2>
      {props.error && <ErrorBanner error={props.error} />}
      {props.children}
    </>
  );
  const { onSubmit } = props;
  return createPortal(
    <div className="modal-backdrop">
      {onSubmit ? (
        <form
          ref={box}
          className={className}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          data-testid={props.testId}
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        <div
          ref={box}
          className={className}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          data-testid={props.testId}
        >
          {content}
        </div>
      )}
    </div>,
    document.body,
  );
}
