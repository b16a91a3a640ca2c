import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../shared/contract/search';
import { formatDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useDossierNav } from '../../stores/dossierStore';

/**
 * Search across meetings, agenda items and file names, as the user types. Matching folds diacritics and
 * case on both sides (the main process's FTS5 index), so "to trinh" finds "Tờ trình". ↓/↑ move through the
 * results, Enter opens one, Esc clears; / or Ctrl+K from anywhere comes back here.
 * An ARIA 1.2 combobox: focus stays in the input while aria-activedescendant names the highlighted hit,
 * so a screen reader reads each hit as the arrows move.
 */
export function SearchBox() {
  const t = useT();
  const focusTick = useDossierNav((s) => s.searchFocus);
  const openMeeting = useDossierNav((s) => s.openMeeting);
  const openItem = useDossierNav((s) => s.openItem);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (focusTick > 0) input.current?.focus();
  }, [focusTick]);

  useEffect(() => {
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      call('search.query', { text, limit: 8 })
        .then((value) => {
          if (stale) return;
          setResult(value);
          setActive(0);
          setFailed(false);
        })
        .catch(() => !stale && setFailed(true));
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text]);

  function open(hit: SearchHit) {
    if (hit.kind === 'meeting') openMeeting(hit.meeting.id);
    else if (hit.item) openItem(hit.item.id, hit.meeting.id);
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    const hits = result?.hits ?? [];
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) open(hit);
    } else if (event.key === 'Escape') {
      setText('');
      input.current?.blur();
    }
  }

  const hits = result?.hits ?? [];
  const more = result ? result.hasMore.meeting || result.hasMore.item || result.hasMore.attachment : false;
  const expanded = text.trim() !== '' && (result !== null || failed);
  const activeHit = expanded ? hits[active] : undefined;
  const hitId = (hit: SearchHit) => `search-hit-${hit.kind}-${hit.id}`;
  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-activedescendant={activeHit ? hitId(activeHit) : undefined}
        aria-keyshortcuts="/ Control+K"
        data-testid="search-input"
      />
      {/* The panel is always in the page (hidden when closed) so that aria-controls names an element that
          exists; the listbox holds only options, the messages sit beside it. */}
      <div className="search-results card" hidden={!expanded}>
        {expanded && failed && (
          <p className="error-text" role="status">
            {t('search.failed')}
          </p>
        )}
        {expanded && result && hits.length === 0 && (
          <p className="muted" role="status">
            {t('search.none', { text })}
          </p>
        )}
        <div id="search-results" role="listbox" aria-label={t('search.results')}>
          {expanded &&
            hits.map((hit, i) => (
              <div
                key={`${hit.kind}:${hit.id}`}
                id={hitId(hit)}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'search-hit active' : 'search-hit'}
                data-testid="search-hit"
                data-kind={hit.kind}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => open(hit)}
                onKeyDown={(e) => e.key === 'Enter' && open(hit)}
              >
                <span className={`hit-kind hit-${hit.kind}`}>{t(`search.kind.${hit.kind}`)}</span>
                <span className="hit-title">{hit.title}</span>
                <span className="hit-where muted small">
                  {hit.kind === 'attachment' && hit.entry ? `${hit.entry.label} · ` : ''}
                  {hit.kind !== 'item' && hit.item ? `${hit.item.title} · ` : ''}
                  {hit.kind !== 'meeting'
                    ? `${formatDate(hit.meeting.date)} ${hit.meeting.title}`
                    : formatDate(hit.meeting.date)}
                </span>
              </div>
            ))}
        </div>
        {expanded && more && <p className="muted small">{t('search.more')}</p>}
      </div>
    </div>
  );
}
