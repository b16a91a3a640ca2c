import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AppErrorData } from '../../shared/errors/appError';
import { ErrorBanner } from './ErrorBanner';

/**
 * The one modal dialog of the app: a native <dialog> opened with showModal(), so the browser itself
 * keeps focus inside it (the page behind becomes inert: Tab cannot reach it) and screen readers get a
 * modal dialog named by its title. In a portal: the opener often sits in table cells and cards whose
 * styles must not reach the dialog. Esc closes only the topmost dialog (and goes no further, so the
 * screen underneath does not act on it too); focus starts inside — on a field marked autoFocus, else the
 * first field or button — and goes back to the opener after. With onSubmit the dialog holds a form, and
 * submits with Enter as forms do.
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
  /** 'alertdialog' for a question that needs an answer (confirmations). */
  role?: 'dialog' | 'alertdialog';
}) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // Taken while rendering, before a field inside takes the focus with autoFocus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // The latest onClose, so that a parent passing a new function each render does not re-run the effect
  // (which would move the focus back to the first field while the user types).
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const current = dialog.current;
    if (!current) return;
    if (!current.open) current.showModal();
    const autoFocus = current.querySelector<HTMLElement>('[autofocus], [data-autofocus]');
    (autoFocus ?? current.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const open = document.querySelectorAll('dialog[open]');
      if (open[open.length - 1] !== current) return;
      event.preventDefault();
      event.stopPropagation();
      onClose.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (current.open) current.close();
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
    <dialog
      ref={dialog}
      className="modal-dialog"
      role={props.role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      data-testid={props.testId}
      // Esc is handled above (the topmost dialog only); the browser's own cancel would close it behind
      // React's back.
      onCancel={(event) => event.preventDefault()}
    >
      {onSubmit ? (
        // noValidate: the main process checks every field and the form marks them all at once, in the
        // app's words, instead of the browser's bubble on the first one.
        <form
          className={className}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        <div className={className}>{content}</div>
      )}
    </dialog>,
    document.body,
  );
}
