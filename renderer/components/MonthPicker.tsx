import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatMonth, monthName } from '../../shared/format/locale';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';

/**
 * The app's own month picker, instead of the browser's <input type=month> (which speaks the browser's
 * language — "November 2026" in a Vietnamese interface — and differs between browsers). A button shows
 * the month ('Tháng 11/2026'); it opens a year with its twelve months (Tháng 1…12 / January…December).
 * Keys in the grid: arrows move, PageUp/PageDown change the year, Enter picks, Esc closes.
 * Value: 'YYYY-MM', or '' when `allowEmpty` and nothing is chosen.
 */
export function MonthPicker(props: {
  value: string;
  onChange(value: string): void;
  /** The accessible name when the picker is not inside a <label>. */
  ariaLabel?: string;
  allowEmpty?: boolean;
  /** The year to open on when the value is empty. */
  defaultYear?: number;
  /** From <Field>: the button's id (its label points at it) and its error marks. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const today = useAppStore((s) => s.status?.today ?? '2026-01-01');
  const [open, setOpen] = useState(false);
  const valueYear = props.value
    ? Number(props.value.slice(0, 4))
    : (props.defaultYear ?? Number(today.slice(0, 4)));
  const valueMonth = props.value ? Number(props.value.slice(5, 7)) : Number(today.slice(5, 7));
  const [year, setYear] = useState(valueYear);
  const [focus, setFocus] = useState(valueMonth);
  const grid = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popupId = useId();

  useEffect(() => {
    if (open) grid.current?.querySelector<HTMLElement>(`[data-month="${focus}"]`)?.focus();
  }, [open, focus]);

  function openPicker() {
    setYear(valueYear);
    setFocus(valueMonth);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function pick(month: number) {
    props.onChange(`${year}-${String(month).padStart(2, '0')}`);
    close();
  }

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 };
    const step = moves[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const index = year * 12 + focus - 1 + step;
      setYear(Math.floor(index / 12));
      setFocus((index % 12) + 1);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      setYear((y) => y + (event.key === 'PageUp' ? -1 : 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  return (
    <span className="month-picker">
      <button
        ref={button}
        type="button"
        className="month-picker-button"
        id={props.id}
        aria-invalid={props['aria-invalid']}
        aria-describedby={props['aria-describedby']}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        aria-label={
          props.ariaLabel
            ? `${props.ariaLabel}: ${props.value ? formatMonth(props.value, language) : '—'}`
            : undefined
        }
        onClick={() => (open ? close() : openPicker())}
      >
        {props.value ? formatMonth(props.value, language) : t('monthPicker.choose')}
      </button>
      {open && (
        <div
          className="month-picker-popup card"
          id={popupId}
          role="dialog"
          aria-label={t('monthPicker.choose')}
          onKeyDown={onKey}
        >
          <div className="month-picker-head">
            <button type="button" onClick={() => setYear(year - 1)} aria-label={t('monthPicker.prevYear')}>
              ‹
            </button>
            <strong aria-live="polite">{year}</strong>
            <button type="button" onClick={() => setYear(year + 1)} aria-label={t('monthPicker.nextYear')}>
              ›
            </button>
          </div>
          <div className="month-picker-grid" ref={grid}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
              const value = `${year}-${String(m).padStart(2, '0')}`;
              return (
                <button
                  key={m}
                  type="button"
                  data-month={m}
                  tabIndex={m === focus ? 0 : -1}
                  aria-pressed={value === props.value}
                  className={value === props.value ? 'month-cell selected' : 'month-cell'}
                  onClick={() => pick(m)}
                >
                  {monthName(m, language)}
                </button>
              );
            })}
          </div>
          {props.allowEmpty && props.value && (
            <button
              type="button"
              className="link"
              onClick={() => {
                props.onChange('');
                close();
              }}
            >
              {t('monthPicker.clear')}
            </button>
          )}
        </div>
      )}
    </span>
  );
}
