import { useEffect } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useDossierNav } from '../stores/dossierStore';

const SHORTCUTS: ReadonlyArray<{ keys: string; what: MessageKey }> = [
  { keys: '/ · Ctrl+K', what: 'shortcuts.search' },
  { keys: 'N', what: 'shortcuts.newMeeting' },
  { keys: 'A', what: 'shortcuts.addItem' },
  { keys: 'J · Alt+↓', what: 'shortcuts.next' },
  { keys: 'K · Alt+↑', what: 'shortcuts.previous' },
  { keys: 'Enter', what: 'shortcuts.open' },
  { keys: 'Esc', what: 'shortcuts.close' },
  { keys: 'Alt+1…7', what: 'shortcuts.screens' },
  { keys: '?', what: 'shortcuts.help' },
];

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

/**
 * Keys that work on every screen (/ or Ctrl+K: search; ?: this panel), and the panel listing every
 * shortcut of the app, opened with "?" or the button in the corner.
 */
export function ShortcutsHelp() {
  const t = useT();
  const { helpOpen, setHelpOpen, focusSearch } = useDossierNav();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && (event.key === 'k' || event.key === 'K')) {
        event.preventDefault();
        focusSearch();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (event.key === '/') {
        event.preventDefault();
        focusSearch();
      } else if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusSearch, setHelpOpen]);

  useEffect(() => {
    if (!helpOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        setHelpOpen(false);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [helpOpen, setHelpOpen]);

  return (
    <>
      <button
        type="button"
        className="help-button"
        onClick={() => setHelpOpen(true)}
        aria-label={t('shortcuts.title')}
        title={`${t('shortcuts.title')} (?)`}
      >
        ?
      </button>
      {helpOpen && (
        <div className="modal-backdrop">
          <div
            className="modal card shortcuts"
            role="dialog"
            aria-modal="true"
            aria-labelledby="shortcuts-title"
          >
            <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
            <table className="table">
              <tbody>
                {SHORTCUTS.map((s) => (
                  <tr key={s.keys}>
                    <td className="nowrap">
                      {s.keys.split(' · ').map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </td>
                    <td>{t(s.what)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">{t('shortcuts.note')}</p>
            <div className="form-actions">
              <button type="button" autoFocus onClick={() => setHelpOpen(false)}>
                {t('deadline.close')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
