/**
 * Mức khẩn: the dashboard's red / amber / green, by working days left to a deadline. The thresholds are
 * the agency's (Settings); the defaults warn three working days ahead, which is when a document that is
 * still unsigned is at risk of missing the signed-documents deadline (§4b).
 */
export type Urgency = 'red' | 'amber' | 'green';

export interface UrgencyThresholds {
  /** Red when working days left ≤ red (0 = due today; overdue is always red). */
  red: number;
  /** Amber when red < working days left ≤ amber. */
  amber: number;
}

export const DEFAULT_THRESHOLDS: UrgencyThresholds = { red: 1, amber: 3 };

/** Items whose unsigned documents have this many working days or fewer left are "at risk" (issue 4). */
export const AT_RISK_WORKING_DAYS = 3;

export function urgencyOf(workingDaysLeft: number, thresholds: UrgencyThresholds): Urgency {
  if (workingDaysLeft <= thresholds.red) return 'red';
  if (workingDaysLeft <= thresholds.amber) return 'amber';
  return 'green';
}

/** Null when the thresholds are usable, else why not (red must not exceed amber; both 0–60). */
export function thresholdProblem(t: UrgencyThresholds): { vi: string; en: string } | null {
  const ok = (n: number) => Number.isInteger(n) && n >= 0 && n <= 60;
  if (!ok(t.red) || !ok(t.amber)) {
    return {
      vi: 'Ngưỡng phải là số nguyên từ 0 đến 60.',
      en: 'Thresholds must be whole numbers from 0 to 60.',
    };
  }
  if (t.red > t.amber) {
    return {
      vi: `Ngưỡng đỏ (${t.red}) không được lớn hơn ngưỡng vàng (${t.amber}).`,
      en: `The red threshold (${t.red}) must not exceed the amber one (${t.amber}).`,
    };
  }
  return null;
}

/**
 * The two thresholds as typed, judged field by field so a form can mark each wrong one: a field that is
 * not a whole number from 0 to 60, or both when red exceeds amber. Empty: none wrong.
 */
export function thresholdFieldProblems(
  red: string,
  amber: string,
): Array<{ field: 'red' | 'amber'; vi: string; en: string }> {
  const read = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  const values = { red: read(red), amber: read(amber) };
  const out: Array<{ field: 'red' | 'amber'; vi: string; en: string }> = [];
  for (const field of ['red', 'amber'] as const) {
    const n = values[field];
    if (!(Number.isInteger(n) && n >= 0 && n <= 60))
      out.push({ field, vi: 'phải là số nguyên từ 0 đến 60', en: 'must be a whole number from 0 to 60' });
  }
  if (out.length > 0) return out;
  const problem = thresholdProblem(values);
  return problem
    ? [
        { field: 'red', ...problem },
        { field: 'amber', ...problem },
      ]
    : [];
}
