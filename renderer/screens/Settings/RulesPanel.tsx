import { type FormEvent, useEffect, useState } from 'react';
import type { RuleSetView } from '../../../shared/contract/calendar';
import type { AppErrorData } from '../../../shared/errors/appError';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/meetings/kinds';
import { ApiError } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';
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

/** The fields a refusal names: the contract's 'invalid-argument' lists them, the rule check names one. */
function rejectedFields(error: AppErrorData): string[] {
  const detail = error.detail ?? {};
  const fields = Array.isArray(detail.fields)
    ? detail.fields
    : typeof detail.field === 'string'
      ? [detail.field]
      : [];
  return fields.filter((f): f is string => typeof f === 'string').map((f) => f.replace(/^rules\./, ''));
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
  const [invalid, setInvalid] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadRules().catch((e: unknown) => e instanceof ApiError && setError(e.data));
  }, [loadRules]);
  useEffect(() => {
    if (rules) setDraft(toDraft(rules));
  }, [rules]);

  if (!draft) return error ? <ErrorBanner error={error} /> : <p className="muted">{t('app.loading')}</p>;

  const labels: Record<string, string> = {
    [FIELD.officeHoursEnd]: t('rules.officeHoursEnd'),
    [FIELD.leaderDay]: t('rules.leaderOpinion'),
    [FIELD.monthlyDay]: t('rules.monthlyReport'),
    [FIELD.taskDays]: t('rules.taskExtension'),
    ...Object.fromEntries(
      MEETING_KINDS.map((k) => [FIELD.signed(k), `${t('rules.signedDocuments')} — ${t(`meetingKind.${k}`)}`]),
    ),
  };
  const isInvalid = (field: string) => invalid.includes(field);

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
      const text = problems.map((p) =>
        t('rules.notWholeNumber', { field: labels[p.field] ?? p.field, text: p.text }),
      );
      setInvalid(problems.map((p) => p.field));
      setError({ code: 'invalid-number', vi: text.join(' '), en: text.join(' ') });
      return;
    }
    setBusy(true);
    setError(null);
    setInvalid([]);
    try {
      await saveRules(next);
      await loadStatus();
      setNotice(t('rules.saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.data);
      setInvalid(rejectedFields(e.data));
    } finally {
      setBusy(false);
    }
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const named = invalid.map((f) => labels[f] ?? f);

  return (
    <form className="card rules-form" onSubmit={submit} aria-label={t('rules.title')} noValidate>
      <h2>{t('rules.title')}</h2>
      <p className="muted">{t('rules.intro')}</p>
      {error && (
        <div>
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          {named.length > 0 && error.code !== 'invalid-number' && (
            <p className="error-text" data-testid="rules-invalid-fields">
              {t('rules.rejectedFields', { fields: named.join('; ') })}
            </p>
          )}
        </div>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="rules-grid">
        <label>
          {t('rules.officeHoursEnd')}
          <input
            name="officeHoursEnd"
            value={draft.officeHoursEnd}
            onChange={(e) => set({ officeHoursEnd: e.target.value })}
            placeholder="17:00"
            aria-invalid={isInvalid(FIELD.officeHoursEnd)}
            className="narrow"
          />
          <span className="hint">{t('rules.officeHoursHint')}</span>
        </label>
      </div>
      <fieldset>
        <legend>{t('rules.signedDocuments')}</legend>
        <div className="rules-kinds">
          {MEETING_KINDS.map((k) => (
            <label key={k}>
              {t(`meetingKind.${k}`)}
              <input
                name={`signed-${k}`}
                value={draft.signed[k]}
                inputMode="numeric"
                onChange={(e) => set({ signed: { ...draft.signed, [k]: e.target.value } })}
                aria-invalid={isInvalid(FIELD.signed(k))}
                className="narrow"
              />
            </label>
          ))}
        </div>
        <span className="hint">{t('rules.signedDocumentsHint')}</span>
      </fieldset>
      <fieldset>
        <legend>{t('deadline.rule.leader-opinion')}</legend>
        <div className="rules-row">
          <label>
            {t('rules.leaderOpinion')}
            <input
              name="leaderDay"
              value={draft.leaderDay}
              inputMode="numeric"
              onChange={(e) => set({ leaderDay: e.target.value })}
              aria-invalid={isInvalid(FIELD.leaderDay)}
              className="narrow"
            />
            <span className="hint">{t('rules.dayOfMonthHint')}</span>
          </label>
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
        <label>
          {t('rules.monthlyReport')}
          <input
            name="monthlyDay"
            value={draft.monthlyDay}
            inputMode="numeric"
            onChange={(e) => set({ monthlyDay: e.target.value })}
            aria-invalid={isInvalid(FIELD.monthlyDay)}
            className="narrow"
          />
          <span className="hint">{t('rules.dayOfMonthHint')}</span>
        </label>
        <label>
          {t('rules.taskExtension')}
          <input
            name="taskDays"
            value={draft.taskDays}
            inputMode="numeric"
            onChange={(e) => set({ taskDays: e.target.value })}
            aria-invalid={isInvalid(FIELD.taskDays)}
            className="narrow"
          />
          <span className="hint">{t('rules.taskExtensionHint')}</span>
        </label>
      </div>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            if (rules) setDraft(toDraft(rules));
            setError(null);
            setInvalid([]);
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
