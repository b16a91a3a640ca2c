import { useEffect } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useDossierNav } from '../stores/dossierStore';
import { Modal } from './Modal';
import { dialogOpen, isTyping } from './useKeyShortcut';

const SHORTCUTS: ReadonlyArray<{ keys: string; what: MessageKey }> = [
  { keys: '/ · Ctrl+K', what: 'shortcuts.search' },
  { keys: 'N', what: 'shortcuts.newMeeting' },
  { keys: 'A', what: 'shortcuts.addItem' },
  { keys: 'J · Alt+↓', what: 'shortcuts.next' },
  { keys: 'K · Alt+↑', what: 'shortcuts.previous' },
  { keys: 'Enter', what: 'shortcuts.open' },
  { keys: 'Esc', what: 'shortcuts.close' },
  { keys: 'Alt+1…8', what: 'shortcuts.screens' },
  { keys: '?', what: 'shortcuts.help' },
];

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
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || dialogOpen()) return;
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
        <Modal title={t('shortcuts.title')} onClose={() => setHelpOpen(false)} className="shortcuts">
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
            <button type="button" onClick={() => setHelpOpen(false)}>
              {t('deadline.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
