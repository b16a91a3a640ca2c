import { type FormEvent, useState } from 'react';
import { OVERRIDE_TEXT_LIMITS } from '../../../shared/contract/calendar';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useCalendarStore } from '../../stores/calendarStore';
import { typedDate } from '../WorkProgram/common';

/**
 * Ngày điều chỉnh của cơ quan: add a local day off or a weekend day worked, or remove one. The main
 * process validates (a real date, no clash) and every deadline is recomputed from the new calendar.
 */
export function OverridesPanel() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const { overrides, saveOverride, removeOverride } = useCalendarStore();
  const [date, setDate] = useState('');
  const [working, setWorking] = useState(false);
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [notice, setNotice] = useState('');
  const { error, setError, busy, run } = useAction();
  const labels = {
    date: t('overrides.date'),
    working: t('overrides.type'),
    name: t('overrides.name'),
    source: t('overrides.source'),
  };
  const fe = useFieldErrors(error, labels);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    // A date that cannot be read goes as typed: the main process reports it with every other invalid field.
    const iso = typedDate(date);
    await run(async () => {
      await saveOverride({ date: iso, working, name, source });
      setNotice(t('overrides.saved', { date: formatDateWithWeekday(iso, language) }));
      setDate('');
      setName('');
      setSource('');
    });
  }

  async function remove(iso: string) {
    setNotice('');
    setError(null);
    try {
      await removeOverride(iso);
      setNotice(t('overrides.removed', { date: formatDateWithWeekday(iso, language) }));
    } catch (e) {
      if (e instanceof ApiError) setError(e.data);
      else throw e;
    }
  }

  return (
    <div className="card overrides-card">
      <h2>{t('overrides.title')}</h2>
      <p className="muted">{t('overrides.intro')}</p>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form className="override-form" onSubmit={submit} aria-label={t('overrides.title')}>
        <Field label={labels.date} name="date" errors={fe} className="override-date">
          {(p) => (
            <input
              {...p}
              name="overrideDate"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
            />
          )}
        </Field>
        <Field label={labels.working} name="working" errors={fe}>
          {(p) => (
            <select
              {...p}
              name="overrideType"
              value={working ? 'working' : 'off'}
              onChange={(e) => setWorking(e.target.value === 'working')}
            >
              <option value="off">{t('overrides.typeOff')}</option>
              <option value="working">{t('overrides.typeWorking')}</option>
            </select>
          )}
        </Field>
        <TextField
          label={labels.name}
          name="name"
          controlName="overrideName"
          value={name}
          onChange={setName}
          max={OVERRIDE_TEXT_LIMITS.name}
          errors={fe}
          placeholder={t('overrides.namePlaceholder')}
          className="grow"
        />
        <TextField
          label={labels.source}
          name="source"
          controlName="overrideSource"
          value={source}
          onChange={setSource}
          max={OVERRIDE_TEXT_LIMITS.source}
          errors={fe}
          placeholder={t('overrides.sourcePlaceholder')}
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('overrides.add')}
        </button>
      </form>
      {overrides.length === 0 ? (
        <p className="muted">{t('overrides.empty')}</p>
      ) : (
        <table className="table" aria-label={t('overrides.title')}>
          <thead>
            <tr>
              <th>{t('overrides.col.date')}</th>
              <th>{t('overrides.col.type')}</th>
              <th>{t('overrides.col.name')}</th>
              <th>{t('overrides.col.source')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {overrides.map((o) => (
              <tr key={o.date} data-testid="override-row">
                <td className="nowrap">{formatDateWithWeekday(o.date, language)}</td>
                <td>
                  <span
                    className={`swatch tone-override-${o.working ? 'working' : 'off'}`}
                    aria-hidden="true"
                  />{' '}
                  {t(o.working ? 'overrides.typeWorking' : 'overrides.typeOff')}
                </td>
                <td>{o.name}</td>
                <td>{o.source}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => void remove(o.date)}
                    aria-label={t('overrides.removeLabel', { date: formatDateWithWeekday(o.date, language) })}
                  >
                    {t('overrides.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
