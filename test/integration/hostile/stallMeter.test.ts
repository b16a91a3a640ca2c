/**
 * The stall meter behind the hostile-input tests must see a real stall: work that keeps the main thread
 * busy for 1.5 s is over the bound in every run, however noisy the machine (the noise allowance is what a
 * spinning worker causes, far below a second on any machine these tests run on).
 */
import { describe, expect, it } from 'vitest';
import { onMainThread, schedulerNoiseMs, steadyStall } from './mainThread';

function blockMainThread(ms: number): Promise<number> {
  const until = performance.now() + ms;
  let spins = 0;
  while (performance.now() < until) spins++;
  return new Promise((resolve) => setTimeout(() => resolve(spins), 20));
}

describe('the stall meter', () => {
  it('reports 1.5 s of work on the main thread as over the bound, even after running it again', async () => {
    const noise = await schedulerNoiseMs(500);
    const work = () => blockMainThread(1500);
    const cost = await onMainThread(work);
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeGreaterThanOrEqual(1400);
    expect(stallMs).toBeGreaterThanOrEqual(allowanceMs);
  }, 60_000);

  it('reports awaiting a timer as no stall', async () => {
    const noise = await schedulerNoiseMs(500);
    const work = () => new Promise((resolve) => setTimeout(resolve, 400));
    const cost = await onMainThread(work);
    const { stallMs, allowanceMs } = await steadyStall(noise, cost, work);
    expect(stallMs).toBeLessThan(allowanceMs);
  }, 60_000);
});
