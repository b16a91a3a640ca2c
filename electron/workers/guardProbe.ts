import { appError } from '../../shared/errors/appError';

/**
 * A task that misbehaves on request, so the guard's limits (time, heap, result size, errors) are tested
 * on a real worker rather than assumed.
 */
export async function guardProbe(input: {
  spinMs?: number;
  allocateMb?: number;
  resultBytes?: number;
  fail?: string;
}): Promise<{ held: number; payload: string }> {
  if (input.fail) throw appError('probe.refused', `Từ chối: ${input.fail}`, `Refused: ${input.fail}`);
  const until = Date.now() + (input.spinMs ?? 0);
  while (Date.now() < until) {
    // Busy on purpose: a parser stuck in a loop.
  }
  const held: string[][] = [];
  for (let mb = 0; mb < (input.allocateMb ?? 0); mb++) {
    // Small strings, as a parser's object graph is: ~1 MB per round.
    held.push(Array.from({ length: 16_384 }, (_, i) => `${mb}:${i}:${'x'.repeat(24)}`));
  }
  return { held: held.length, payload: 'x'.repeat(input.resultBytes ?? 0) };
}
