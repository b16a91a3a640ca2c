/**
 * Bộ quy tắc hạn: the deadline rules as data, so an agency can edit the numbers (the directive's
 * province no longer exists; its rules are only the default preset).
 */
import { appError } from '../errors/appError';
import { isMeetingKind, MEETING_KINDS, type MeetingKind } from '../meetings/kinds';

export interface RuleSet {
  /** End of office hours, 'HH:mm': documents count as received on the due day until then. */
  officeHoursEnd: string;
  /**
   * Bản ký, đóng dấu: working days before the meeting by which signed and stamped documents reach the
   * PPC Office (§4b); null = the rule does not apply to that kind.
   */
  signedDocumentsWorkingDays: Readonly<Record<MeetingKind, number | null>>;
  /** Chairman / Vice-Chairman opinion (§4a): before this day of the session's month, for these kinds. */
  // A plain array (not readonly) so the IPC contract's zod-inferred type accepts a RuleSet as is.
  // capAtSignedDocuments: the opinion precedes finalising and signing (DOMAIN.md's reading of §4a), so its
  // deadline is never later than the signed-documents deadline of the same session.
  leaderOpinion: { kinds: MeetingKind[]; beforeDayOfMonth: number; capAtSignedDocuments: boolean };
  /**
   * Monthly work-program report (§2c): before this day of month M+1, reporting on month M and the
   * preparation of M+1.
   */
  monthlyReport: { beforeDayOfMonth: number };
  /** Assigned-task extension report (§1g): this many working days before the task's deadline. */
  taskExtensionReport: { workingDaysBefore: number };
}

/** The directive's rules (Quy chế làm việc of the PPC; DOMAIN.md). */
export const DEFAULT_RULE_SET: RuleSet = {
  officeHoursEnd: '17:00',
  signedDocumentsWorkingDays: {
    ppc: 3,
    'ppc-thematic': 3,
    chairman: 3,
    'vice-chairman': 3,
    'party-committee': 2,
    other: null,
  },
  leaderOpinion: { kinds: ['ppc', 'ppc-thematic'], beforeDayOfMonth: 10, capAtSignedDocuments: true },
  monthlyReport: { beforeDayOfMonth: 15 },
  taskExtensionReport: { workingDaysBefore: 1 },
};

function invalid(field: string, value: unknown, vi: string, en: string): never {
  throw appError(
    'invalid-rule-set',
    `Quy tắc hạn "${field}" = ${JSON.stringify(value)}: ${vi}`,
    `Deadline rule "${field}" = ${JSON.stringify(value)}: ${en}`,
    { field, value },
  );
}

function checkWorkingDays(field: string, n: unknown): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 60) {
    invalid(field, n, 'phải là số nguyên từ 1 đến 60.', 'must be a whole number from 1 to 60.');
  }
}

function checkDayOfMonth(field: string, n: unknown): void {
  // "Before the Nth" is the (N−1)th, which must exist in every month.
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > 29) {
    invalid(field, n, 'phải là số nguyên từ 2 đến 29.', 'must be a whole number from 2 to 29.');
  }
}

/** Checks an edited rule set and returns it; throws AppError 'invalid-rule-set' naming the field. */
export function validateRuleSet(rules: RuleSet): RuleSet {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(rules.officeHoursEnd);
  if (!m)
    invalid(
      'officeHoursEnd',
      rules.officeHoursEnd,
      'phải có dạng HH:mm (ví dụ 17:00).',
      'must be HH:mm (e.g. 17:00).',
    );
  for (const kind of MEETING_KINDS) {
    const n = rules.signedDocumentsWorkingDays[kind];
    if (n !== null) checkWorkingDays(`signedDocumentsWorkingDays.${kind}`, n);
  }
  for (const kind of rules.leaderOpinion.kinds) {
    if (!isMeetingKind(kind))
      invalid('leaderOpinion.kinds', kind, 'loại cuộc họp không tồn tại.', 'unknown meeting kind.');
  }
  if (typeof rules.leaderOpinion.capAtSignedDocuments !== 'boolean')
    invalid(
      'leaderOpinion.capAtSignedDocuments',
      rules.leaderOpinion.capAtSignedDocuments,
      'phải là có hoặc không.',
      'must be true or false.',
    );
  checkDayOfMonth('leaderOpinion.beforeDayOfMonth', rules.leaderOpinion.beforeDayOfMonth);
  checkDayOfMonth('monthlyReport.beforeDayOfMonth', rules.monthlyReport.beforeDayOfMonth);
  checkWorkingDays('taskExtensionReport.workingDaysBefore', rules.taskExtensionReport.workingDaysBefore);
  return rules;
}
