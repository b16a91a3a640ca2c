import { judgeSubmission } from '../deadlines/submission';
import { taskOutcome } from '../tasks/outcome';
import type { Task } from '../tasks/types';
import { evaluateMonth } from './evaluation';
import type { Ratio } from './ratio';
import type { WorkProgramItem } from './types';
import type { IsoDate, YearMonth } from './yearMonth';
import { yearMonthOf } from './yearMonth';

/**
 * Bảng theo dõi của cơ quan (§5b, §5c): what the Office will publish about the agency, month by month,
 * computed from the agency's own data so it sees its standing first.
 *
 * Submissions on time / late, from one of two sources:
 * - dossiers: each agenda item of a meeting held in the month, against its signed-documents deadline
 *   (on time when sent on or before the due day; missing when the due day has passed without it);
 * - otherwise the work program: items due in the month, on time when submitted by the month's end
 *   (counted as evaluateMonth counts them), late when submitted after it, missing when not yet submitted
 *   once the month is over.
 * Work program: evaluateMonth's numbers. Tasks: those whose deadline falls in the month, by taskOutcome
 * judged today (what the Office would see now).
 */
export interface SubmissionFact {
  /** The month the submission counts in (the meeting's month). */
  month: YearMonth;
  due: IsoDate;
  submittedOn: IsoDate | null;
  /** The meeting's kind: §5b reports the PPC session and the Party Affairs Committee briefing apart. */
  kind?: string;
  /** End of office hours on the due day; with `submittedTime`, judges a submission on the due day. */
  dueTime?: string;
  submittedTime?: string | null;
  /** A legitimate reason given for late documents. */
  lateReason?: string;
}

/**
 * The groups the Office's monthly notice reports apart (§5b): the PPC's sessions (regular and thematic),
 * the Party Affairs Committee's, and working sessions chaired by the Chairman or a Vice-Chairman.
 */
export const SUBMISSION_GROUPS = ['ppc-session', 'party-committee', 'leader-session'] as const;
export type SubmissionGroup = (typeof SUBMISSION_GROUPS)[number];

export function submissionGroupOf(kind: string | undefined): SubmissionGroup | null {
  if (kind === 'ppc' || kind === 'ppc-thematic') return 'ppc-session';
  if (kind === 'party-committee') return 'party-committee';
  if (kind === 'chairman' || kind === 'vice-chairman') return 'leader-session';
  return null;
}

export interface SubmissionCounts {
  onTime: number;
  late: number;
  /** Of `late`: those with a legitimate reason recorded. */
  lateWithReason: number;
  missing: number;
}

export interface ScorecardMonthFigures {
  month: YearMonth;
  submissions: { onTime: number; late: number; missing: number };
  /** The same dossier facts split by meeting group (empty counts when the work program is the source). */
  byKind: Record<SubmissionGroup, SubmissionCounts>;
  workProgram: { toSubmit: number; submitted: number; promulgated: number; submittedRatio: Ratio };
  tasks: { due: number; completed: number; notCompleted: number; pending: number };
}

export interface ScorecardInput {
  months: readonly YearMonth[];
  items: readonly WorkProgramItem[];
  tasks: ReadonlyArray<{ task: Task; extensionReportDue: IsoDate }>;
  /** Null: no dossier records submission dates; the work program is the source. */
  submissions: readonly SubmissionFact[] | null;
  today: IsoDate;
}

export function scorecardMonths(input: ScorecardInput): ScorecardMonthFigures[] {
  return input.months.map((month) => {
    const e = evaluateMonth(input.items, month);
    let submissions: ScorecardMonthFigures['submissions'];
    const byKind = emptyByKind();
    if (input.submissions === null) {
      const due = new Set(e.toSubmitItemIds);
      const late = input.items.filter(
        (i) => due.has(i.id) && i.submittedOn !== undefined && i.submittedOn > e.cutOff,
      ).length;
      // A month not over yet has nothing missing: its items may still be submitted in time.
      const over = e.cutOff < input.today;
      submissions = { onTime: e.submitted, late, missing: over ? e.toSubmit - e.submitted - late : 0 };
    } else {
      const facts = input.submissions.filter((s) => s.month === month);
      submissions = { onTime: 0, late: 0, missing: 0 };
      for (const f of facts) {
        const verdict = verdictOf(f, input.today);
        if (verdict === null) continue;
        submissions[verdict]++;
        const group = submissionGroupOf(f.kind);
        if (group === null) continue;
        byKind[group][verdict]++;
        if (verdict === 'late' && (f.lateReason ?? '') !== '') byKind[group].lateWithReason++;
      }
    }
    const tasks = input.tasks
      .filter(({ task }) => yearMonthOf(task.deadline) === month)
      .map(({ task, extensionReportDue }) => taskOutcome(task, input.today, { extensionReportDue }));
    const completed = tasks.filter((o) => o.completed).length;
    const notCompleted = tasks.filter((o) => o.notCompleted).length;
    return {
      month,
      submissions,
      byKind,
      workProgram: {
        toSubmit: e.toSubmit,
        submitted: e.submitted,
        promulgated: e.promulgated,
        submittedRatio: e.submittedRatio,
      },
      tasks: { due: tasks.length, completed, notCompleted, pending: tasks.length - completed - notCompleted },
    };
  });
}

function emptyByKind(): Record<SubmissionGroup, SubmissionCounts> {
  const counts = (): SubmissionCounts => ({ onTime: 0, late: 0, lateWithReason: 0, missing: 0 });
  return { 'ppc-session': counts(), 'party-committee': counts(), 'leader-session': counts() };
}

/** On time / late by date and time (DOMAIN.md); missing only once the due day has passed. */
function verdictOf(f: SubmissionFact, today: IsoDate): 'onTime' | 'late' | 'missing' | null {
  if (f.submittedOn === null) return f.due < today ? 'missing' : null;
  const verdict = judgeSubmission(
    { date: f.submittedOn, time: f.submittedTime ?? null },
    { date: f.due, time: f.dueTime ?? '23:59' },
  );
  return verdict === 'on-time' ? 'onTime' : 'late';
}
