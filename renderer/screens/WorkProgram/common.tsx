import { formatDate, parseTypedDate } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';

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
