import { type ReactNode, useId } from 'react';
import type { AppErrorData } from '../../shared/errors/appError';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';

/** One field's problem as the main process reported it (dispatch.ts: detail.issues). */
interface FieldIssue {
  field: string;
  vi: string;
  en: string;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  return (['field', 'vi', 'en'] as const).every((k) => typeof Reflect.get(value, k) === 'string');
}

export function fieldIssues(error: AppErrorData | null): FieldIssue[] {
  const issues = error?.detail?.issues;
  return Array.isArray(issues) ? issues.filter(isFieldIssue) : [];
}

/**
 * A form's view of an error: which fields are invalid, their messages, and the banner text naming each
 * field exactly as its label on screen reads (the main process cannot know the form's wording).
 * `labels` maps the contract's field names to this form's labels.
 */
export function useFieldErrors(error: AppErrorData | null, labels: Record<string, string>) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const base = useId();
  const issues = fieldIssues(error);
  const byField = new Map(issues.map((i) => [i.field, language === 'vi' ? i.vi : i.en]));
  // A rule the service checks (a stance missing, an answer dated before receipt) names its one field:
  // that field is marked with the error's own sentence, and the banner keeps the sentence as it is.
  const single = error?.detail?.field;
  if (error && issues.length === 0 && typeof single === 'string')
    byField.set(single, language === 'vi' ? error.vi : error.en);
  const summary: AppErrorData | null =
    error && issues.length > 0
      ? {
          ...error,
          vi: `${t('field.errorsTitle')} ${issues.map((i) => `${labels[i.field] ?? i.field}: ${i.vi}`).join('; ')}.`,
          en: `${t('field.errorsTitle')} ${issues.map((i) => `${labels[i.field] ?? i.field}: ${i.en}`).join('; ')}.`,
        }
      : error;
  const messageId = (field: string) => `${base}-${field.replace(/\W/g, '_')}-error`;
  return {
    /** The error for the form's banner (every field named by its label). */
    summary,
    message: (field: string) => byField.get(field),
    messageId,
    /** aria-invalid and aria-describedby for the field's control. */
    aria: (field: string, describedBy?: string) => {
      const invalid = byField.has(field);
      const ids = [invalid ? messageId(field) : '', describedBy ?? ''].filter(Boolean).join(' ');
      return {
        'aria-invalid': invalid || undefined,
        'aria-describedby': ids || undefined,
      };
    },
  };
}

/** The message under an invalid field (nothing when the field is fine). */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message}
    </span>
  );
}

/** "12/500 ký tự" under a text field while it is typed in; warns as the limit nears. */
export function CharCounter({ id, value, max }: { id: string; value: string; max: number }) {
  const t = useT();
  const n = [...value].length;
  const near = n >= max * 0.9;
  return (
    <span id={id} className={near ? 'char-counter near' : 'char-counter'} aria-live={near ? 'polite' : 'off'}>
      {t('field.counter', { n, max })}
    </span>
  );
}

export type FieldErrors = ReturnType<typeof useFieldErrors>;

/**
 * A free-text field with its contract limit (maxLength and a live counter) and its own error, marked
 * invalid when it is. The counter and the message sit outside the <label>, so the name stays the label.
 */
export function TextField(props: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  max: number;
  errors: FieldErrors;
  rows?: number;
  autoFocus?: boolean;
  placeholder?: string;
  /** The input's own name when it differs from the contract's field name (kept for existing tests). */
  controlName?: string;
  className?: string;
}) {
  const { errors, name, max } = props;
  const counterId = `${errors.messageId(name)}-count`;
  const inputId = `${errors.messageId(name)}-input`;
  const common = {
    id: inputId,
    name: props.controlName ?? name,
    value: props.value,
    maxLength: max,
    autoFocus: props.autoFocus,
    placeholder: props.placeholder,
    ...errors.aria(name, counterId),
  };
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={inputId} className="field-label">
        {props.label}
      </label>
      {props.rows ? (
        <textarea {...common} rows={props.rows} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      <CharCounter id={counterId} value={props.value} max={max} />
      <FieldMessage id={errors.messageId(name)} message={errors.message(name)} />
    </div>
  );
}

/** What a control inside <Field> spreads on itself: its id (for the label), name and error marks. */
export interface FieldControlProps {
  id: string;
  name: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * Any other control (select, date, number, file) with its label and its own error, marked invalid when it
 * is: `<Field label=… name="due" errors={fe}>{(p) => <input {...p} value={…} />}</Field>`.
 */
export function Field(props: {
  label: string;
  name: string;
  errors: FieldErrors;
  /** Extra ids describing the control (a hint under it). */
  describedBy?: string;
  className?: string;
  /** A standing hint under the control (its limits), read with it. */
  hint?: string;
  children(control: FieldControlProps): ReactNode;
}) {
  const { errors, name } = props;
  const id = `${errors.messageId(name)}-input`;
  const hintId = props.hint ? `${errors.messageId(name)}-hint` : undefined;
  const describedBy = [hintId, props.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.children({ id, name, ...errors.aria(name, describedBy) })}
      {props.hint && (
        <span id={hintId} className="hint">
          {props.hint}
        </span>
      )}
      <FieldMessage id={errors.messageId(name)} message={errors.message(name)} />
    </div>
  );
}

/** A date typed dd/mm/yyyy, with its label and its own error (the main process reads and checks it). */
export function DateField(props: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  errors: FieldErrors;
  controlName?: string;
  autoFocus?: boolean;
  className?: string;
}) {
  return (
    <Field label={props.label} name={props.name} errors={props.errors} className={props.className}>
      {(p) => (
        <input
          {...p}
          name={props.controlName ?? props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          autoFocus={props.autoFocus}
        />
      )}
    </Field>
  );
}
