import { type ReactNode, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { AppErrorData } from '../../../shared/errors/appError';
import type { Language } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';
import { useAppStore } from '../../stores/appStore';

/** A label the shared domain gives in both languages (content kinds, statuses), in the user's one. */
export function useBilingual(): (text: { vi: string; en: string }) => string {
  const language = useAppStore((s) => s.language);
  return (text) => (language === 'vi' ? text.vi : text.en);
}

/** Bytes as an office worker reads them: "1,2 MB" in Vietnamese (decimal comma), "1.2 MB" in English. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${units[unit]}`;
}

/** The first 12 hex digits: enough to tell files apart on screen; the full hash is in the tooltip. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** An ISO timestamp as dd/MM/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving), whatever the PC's zone. */
export function formatTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Turns a thrown value into the error a banner shows; rethrows what is not an API error (a bug). */
export function asErrorData(e: unknown): AppErrorData {
  if (e instanceof ApiError) return e.data;
  return { code: 'internal', vi: `Lỗi: ${String(e)}`, en: `Error: ${String(e)}` };
}

/** True when a key press is meant for a text field, not for a single-key shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** True when some dialog is open: single-key shortcuts of the screen underneath stay quiet. */
export function dialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/**
 * A modal dialog in a portal: Esc closes it, focus goes to its first field and back to the opener after.
 * The form inside submits with Enter as forms do.
 */
export function Modal(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The latest onClose, so that a parent passing a new function each render does not re-run the effect
  // (which would move the focus back to the first field while the user types).
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
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
  }, []);
  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={box}
        className={props.wide ? 'modal card modal-wide' : 'modal card'}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
      >
        <h2>{props.title}</h2>
        {props.children}
      </div>
    </div>,
    document.body,
  );
}
