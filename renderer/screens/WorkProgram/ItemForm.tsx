import { useEffect, useState } from 'react';
import type { LinkedAgendaItem, WorkProgramItemView } from '../../../shared/contract/workProgram';
import { TO_WHOM, TO_WHOM_LABELS, type ToWhom } from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { MonthPicker } from '../../components/MonthPicker';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { optionalTypedDate, shownDate, typedDate } from './common';

interface MilestoneDraft {
  title: string;
  due: string;
  doneOn: string;
}

/** Add or edit a program item: its plan (milestones), late cause / remedy / new schedule, and dossier links. */
export function ItemForm({
  item,
  onClose,
}: {
  item: WorkProgramItemView | null;
  onClose(message?: string): void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [number, setNumber] = useState(item?.number ?? '');
  const [title, setTitle] = useState(item?.title ?? '');
  const [leadAgency, setLeadAgency] = useState(
    item?.leadAgency ?? useAppStore.getState().status?.agency?.name ?? '',
  );
  const [coordinating, setCoordinating] = useState(item?.coordinatingAgencies.join('; ') ?? '');
  const [targetMonth, setTargetMonth] = useState(item?.targetMonth ?? '');
  const [toWhom, setToWhom] = useState<ToWhom>(item?.toWhom ?? 'ppc');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [lateCause, setLateCause] = useState(item?.lateCause ?? '');
  const [remedy, setRemedy] = useState(item?.remedy ?? '');
  const [newSchedule, setNewSchedule] = useState(item?.newSchedule ?? '');
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(
    item?.milestones.map((m) => ({ title: m.title, due: shownDate(m.due), doneOn: shownDate(m.doneOn) })) ??
      [],
  );
  const [links, setLinks] = useState<LinkedAgendaItem[]>(item?.linkedAgendaItems ?? []);
  const [candidates, setCandidates] = useState<LinkedAgendaItem[]>([]);
  const [toLink, setToLink] = useState('');
  const { error, busy, run } = useAction();

  useEffect(() => {
    if (item) void run(() => call('workProgram.agendaItems', {})).then((list) => list && setCandidates(list));
  }, [item, run]);

  async function save() {
    const saved = await run(async () => {
      const fields = {
        number,
        title,
        leadAgency,
        coordinatingAgencies: coordinating
          .split(/[;\n]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
        targetMonth,
        toWhom,
        notes,
        lateCause,
        remedy,
        newSchedule: newSchedule === '' ? null : newSchedule,
        milestones: milestones
          .filter((m) => m.title.trim() !== '' || m.due.trim() !== '')
          .map((m) => ({
            title: m.title,
            due: typedDate(m.due, t('wp.milestone.due')),
            doneOn: optionalTypedDate(m.doneOn, t('wp.milestone.done')),
          })),
      };
      return item
        ? call('workProgram.update', { id: item.id, ...fields })
        : call('workProgram.create', fields);
    });
    if (saved) onClose(t('wp.saved'));
  }

  async function link(agendaItemId: number, linked: boolean) {
    if (!item) return;
    const updated = await run(() =>
      call('workProgram.linkAgendaItem', { id: item.id, agendaItemId, linked }),
    );
    if (updated) setLinks(updated.linkedAgendaItems);
  }

  const setMilestone = (i: number, patch: Partial<MilestoneDraft>) =>
    setMilestones((list) => list.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <Modal
      title={t(item ? 'wp.form.edit' : 'wp.form.new')}
      error={error}
      onClose={onClose}
      onSubmit={save}
      wide
    >
      <div className="two-col">
        <div>
          <div className="grid-2">
            <label>
              {t('wp.col.number')}
              <input value={number} onChange={(e) => setNumber(e.target.value)} autoFocus />
            </label>
            <label>
              {t('wp.col.month')}
              <MonthPicker value={targetMonth} onChange={setTargetMonth} />
            </label>
          </div>
          <label>
            {t('wp.col.title')}
            <textarea value={title} onChange={(e) => setTitle(e.target.value)} rows={2} />
          </label>
          <div className="grid-2">
            <label>
              {t('wp.col.toWhom')}
              <select value={toWhom} onChange={(e) => setToWhom(e.target.value as ToWhom)}>
                {TO_WHOM.map((w) => (
                  <option key={w} value={w}>
                    {TO_WHOM_LABELS[w][language]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('wp.col.lead')}
              <input value={leadAgency} onChange={(e) => setLeadAgency(e.target.value)} />
            </label>
          </div>
          <label>
            {t('wp.col.coordinating')}
            <input value={coordinating} onChange={(e) => setCoordinating(e.target.value)} />
          </label>
          <label>
            {t('wp.col.notes')}
            <input value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <fieldset className="plain">
            <legend>{t('wp.milestones')}</legend>
            {milestones.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
              <div className="grid-3" key={i}>
                <input
                  aria-label={t('wp.milestone.title')}
                  value={m.title}
                  onChange={(e) => setMilestone(i, { title: e.target.value })}
                />
                <input
                  aria-label={t('wp.milestone.due')}
                  placeholder="dd/mm/yyyy"
                  value={m.due}
                  onChange={(e) => setMilestone(i, { due: e.target.value })}
                />
                <input
                  aria-label={t('wp.milestone.done')}
                  placeholder="dd/mm/yyyy"
                  value={m.doneOn}
                  onChange={(e) => setMilestone(i, { doneOn: e.target.value })}
                />
              </div>
            ))}
            <button
              type="button"
              className="link"
              onClick={() => setMilestones((l) => [...l, { title: '', due: '', doneOn: '' }])}
            >
              {t('wp.milestone.add')}
            </button>
          </fieldset>
        </div>
        <div>
          <label>
            {t('wp.lateCause')}
            <textarea value={lateCause} onChange={(e) => setLateCause(e.target.value)} rows={2} />
          </label>
          <label>
            {t('wp.remedy')}
            <textarea value={remedy} onChange={(e) => setRemedy(e.target.value)} rows={2} />
          </label>
          <label>
            {t('wp.newSchedule')}
            <MonthPicker allowEmpty value={newSchedule} onChange={setNewSchedule} />
          </label>
          {item && (
            <fieldset className="plain">
              <legend>{t('wp.col.dossier')}</legend>
              {links.map((a) => (
                <div key={a.id}>
                  {a.title} <span className="muted">({shownDate(a.meetingDate)})</span>{' '}
                  <button type="button" className="link danger" onClick={() => void link(a.id, false)}>
                    {t('wp.unlink')}
                  </button>
                </div>
              ))}
              <div className="filters">
                <select
                  aria-label={t('wp.linkPick')}
                  value={toLink}
                  onChange={(e) => setToLink(e.target.value)}
                >
                  <option value="">{t('wp.linkPick')}</option>
                  {candidates
                    .filter((c) => !links.some((l) => l.id === c.id))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {shownDate(c.meetingDate)} — {c.title}
                      </option>
                    ))}
                </select>
                <button
                  type="button"
                  disabled={toLink === ''}
                  onClick={() => void link(Number(toLink), true).then(() => setToLink(''))}
                >
                  {t('wp.link')}
                </button>
              </div>
            </fieldset>
          )}
        </div>
      </div>
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
