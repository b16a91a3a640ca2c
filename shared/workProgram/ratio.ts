/**
 * Tỷ lệ: a fraction in [0, 1], or null when there is nothing to divide by (no item to submit). A null
 * ratio is shown as "—", never as 0% or 100%: "no item due" is not a result.
 */
export type Ratio = number | null;

export function ratioOf(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Percent with one decimal, rounded half up: Vietnamese "66,7%" (decimal comma), English "66.7%".
 * The nudge of 1e-9 makes exact halves that floating point stores just below .5 round
 * up (201/400 = 50.25% is one); for any n/d with d below a million the true value is at least 5e-7 away from a half otherwise.
 */
export function formatPercent(ratio: Ratio, lang: 'vi' | 'en' = 'vi'): string {
  if (ratio === null) return '—';
  const tenths = Math.round(ratio * 1000 + 1e-9);
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return `${whole}${lang === 'vi' ? ',' : '.'}${decimal}%`;
}
