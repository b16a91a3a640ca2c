import { useState } from 'react';
import type { FileSource } from '../../../shared/contract/fileSource';
import { ANSWER_TEXT_LIMITS, type OpinionRequestView } from '../../../shared/contract/opinionRequests';
import { OPINION_STANCES, type OpinionStance } from '../../../shared/opinionRequests/register';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { useAction } from '../../api/useAction';
import { Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate, typedDate } from '../WorkProgram/common';

/**
 * Records the answer sent: our number, its date, the stance and a summary, and the letter itself if the
 * user has it. A missing stance is refused by the main process with its own message (not by the form),
 * so the rule holds for every caller.
 */
export function AnswerDialog({ request, onClose }: { request: OpinionRequestView; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const [number, setNumber] = useState(request.answer?.number ?? '');
  const [answeredOn, setAnsweredOn] = useState(shownDate(request.answer?.date ?? today));
  const [stance, setStance] = useState<OpinionStance | ''>(request.answer?.stance ?? '');
  const [summary, setSummary] = useState(request.answer?.summary ?? '');
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run } = useAction();
  const labels = {
    number: t('req.answerNumber'),
    answeredOn: t('req.answeredOn'),
    stance: t('req.stance'),
    summary: t('req.summary'),
    file: t('req.file'),
  };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(async () => {
      const source: FileSource | null = file ? await fileSource(file) : null;
      return call('opinionRequests.answer', {
        id: request.id,
        number,
        answeredOn: typedDate(answeredOn),
        stance: stance === '' ? null : stance,
        summary,
        file: source,
      });
    });
    if (saved) onClose();
  }
  return (
    <Modal
      title={t('req.answerTitle')}
      error={fe.summary}
      onClose={onClose}
      onSubmit={save}
      wide
      testId="answer-dialog"
    >
      <p>
        <strong>{request.requester}</strong> {request.theirNumber} — {request.subject}
      </p>
      <div className="grid-2">
        <TextField
          label={labels.number}
          name="number"
          value={number}
          onChange={setNumber}
          max={ANSWER_TEXT_LIMITS.number}
          errors={fe}
          autoFocus
        />
        <Field label={labels.answeredOn} name="answeredOn" errors={fe}>
          {(p) => (
            <input
              {...p}
              value={answeredOn}
              onChange={(e) => setAnsweredOn(e.target.value)}
              placeholder="dd/mm/yyyy"
            />
          )}
        </Field>
      </div>
      <Field label={labels.stance} name="stance" errors={fe}>
        {(p) => (
          <select {...p} value={stance} onChange={(e) => setStance(e.target.value as OpinionStance | '')}>
            <option value="">{t('req.stance.choose')}</option>
            {OPINION_STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`req.stance.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={labels.summary}
        name="summary"
        value={summary}
        onChange={setSummary}
        max={ANSWER_TEXT_LIMITS.summary}
        errors={fe}
        rows={4}
      />
      <Field label={labels.file} name="file" errors={fe}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".pdf,.docx,.doc"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {request.file && !file && <p className="hint">{request.file.name}</p>}
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
