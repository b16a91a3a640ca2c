import { type FormEvent, useEffect, useState } from 'react';
import type { RuleSetView } from '../../../shared/contract/calendar';
import type { AppErrorData } from '../../../shared/errors/appError';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/kinds';
import { ApiError } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useCalendarStore } from '../../stores/calendarStore';

/** The form's text for each number, as typed; '' in a signed-documents field = the rule does not apply. */
interface Draft {
  officeHoursEnd: string;
  signed: Record<MeetingKind, string>;
  leaderKinds: MeetingKind[];
  leaderDay: string;
  leaderCap: boolean;
  monthlyDay: string;
  taskDays: string;
}

function toDraft(rules: RuleSetView): Draft {
  const signed = Object.fromEntries(
    MEETING_KINDS.map((k) => [k, rules.signedDocumentsWorkingDays[k]?.toString() ?? '']),
  ) as Record<MeetingKind, string>;
  return {
    officeHoursEnd: rules.officeHoursEnd,
    signed,
    leaderKinds: [...rules.leaderOpinion.kinds],
    leaderDay: String(rules.leaderOpinion.beforeDayOfMonth),
    leaderCap: rules.leaderOpinion.capAtSignedDocuments,
    monthlyDay: String(rules.monthlyReport.beforeDayOfMonth),
    taskDays: String(rules.taskExtensionReport.workingDaysBefore),
  };
}

/** Field paths as the main process names them (with or without the 'rules.' prefix). */
const FIELD = {
  officeHoursEnd: 'officeHoursEnd',
  signed: (k: MeetingKind) => `signedDocumentsWorkingDays.${k}`,
  leaderDay: 'leaderOpinion.beforeDayOfMonth',
  monthlyDay: 'monthlyReport.beforeDayOfMonth',
  taskDays: 'taskExtensionReport.workingDaysBefore',
} as const;

/**
 * The refusal as the form reads it: the main process names fields with or without the 'rules.' prefix,
 * the form by their paths inside the rule set.
 */
function withoutPrefix(error: AppErrorData | null): AppErrorData | null {
  const detail = error?.detail;
  if (!error || !detail) return error;
  const strip = (f: unknown) => (typeof f === 'string' ? f.replace(/^rules\./, '') : f);
  return {
    ...error,
    detail: {
      ...detail,
      field: strip(detail.field),
      issues: Array.isArray(detail.issues)
        ? detail.issues.map((i: unknown) =>
            typeof i === 'object' && i !== null ? { ...i, field: strip(Reflect.get(i, 'field')) } : i,
          )
        : detail.issues,
    },
  };
}

/**
 * Quy tắc tính hạn: end of office hours and the rule numbers. The main process validates and its message is
 * shown as is; the fields it names are marked. Only "this is not a whole number" is said here, since such
 * text cannot be sent as a number at all.
 */
export function RulesPanel() {
  const t = useT();
  const loadStatus = useAppStore((s) => s.loadStatus);
  const { rules, loadRules, saveRules } = useCalendarStore();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadRules().catch((e: unknown) => e instanceof ApiError && setError(e.data));
  }, [loadRules]);
  useEffect(() => {
    if (rules) setDraft(toDraft(rules));
  }, [rules]);

  const labels: Record<string, string> = {
    [FIELD.officeHoursEnd]: t('rules.officeHoursEnd'),
    [FIELD.leaderDay]: t('rules.leaderOpinion'),
    [FIELD.monthlyDay]: t('rules.monthlyReport'),
    [FIELD.taskDays]: t('rules.taskExtension'),
    ...Object.fromEntries(
      MEETING_KINDS.map((k) => [FIELD.signed(k), `${t('rules.signedDocuments')} — ${t(`meetingKind.${k}`)}`]),
    ),
  };
  const fe = useFieldErrors(withoutPrefix(error), labels);

  if (!draft) return error ? <ErrorBanner error={error} /> : <p className="muted">{t('app.loading')}</p>;

  /** A whole number, null for an empty optional field, or the field that is not one. */
  function parse(text: string, field: string, optional: boolean): number | null | { bad: string } {
    const trimmed = text.trim();
    if (trimmed === '' && optional) return null;
    return /^-?\d+$/.test(trimmed) ? Number(trimmed) : { bad: field };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setNotice('');
    const problems: Array<{ field: string; text: string }> = [];
    const num = (text: string, field: string): number => {
      const v = parse(text, field, false);
      if (typeof v !== 'number') problems.push({ field, text });
      return typeof v === 'number' ? v : 0;
    };
    const signedDocumentsWorkingDays = Object.fromEntries(
      MEETING_KINDS.map((k) => {
        const v = parse(draft.signed[k], FIELD.signed(k), true);
        if (v !== null && typeof v !== 'number')
          problems.push({ field: FIELD.signed(k), text: draft.signed[k] });
        return [k, typeof v === 'number' ? v : null];
      }),
    ) as RuleSetView['signedDocumentsWorkingDays'];
    const next: RuleSetView = {
      officeHoursEnd: draft.officeHoursEnd.trim(),
      signedDocumentsWorkingDays,
      leaderOpinion: {
        kinds: draft.leaderKinds,
        beforeDayOfMonth: num(draft.leaderDay, FIELD.leaderDay),
        capAtSignedDocuments: draft.leaderCap,
      },
      monthlyReport: { beforeDayOfMonth: num(draft.monthlyDay, FIELD.monthlyDay) },
      taskExtensionReport: { workingDaysBefore: num(draft.taskDays, FIELD.taskDays) },
    };
    if (problems.length > 0) {
      // Text that is not a number cannot be sent as one: said here, in the shape the main process uses.
      const issues = problems.map((p) => ({
        field: p.field,
        vi: `"${p.text}" không phải số nguyên`,
        en: `"${p.text}" is not a whole number`,
      }));
      setError({
        code: 'invalid-number',
        vi: issues.map((i) => `${labels[i.field] ?? i.field}: ${i.vi}.`).join(' '),
        en: issues.map((i) => `${labels[i.field] ?? i.field}: ${i.en}.`).join(' '),
        detail: { issues },
      });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveRules(next);
      await loadStatus();
      setNotice(t('rules.saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.data);
    } finally {
      setBusy(false);
    }
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  return (
    <form className="card rules-form" onSubmit={submit} aria-label={t('rules.title')} noValidate>
      <h2>{t('rules.title')}</h2>
      <p className="muted">{t('rules.intro')}</p>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="rules-grid">
        <Field
          label={labels[FIELD.officeHoursEnd] ?? ''}
          name={FIELD.officeHoursEnd}
          errors={fe}
          hint={t('rules.officeHoursHint')}
        >
          {(p) => (
            <input
              {...p}
              name="officeHoursEnd"
              value={draft.officeHoursEnd}
              onChange={(e) => set({ officeHoursEnd: e.target.value })}
              placeholder="17:00"
              className="narrow"
            />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>{t('rules.signedDocuments')}</legend>
        <div className="rules-kinds">
          {MEETING_KINDS.map((k) => (
            <Field key={k} label={t(`meetingKind.${k}`)} name={FIELD.signed(k)} errors={fe}>
              {(p) => (
                <input
                  {...p}
                  name={`signed-${k}`}
                  value={draft.signed[k]}
                  inputMode="numeric"
                  onChange={(e) => set({ signed: { ...draft.signed, [k]: e.target.value } })}
                  className="narrow"
                />
              )}
            </Field>
          ))}
        </div>
        <span className="hint">{t('rules.signedDocumentsHint')}</span>
      </fieldset>
      <fieldset>
        <legend>{t('deadline.rule.leader-opinion')}</legend>
        <div className="rules-row">
          <Field
            label={labels[FIELD.leaderDay] ?? ''}
            name={FIELD.leaderDay}
            errors={fe}
            hint={t('rules.dayOfMonthHint')}
          >
            {(p) => (
              <input
                {...p}
                name="leaderDay"
                value={draft.leaderDay}
                inputMode="numeric"
                onChange={(e) => set({ leaderDay: e.target.value })}
                className="narrow"
              />
            )}
          </Field>
          <fieldset className="checks">
            <legend className="muted">{t('rules.leaderOpinionKinds')}:</legend>
            {MEETING_KINDS.map((k) => (
              <label key={k} className="inline">
                <input
                  type="checkbox"
                  checked={draft.leaderKinds.includes(k)}
                  onChange={(e) =>
                    set({
                      leaderKinds: e.target.checked
                        ? MEETING_KINDS.filter((x) => x === k || draft.leaderKinds.includes(x))
                        : draft.leaderKinds.filter((x) => x !== k),
                    })
                  }
                />{' '}
                {t(`meetingKind.${k}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <label className="inline">
          <input
            type="checkbox"
            name="leaderCap"
            checked={draft.leaderCap}
            onChange={(e) => set({ leaderCap: e.target.checked })}
          />{' '}
          {t('rules.leaderOpinionCap')}
        </label>
      </fieldset>
      <div className="rules-row">
        <Field
          label={labels[FIELD.monthlyDay] ?? ''}
          name={FIELD.monthlyDay}
          errors={fe}
          hint={t('rules.dayOfMonthHint')}
        >
          {(p) => (
            <input
              {...p}
              name="monthlyDay"
              value={draft.monthlyDay}
              inputMode="numeric"
              onChange={(e) => set({ monthlyDay: e.target.value })}
              className="narrow"
            />
          )}
        </Field>
        <Field
          label={labels[FIELD.taskDays] ?? ''}
          name={FIELD.taskDays}
          errors={fe}
          hint={t('rules.taskExtensionHint')}
        >
          {(p) => (
            <input
              {...p}
              name="taskDays"
              value={draft.taskDays}
              inputMode="numeric"
              onChange={(e) => set({ taskDays: e.target.value })}
              className="narrow"
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            if (rules) setDraft(toDraft(rules));
            setError(null);
          }}
        >
          {t('rules.reset')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
