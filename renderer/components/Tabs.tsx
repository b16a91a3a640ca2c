import { type KeyboardEvent, type ReactNode, useId } from 'react';

/**
 * The one tabs component (WAI-ARIA tabs pattern, automatic activation): a tablist whose tabs name the
 * panel they control (aria-controls), one tab in the Tab order (the selected one), ←/→ move and select,
 * Home/End jump to the first/last. The panel is rendered here too, so the ids always match.
 */
export function Tabs<K extends string>(props: {
  /** The tablist's accessible name. */
  label: string;
  tabs: ReadonlyArray<{ key: K; label: string }>;
  active: K;
  onChange(key: K): void;
  /** The selected tab's panel. */
  children?: ReactNode;
}) {
  const base = useId();
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = `${base}-panel`;
  const { tabs, active, onChange } = props;

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === active);
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const next = to === null ? undefined : tabs[to];
    if (!next) return;
    event.preventDefault();
    onChange(next.key);
    document.getElementById(tabId(next.key))?.focus();
  }

  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            id={tabId(tab.key)}
            type="button"
            role="tab"
            aria-selected={tab.key === active}
            aria-controls={panelId}
            tabIndex={tab.key === active ? 0 : -1}
            className={tab.key === active ? 'tab active' : 'tab'}
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} className="tab-panel">
        {props.children}
      </div>
    </>
  );
}
