import { useCallback, useEffect, useState } from 'react';
import {
  type MemberView,
  TASK_TEXT_LIMITS,
  type TallyView,
  type VoteView,
} from '../../../shared/contract/tasks';
import {
  COMMENT_RESPONSE_LABELS,
  VOTE_STANCE_LABELS,
  VOTE_STANCES,
  type VoteStance,
} from '../../../shared/votes/tally';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { DocumentButton } from '../../components/DocumentButton';
import { ErrorBanner } from '../../components/ErrorBanner';
import {
  CharCounter,
  DateField,
  Field,
  FieldMessage,
  TextField,
  useFieldErrors,
} from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate, typedDate } from '../WorkProgram/common';

interface Draft {
  agendaItemId: number;
  title: string;
  meetingDate: string;
  meetingTitle: string;
}

/** Biểu quyết per draft: members' stances and comments, the agency's answers, and the tally. */
export function VotesPanel() {
  const t = useT();
  const { language, status } = useAppStore();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [draftId, setDraftId] = useState<number | null>(null);
  const [members, setMembers] = useState<MemberView[]>([]);
  const [votes, setVotes] = useState<VoteView[]>([]);
  const [tally, setTally] = useState<TallyView | null>(null);
  const [editingMembers, setEditingMembers] = useState(false);
  const [responding, setResponding] = useState<VoteView | null>(null);
  const [memberId, setMemberId] = useState('');
  const [stance, setStance] = useState<VoteStance>('agree');
  const [castOn, setCastOn] = useState(shownDate(status?.today));
  const [comment, setComment] = useState('');
  const { error, setError, busy, run } = useAction();
  const labels = {
    memberId: t('votes.member'),
    stance: t('votes.stance'),
    castOn: t('votes.castOn'),
    comment: t('votes.comment'),
  };
  const fe = useFieldErrors(error, labels);

  useEffect(() => {
    void run(async () => {
      const [d, m] = await Promise.all([call('votes.drafts', {}), call('members.list', {})]);
      setDrafts(d);
      setMembers(m);
      setDraftId((current) => current ?? d[0]?.agendaItemId ?? null);
    });
  }, [run]);

  const loadVotes = useCallback(async () => {
    if (draftId === null) return;
    await run(async () => {
      const [v, tl] = await Promise.all([
        call('votes.list', { agendaItemId: draftId }),
        call('votes.tally', { agendaItemId: draftId }),
      ]);
      setVotes(v);
      setTally(tl);
    });
  }, [draftId, run]);
  useEffect(() => {
    void loadVotes();
  }, [loadVotes]);

  async function record() {
    if (draftId === null) return;
    const ok = await run(() =>
      call('votes.record', {
        agendaItemId: draftId,
        memberId: Number(memberId),
        stance,
        castOn: typedDate(castOn),
        comment,
      }),
    );
    if (ok) {
      setComment('');
      setMemberId('');
      await loadVotes();
    }
  }

  const active = members.filter((m) => m.active);
  return (
    <div>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      <div className="filters">
        <label>
          {t('votes.draft')}
          <select
            value={draftId ?? ''}
            onChange={(e) => setDraftId(e.target.value ? Number(e.target.value) : null)}
          >
            {drafts.length === 0 && <option value="">{t('votes.noDrafts')}</option>}
            {drafts.map((d) => (
              <option key={d.agendaItemId} value={d.agendaItemId}>
                {shownDate(d.meetingDate)} — {d.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setEditingMembers(true)}>
          {t('votes.members', { n: active.length })}
        </button>
        {draftId !== null && (
          <DocumentButton
            label={t('doc.votes')}
            testId="vote-summary"
            produce={() => call('documents.voteSummary', { agendaItemId: draftId })}
          />
        )}
      </div>
      {tally && (
        <div className="card" data-testid="tally">
          <h2>{t('votes.tally')}</h2>
          <p>
            {VOTE_STANCES.map((s) => `${VOTE_STANCE_LABELS[s][language]}: ${tally.counts[s]}`).join(' · ')} ·{' '}
            {t('votes.answered', { answered: tally.answered, members: tally.members })}
          </p>
          <p className={tally.moreThanHalfInFavour ? 'status good' : 'status warn'}>
            {t(tally.moreThanHalfInFavour ? 'votes.majority' : 'votes.noMajority')}
          </p>
          {tally.notAnswered.length > 0 && (
            <p className="muted">{t('votes.notAnswered', { names: tally.notAnswered.join(', ') })}</p>
          )}
          {tally.commentsAwaitingResponse > 0 && (
            <p className="issue warn">{t('votes.awaiting', { n: tally.commentsAwaitingResponse })}</p>
          )}
        </div>
      )}
      {draftId !== null && (
        <div className="two-col">
          <div className="card table-card">
            <table className="table compact" aria-label={t('tasks.tab.votes')}>
              <thead>
                <tr>
                  <th>{t('votes.member')}</th>
                  <th>{t('votes.stance')}</th>
                  <th>{t('votes.comment')}</th>
                  <th>{t('votes.response')}</th>
                </tr>
              </thead>
              <tbody>
                {votes.map((v) => (
                  <tr key={v.id} className={v.superseded ? 'row-skip' : undefined} data-testid="vote-row">
                    <td>
                      {v.memberName}
                      <div className="muted">{shownDate(v.castOn)}</div>
                    </td>
                    <td>
                      {VOTE_STANCE_LABELS[v.stance][language]}
                      {v.superseded && <div className="muted">{t('votes.superseded')}</div>}
                    </td>
                    <td>{v.comment}</td>
                    <td>
                      {v.response ? (
                        <>
                          <strong>{COMMENT_RESPONSE_LABELS[v.response.kind][language]}:</strong>{' '}
                          {v.response.text}
                        </>
                      ) : (
                        v.comment !== '' && (
                          <button type="button" className="link" onClick={() => setResponding(v)}>
                            {t('votes.respond')}
                          </button>
                        )
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form
            className="card"
            aria-label={t('votes.record')}
            onSubmit={(e) => {
              e.preventDefault();
              void record();
            }}
          >
            <h2>{t('votes.record')}</h2>
            <Field label={labels.memberId} name="memberId" errors={fe}>
              {(p) => (
                <select {...p} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
                  <option value="">{t('votes.pickMember')}</option>
                  {active.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={labels.stance} name="stance" errors={fe}>
              {(p) => (
                <select {...p} value={stance} onChange={(e) => setStance(e.target.value as VoteStance)}>
                  {VOTE_STANCES.map((s) => (
                    <option key={s} value={s}>
                      {VOTE_STANCE_LABELS[s][language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <DateField label={labels.castOn} name="castOn" value={castOn} onChange={setCastOn} errors={fe} />
            <TextField
              label={labels.comment}
              name="comment"
              value={comment}
              onChange={setComment}
              max={TASK_TEXT_LIMITS.comment}
              errors={fe}
              rows={3}
            />
            <button type="submit" className="primary" disabled={busy || memberId === ''}>
              {t('votes.save')}
            </button>
          </form>
        </div>
      )}
      {editingMembers && (
        <MembersDialog
          members={active}
          onClose={(saved) => {
            setEditingMembers(false);
            if (saved) {
              setMembers(saved);
              void loadVotes();
            }
          }}
        />
      )}
      {responding && (
        <RespondDialog
          vote={responding}
          onClose={() => {
            setResponding(null);
            void loadVotes();
          }}
        />
      )}
    </div>
  );
}

function MembersDialog({ members, onClose }: { members: MemberView[]; onClose(saved?: MemberView[]): void }) {
  const t = useT();
  const [rows, setRows] = useState(members.map((m) => ({ id: m.id as number | null, name: m.name })));
  const { error, busy, run } = useAction();
  // Blank rows are not sent, so the n-th member sent is not always the n-th row on screen.
  const sent = rows.flatMap((r, i) => (r.name.trim() === '' ? [] : [i]));
  const rowField = (i: number) => `members.${sent.indexOf(i)}.name`;
  const fe = useFieldErrors(
    error,
    Object.fromEntries(sent.map((row, n) => [`members.${n}.name`, t('votes.memberName', { n: row + 1 })])),
  );
  async function save() {
    const saved = await run(() =>
      call('members.save', {
        members: sent.flatMap((i) => {
          const r = rows[i];
          return r ? [{ id: r.id, name: r.name }] : [];
        }),
      }),
    );
    if (saved) onClose(saved);
  }
  return (
    <Modal title={t('votes.membersTitle')} error={fe.summary} onClose={() => onClose()} onSubmit={save}>
      <p className="muted">{t('votes.membersHelp')}</p>
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no id until saved
        <div className="filters member-row" key={i}>
          <input
            aria-label={t('votes.memberName', { n: i + 1 })}
            value={r.name}
            maxLength={TASK_TEXT_LIMITS.memberName}
            onChange={(e) =>
              setRows((list) => list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
            }
            {...fe.aria(rowField(i), `${fe.messageId(rowField(i))}-count`)}
          />
          <CharCounter
            id={`${fe.messageId(rowField(i))}-count`}
            value={r.name}
            max={TASK_TEXT_LIMITS.memberName}
          />
          <FieldMessage id={fe.messageId(rowField(i))} message={fe.message(rowField(i))} />
          <button
            type="button"
            className="link danger"
            onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
          >
            {t('wp.delete')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => setRows((list) => [...list, { id: null, name: '' }])}
      >
        {t('votes.addMember')}
      </button>
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}

function RespondDialog({ vote, onClose }: { vote: VoteView; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const [kind, setKind] = useState<'accepted' | 'explained'>('accepted');
  const [text, setText] = useState('');
  const [on, setOn] = useState(shownDate(today));
  const { error, busy, run } = useAction();
  const labels = {
    kind: t('votes.responseKind'),
    text: t('votes.response'),
    respondedOn: t('votes.respondedOn'),
  };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(() =>
      call('votes.respond', {
        voteId: vote.id,
        kind,
        text,
        respondedOn: typedDate(on),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('votes.respond')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <p>
        <strong>{vote.memberName}:</strong> {vote.comment}
      </p>
      <Field label={labels.kind} name="kind" errors={fe}>
        {(p) => (
          <select
            {...p}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'accepted' | 'explained')}
            autoFocus
          >
            <option value="accepted">{t('votes.accepted')}</option>
            <option value="explained">{t('votes.explained')}</option>
          </select>
        )}
      </Field>
      <TextField
        label={labels.text}
        name="text"
        value={text}
        onChange={setText}
        max={TASK_TEXT_LIMITS.response}
        errors={fe}
        rows={3}
      />
      <DateField label={labels.respondedOn} name="respondedOn" value={on} onChange={setOn} errors={fe} />
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
