import { useEffect, useRef } from 'react';

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
 * A single-key shortcut of a screen ("N": add one), in either case, without Ctrl, Alt or Meta. It stays
 * quiet while the user types in a field, while a dialog is open, and while `enabled` is false.
 */
export function useKeyShortcut(key: string, handler: () => void, options: { enabled?: boolean } = {}): void {
  const enabled = options.enabled ?? true;
  // The latest handler, so that a new function each render does not re-register the listener.
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const wanted = key.toLowerCase();
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target) || dialogOpen()) return;
      if (event.key.toLowerCase() !== wanted) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, enabled]);
}
