import { type FormEvent, useEffect, useState } from 'react';
import { AGENDA_KINDS, type AgendaKind } from '../../../shared/agenda/kinds';
import type { AgendaThresholds } from '../../../shared/contract/agenda';
import { thresholdFieldProblems } from '../../../shared/dossiers/urgency';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';

type Draft = Partial<Record<AgendaKind, { red: string; amber: string }>>;
const EMPTY = { red: '', amber: '' };

const KIND_KEYS: Record<AgendaKind, MessageKey> = {
  'signed-documents': 'agenda.kind.signed-documents',
  'leader-opinion': 'agenda.kind.leader-opinion',
  'coordination-answer': 'agenda.kind.coordination-answer',
  'task-deadline': 'agenda.kind.task-deadline',
  'task-extension-report': 'agenda.kind.task-extension-report',
  'monthly-report': 'agenda.kind.monthly-report',
  'plan-step': 'agenda.kind.plan-step',
  'opinion-request': 'agenda.kind.opinion-request',
};

function toDraft(value: AgendaThresholds): Draft {
  const draft: Draft = {};
  for (const kind of AGENDA_KINDS) {
    const own = value.byKind[kind];
    draft[kind] = { red: own ? String(own.red) : '', amber: own ? String(own.amber) : '' };
  }
  return draft;
}

/**
 * Ngưỡng theo loại hạn: a kind may warn earlier or later than the general thresholds (a monthly report a
 * week ahead, a coordination answer on the day). The dashboard, the agenda and notifications use them.
 */
export function KindThresholdsPanel() {
  const t = useT();
  const [general, setGeneral] = useState<AgendaThresholds['general'] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState('');
  const { error, setError, run } = useAction();

  useEffect(() => {
    void run(() => call('agenda.thresholds.get', {})).then((v) => {
      if (!v) return;
      setGeneral(v.general);
      setDraft(toDraft(v));
    });
  }, [run]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setNotice('');
    const byKind: AgendaThresholds['byKind'] = {};
    // Every kind is checked before anything is said, so all wrong fields are marked at once.
    const issues: Array<{ field: string; vi: string; en: string }> = [];
    for (const kind of AGENDA_KINDS) {
      const { red, amber } = draft[kind] ?? EMPTY;
      if (red.trim() === '' && amber.trim() === '') continue;
      const problems = thresholdFieldProblems(red, amber);
      for (const p of problems) issues.push({ ...p, field: `${kind}.${p.field}` });
      if (problems.length === 0) byKind[kind] = { red: Number(red), amber: Number(amber) };
    }
    const first = issues[0];
    if (first) {
      setError({ code: 'invalid-thresholds', vi: first.vi, en: first.en, detail: { issues } });
      return;
    }
    const saved = await run(() => call('agenda.thresholds.set', { byKind }));
    if (saved) {
      setDraft(toDraft(saved));
      setNotice(t('thresholds.byKind.saved'));
    }
  }

  const labels = Object.fromEntries(
    AGENDA_KINDS.flatMap((kind) =>
      (['red', 'amber'] as const).map((level) => [
        `${kind}.${level}`,
        `${t(KIND_KEYS[kind])} — ${t(`thresholds.byKind.${level}`)}`,
      ]),
    ),
  );
  const fe = useFieldErrors(error, labels);
  if (!draft) return error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null;
  return (
    <form className="card thresholds" onSubmit={save} data-testid="kind-thresholds">
      <h2>{t('thresholds.byKind.title')}</h2>
      <p className="hint">{t('thresholds.byKind.hint')}</p>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && <p className="notice">{notice}</p>}
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('agenda.kind')}</th>
            <th className="num">{t('thresholds.byKind.red')}</th>
            <th className="num">{t('thresholds.byKind.amber')}</th>
          </tr>
        </thead>
        <tbody>
          {AGENDA_KINDS.map((kind) => (
            <tr key={kind}>
              <td>{t(KIND_KEYS[kind])}</td>
              {(['red', 'amber'] as const).map((level) => (
                <td key={level} className="num">
                  <input
                    className="narrow"
                    inputMode="numeric"
                    name={`${kind}.${level}`}
                    aria-label={`${t(KIND_KEYS[kind])} — ${t(`thresholds.byKind.${level}`)}`}
                    value={(draft[kind] ?? EMPTY)[level]}
                    placeholder={general ? String(general[level]) : ''}
                    onChange={(e) =>
                      setDraft({ ...draft, [kind]: { ...(draft[kind] ?? EMPTY), [level]: e.target.value } })
                    }
                    {...fe.aria(`${kind}.${level}`)}
                  />
                  <FieldMessage
                    id={fe.messageId(`${kind}.${level}`)}
                    message={fe.message(`${kind}.${level}`)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('thresholds.byKind.save')}
        </button>
      </div>
    </form>
  );
}
