import { useCallback, useEffect, useState } from 'react';
import type { MemberView, TallyView, VoteView } from '../../../shared/contract/tasks';
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
        castOn: typedDate(castOn, t('votes.castOn')),
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
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
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
            <label>
              {t('votes.member')}
              <select value={memberId} onChange={(e) => setMemberId(e.target.value)}>
                <option value="">{t('votes.pickMember')}</option>
                {active.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('votes.stance')}
              <select value={stance} onChange={(e) => setStance(e.target.value as VoteStance)}>
                {VOTE_STANCES.map((s) => (
                  <option key={s} value={s}>
                    {VOTE_STANCE_LABELS[s][language]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('votes.castOn')}
              <input value={castOn} onChange={(e) => setCastOn(e.target.value)} placeholder="dd/mm/yyyy" />
            </label>
            <label>
              {t('votes.comment')}
              <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
            </label>
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
  async function save() {
    const saved = await run(() =>
      call('members.save', {
        members: rows.filter((r) => r.name.trim() !== '').map((r) => ({ id: r.id, name: r.name })),
      }),
    );
    if (saved) onClose(saved);
  }
  return (
    <Modal title={t('votes.membersTitle')} error={error} onClose={() => onClose()} onSubmit={save}>
      <p className="muted">{t('votes.membersHelp')}</p>
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: new rows have no id until saved
        <div className="filters" key={i}>
          <input
            aria-label={t('votes.memberName', { n: i + 1 })}
            value={r.name}
            onChange={(e) =>
              setRows((list) => list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
            }
          />
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
  async function save() {
    const saved = await run(() =>
      call('votes.respond', {
        voteId: vote.id,
        kind,
        text,
        respondedOn: typedDate(on, t('votes.respondedOn')),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('votes.respond')} error={error} onClose={onClose} onSubmit={save}>
      <p>
        <strong>{vote.memberName}:</strong> {vote.comment}
      </p>
      <label>
        {t('votes.responseKind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as 'accepted' | 'explained')} autoFocus>
          <option value="accepted">{t('votes.accepted')}</option>
          <option value="explained">{t('votes.explained')}</option>
        </select>
      </label>
      <label>
        {t('votes.response')}
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      </label>
      <label>
        {t('votes.respondedOn')}
        <input value={on} onChange={(e) => setOn(e.target.value)} placeholder="dd/mm/yyyy" />
      </label>
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
