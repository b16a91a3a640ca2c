import { useEffect, useState } from 'react';
import {
  type LinkedAgendaItem,
  WORK_PROGRAM_TEXT_LIMITS,
  type WorkProgramItemView,
} from '../../../shared/contract/workProgram';
import { TO_WHOM, TO_WHOM_LABELS, type ToWhom } from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { Field, FieldMessage, TextField, useFieldErrors } from '../../components/FieldErrors';
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
  // Milestone rows left blank are not sent, so the n-th milestone sent is not always the n-th row.
  const sentRows = milestones.flatMap((m, i) => (m.title.trim() !== '' || m.due.trim() !== '' ? [i] : []));
  const rowField = (i: number, part: 'title' | 'due' | 'doneOn') =>
    `milestones.${sentRows.indexOf(i)}.${part}`;
  const labels: Record<string, string> = {
    number: t('wp.col.number'),
    targetMonth: t('wp.col.month'),
    title: t('wp.col.title'),
    toWhom: t('wp.col.toWhom'),
    leadAgency: t('wp.col.lead'),
    coordinatingAgencies: t('wp.col.coordinating'),
    notes: t('wp.col.notes'),
    lateCause: t('wp.lateCause'),
    remedy: t('wp.remedy'),
    newSchedule: t('wp.newSchedule'),
  };
  sentRows.forEach((row, n) => {
    labels[`milestones.${n}.title`] = `${t('wp.milestone.title')} ${row + 1}`;
    labels[`milestones.${n}.due`] = `${t('wp.milestone.due')} ${row + 1}`;
    labels[`milestones.${n}.doneOn`] = `${t('wp.milestone.done')} ${row + 1}`;
  });
  for (let n = 0; n < 50; n++) labels[`coordinatingAgencies.${n}`] = t('wp.col.coordinating');
  const fe = useFieldErrors(error, labels);
  const coordinatingField =
    Array.from({ length: 50 }, (_, n) => `coordinatingAgencies.${n}`).find((f) => fe.message(f)) ??
    'coordinatingAgencies';
  const L = WORK_PROGRAM_TEXT_LIMITS;

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
        milestones: sentRows.flatMap((i) => {
          const m = milestones[i];
          return m ? [{ title: m.title, due: typedDate(m.due), doneOn: optionalTypedDate(m.doneOn) }] : [];
        }),
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
      error={fe.summary}
      onClose={onClose}
      onSubmit={save}
      wide
    >
      <div className="two-col">
        <div>
          <div className="grid-2">
            <TextField
              label={labels.number ?? ''}
              name="number"
              value={number}
              onChange={setNumber}
              max={L.number}
              errors={fe}
              autoFocus
            />
            <Field label={labels.targetMonth ?? ''} name="targetMonth" errors={fe}>
              {(p) => <MonthPicker {...p} value={targetMonth} onChange={setTargetMonth} />}
            </Field>
          </div>
          <TextField
            label={labels.title ?? ''}
            name="title"
            value={title}
            onChange={setTitle}
            max={L.title}
            errors={fe}
            rows={2}
          />
          <div className="grid-2">
            <Field label={labels.toWhom ?? ''} name="toWhom" errors={fe}>
              {(p) => (
                <select {...p} value={toWhom} onChange={(e) => setToWhom(e.target.value as ToWhom)}>
                  {TO_WHOM.map((w) => (
                    <option key={w} value={w}>
                      {TO_WHOM_LABELS[w][language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={labels.leadAgency ?? ''}
              name="leadAgency"
              value={leadAgency}
              onChange={setLeadAgency}
              max={L.leadAgency}
              errors={fe}
            />
          </div>
          <Field label={labels.coordinatingAgencies ?? ''} name={coordinatingField} errors={fe}>
            {(p) => (
              <input
                {...p}
                name="coordinatingAgencies"
                value={coordinating}
                onChange={(e) => setCoordinating(e.target.value)}
              />
            )}
          </Field>
          <TextField
            label={labels.notes ?? ''}
            name="notes"
            value={notes}
            onChange={setNotes}
            max={L.notes}
            errors={fe}
          />
          <fieldset className="plain">
            <legend>{t('wp.milestones')}</legend>
            {milestones.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
              <div className="grid-3" key={i}>
                <div>
                  <input
                    aria-label={t('wp.milestone.title')}
                    value={m.title}
                    maxLength={L.milestoneTitle}
                    onChange={(e) => setMilestone(i, { title: e.target.value })}
                    {...fe.aria(rowField(i, 'title'))}
                  />
                  <FieldMessage
                    id={fe.messageId(rowField(i, 'title'))}
                    message={fe.message(rowField(i, 'title'))}
                  />
                </div>
                <div>
                  <input
                    aria-label={t('wp.milestone.due')}
                    placeholder="dd/mm/yyyy"
                    value={m.due}
                    onChange={(e) => setMilestone(i, { due: e.target.value })}
                    {...fe.aria(rowField(i, 'due'))}
                  />
                  <FieldMessage
                    id={fe.messageId(rowField(i, 'due'))}
                    message={fe.message(rowField(i, 'due'))}
                  />
                </div>
                <div>
                  <input
                    aria-label={t('wp.milestone.done')}
                    placeholder="dd/mm/yyyy"
                    value={m.doneOn}
                    onChange={(e) => setMilestone(i, { doneOn: e.target.value })}
                    {...fe.aria(rowField(i, 'doneOn'))}
                  />
                  <FieldMessage
                    id={fe.messageId(rowField(i, 'doneOn'))}
                    message={fe.message(rowField(i, 'doneOn'))}
                  />
                </div>
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
          <TextField
            label={labels.lateCause ?? ''}
            name="lateCause"
            value={lateCause}
            onChange={setLateCause}
            max={L.lateCause}
            errors={fe}
            rows={2}
          />
          <TextField
            label={labels.remedy ?? ''}
            name="remedy"
            value={remedy}
            onChange={setRemedy}
            max={L.remedy}
            errors={fe}
            rows={2}
          />
          <Field label={labels.newSchedule ?? ''} name="newSchedule" errors={fe}>
            {(p) => <MonthPicker {...p} allowEmpty value={newSchedule} onChange={setNewSchedule} />}
          </Field>
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
