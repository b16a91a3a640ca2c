import { useCallback, useEffect, useState } from 'react';
import { type ChecklistTemplateView, TEMPLATE_LABEL_LIMIT } from '../../../shared/contract/templates';
import type { EntryKind } from '../../../shared/dossiers/checklistTemplates';
import type { ContentKind } from '../../../shared/dossiers/contentKinds';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CharCounter, FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';
import { formatTimestamp, useBilingual } from '../Dossiers/common';

interface DraftEntry {
  /** Stable React key while editing. */
  key: number;
  code: string | null;
  label: string;
  entryKind: EntryKind;
  required: boolean;
  mustBeSigned: boolean;
}

let nextKey = 1;
function draftOf(template: ChecklistTemplateView): DraftEntry[] {
  return template.entries.map((e) => ({
    key: nextKey++,
    code: e.code,
    label: e.label,
    entryKind: e.entryKind,
    required: e.required,
    mustBeSigned: e.mustBeSigned,
  }));
}

/**
 * Mẫu danh mục hồ sơ: the agency's checklist template per content kind, in order. Saving replaces the
 * template for new items only; checklists already made are never rewritten (said on the panel).
 */
export function TemplatesPanel() {
  const t = useT();
  const bilingual = useBilingual();
  const [templates, setTemplates] = useState<ChecklistTemplateView[] | null>(null);
  const [kind, setKind] = useState<ContentKind>('legal-normative');
  const [draft, setDraft] = useState<DraftEntry[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');
  // The row being typed in shows its length counter; the others stay one line high.
  const [typing, setTyping] = useState<number | null>(null);
  const fe = useFieldErrors(
    error,
    Object.fromEntries(draft.map((_, i) => [`entries.${i}.label`, t('templates.labelOf', { n: i + 1 })])),
  );

  const load = useCallback(async () => {
    try {
      setTemplates(await call('templates.list', {}));
    } catch (e) {
      setError(asErrorData(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const current = templates?.find((tpl) => tpl.contentKind === kind) ?? null;
  useEffect(() => {
    if (current) {
      setDraft(draftOf(current));
      setDirty(false);
    }
  }, [current]);

  function change(key: number, patch: Partial<DraftEntry>) {
    setDraft((d) => d.map((e) => (e.key === key ? { ...e, ...patch } : e)));
    setDirty(true);
    setNotice('');
  }

  function move(index: number, step: -1 | 1) {
    setDraft((d) => {
      const next = [...d];
      const a = next[index];
      const b = next[index + step];
      if (!a || !b) return d;
      next[index] = b;
      next[index + step] = a;
      return next;
    });
    setDirty(true);
  }

  async function act(action: () => Promise<ChecklistTemplateView>, message: string) {
    setError(null);
    try {
      const saved = await action();
      setTemplates(
        (list) => list?.map((tpl) => (tpl.contentKind === saved.contentKind ? saved : tpl)) ?? null,
      );
      setNotice(message);
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  function save() {
    void act(
      () =>
        call('templates.update', {
          contentKind: kind,
          entries: draft.map(({ code, label, entryKind, required, mustBeSigned }) => ({
            code,
            label,
            entryKind,
            required,
            mustBeSigned,
          })),
        }),
      t('templates.saved'),
    );
  }

  async function reset() {
    if (!(await askConfirm({ message: t('templates.resetConfirm'), danger: true }))) return;
    void act(() => call('templates.reset', { contentKind: kind }), t('templates.resetDone'));
  }

  async function pick(next: ContentKind) {
    if (dirty && !(await askConfirm({ message: t('templates.discard') }))) return;
    setNotice('');
    setKind(next);
  }

  if (!templates) return error ? <ErrorBanner error={error} /> : <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="card templates-panel">
      <h2>{t('templates.title')}</h2>
      <p className="notice-info">{t('templates.note')}</p>
      <fieldset className="kind-tabs">
        <legend className="sr-only">{t('dossier.item.kind')}</legend>
        {templates.map((tpl) => (
          <button
            key={tpl.contentKind}
            type="button"
            className={tpl.contentKind === kind ? 'chip active' : 'chip'}
            aria-pressed={tpl.contentKind === kind}
            onClick={() => pick(tpl.contentKind)}
          >
            {bilingual(tpl.label)}
            {tpl.customised && <span className="chip-mark"> ●</span>}
          </button>
        ))}
      </fieldset>
      {current && (
        <p className="hint">
          {current.customised && current.updatedAt
            ? t('templates.customised', { when: formatTimestamp(current.updatedAt) })
            : t('templates.default')}
        </p>
      )}
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && <p className="notice">{notice}</p>}
      <table className="table template-table" aria-label={t('templates.title')}>
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('checklist.label')}</th>
            <th>{t('checklist.entryKind')}</th>
            <th>{t('checklist.required')}</th>
            <th>{t('checklist.mustBeSigned')}</th>
            <th>
              <span className="sr-only">{t('dossier.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.map((e, i) => (
            <tr key={e.key} data-testid="template-entry">
              <td className="num">{i + 1}</td>
              <td className="label-cell">
                <input
                  value={e.label}
                  maxLength={TEMPLATE_LABEL_LIMIT}
                  onChange={(ev) => change(e.key, { label: ev.target.value })}
                  onFocus={() => setTyping(e.key)}
                  onBlur={() => setTyping(null)}
                  aria-label={t('templates.labelOf', { n: i + 1 })}
                  {...fe.aria(
                    `entries.${i}.label`,
                    typing === e.key ? `${fe.messageId(`entries.${i}.label`)}-count` : undefined,
                  )}
                />
                {typing === e.key && (
                  <CharCounter
                    id={`${fe.messageId(`entries.${i}.label`)}-count`}
                    value={e.label}
                    max={TEMPLATE_LABEL_LIMIT}
                  />
                )}
                <FieldMessage
                  id={fe.messageId(`entries.${i}.label`)}
                  message={fe.message(`entries.${i}.label`)}
                />
              </td>
              <td>
                <select
                  value={e.entryKind}
                  onChange={(ev) => change(e.key, { entryKind: ev.target.value as EntryKind })}
                  aria-label={t('templates.kindOf', { n: i + 1 })}
                >
                  <option value="document">{t('checklist.kind.document')}</option>
                  <option value="content-requirement">{t('checklist.kind.content-requirement')}</option>
                </select>
              </td>
              <td className="center">
                <input
                  type="checkbox"
                  checked={e.required}
                  onChange={(ev) => change(e.key, { required: ev.target.checked })}
                  aria-label={t('templates.requiredOf', { n: i + 1 })}
                />
              </td>
              <td className="center">
                <input
                  type="checkbox"
                  checked={e.mustBeSigned}
                  onChange={(ev) => change(e.key, { mustBeSigned: ev.target.checked })}
                  aria-label={t('templates.signedOf', { n: i + 1 })}
                />
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="icon"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={t('templates.up', { n: i + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon"
                  disabled={i === draft.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('templates.down', { n: i + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="link danger"
                  disabled={draft.length <= 1}
                  onClick={() => {
                    setDraft((d) => d.filter((x) => x.key !== e.key));
                    setDirty(true);
                  }}
                >
                  {t('dossier.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions spaced">
        <button
          type="button"
          onClick={() => {
            setDraft((d) => [
              ...d,
              {
                key: nextKey++,
                code: null,
                label: '',
                entryKind: 'document',
                required: true,
                mustBeSigned: false,
              },
            ]);
            setDirty(true);
          }}
        >
          {t('templates.addEntry')}
        </button>
        <span className="grow" />
        <button type="button" onClick={reset} disabled={!current?.customised}>
          {t('templates.reset')}
        </button>
        <button type="button" className="primary" onClick={save} disabled={!dirty}>
          {t('templates.save')}
        </button>
      </div>
    </div>
  );
}
