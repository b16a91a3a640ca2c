import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface MainThreadCost<T> {
  value: T;
  /** Wall time of the work, ms. */
  ms: number;
  /** Longest the event loop was kept from running, ms. */
  maxDelayMs: number;
  /** Highest resident memory seen while `work` ran, above what it was before, MB. */
  rssGrowthMb: number;
}

/**
 * Runs `work` and measures what it cost the thread that runs the app (this one): the longest event-loop
 * stall (perf_hooks) and the growth of the process's resident memory, sampled every 10 ms — a worker
 * thread's heap counts here too, since it lives in the same process.
 */
export async function onMainThread<T>(work: () => Promise<T>): Promise<MainThreadCost<T>> {
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  // The histogram records the gap between two of its own ticks: let it tick twice first, or work that
  // blocks at once would go unseen.
  await new Promise((resolve) => setTimeout(resolve, 25));
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      value,
      ms: performance.now() - started,
      maxDelayMs: delay.max / 1e6,
      rssGrowthMb: (peak - before) / (1024 * 1024),
    };
  } finally {
    delay.disable();
    clearInterval(sampler);
  }
}

/**
 * The scheduler's noise on this machine: the longest event-loop delay while a worker merely spins for two
 * seconds (a thread competing for the cores, doing nothing to this one). A loaded shared machine (many
 * processes on two cores) adds this to any measurement; on a quiet one it is a few ms.
 */
export async function schedulerNoiseMs(spinMs = 2000): Promise<number> {
  const { runInWorker } = await import('../../../electron/workers/guardedWorker');
  const spin = await onMainThread(() => runInWorker('guard-probe', { spinMs }, { fileName: 'probe' }));
  return spin.maxDelayMs;
}

/**
 * The stall bound, above the machine's noise: measured before the work and, when the work seems over the
 * bound, again right after (the noise of a shared machine comes and goes). A real stall — the seconds the
 * issue measured — stays far over either.
 */
export async function stallAllowanceMs(noiseBefore: number, cost: MainThreadCost<unknown>): Promise<number> {
  if (cost.maxDelayMs < MAX_STALL_MS + noiseBefore) return MAX_STALL_MS + noiseBefore;
  // As long as the work took: a longer window sees more of the machine's noise.
  const window = Math.max(2000, Math.round(cost.ms));
  return MAX_STALL_MS + Math.max(noiseBefore, await schedulerNoiseMs(window), await schedulerNoiseMs(window));
}

/**
 * The longest stall the work itself causes, and the bound it must stay under. When the first run is over the
 * bound, the work runs again (at most twice more) and the smallest stall counts: work done on the main
 * thread stalls it in every run, while a shared machine's scheduler (other processes on two cores, another
 * thread's garbage collector) rarely strikes every run. Each run is also checked against its own noise.
 */
export async function steadyStall(
  noiseBefore: number,
  first: MainThreadCost<unknown>,
  again: () => Promise<unknown>,
): Promise<{ stallMs: number; allowanceMs: number }> {
  let best = { stallMs: first.maxDelayMs, allowanceMs: await stallAllowanceMs(noiseBefore, first) };
  for (let run = 0; run < 2 && best.stallMs >= best.allowanceMs; run++) {
    const cost = await onMainThread(again);
    console.log(`again: longest stall ${cost.maxDelayMs.toFixed(1)} ms`);
    const allowanceMs = await stallAllowanceMs(noiseBefore, cost);
    if (cost.maxDelayMs - allowanceMs < best.stallMs - best.allowanceMs)
      best = { stallMs: cost.maxDelayMs, allowanceMs };
  }
  return best;
}

/** The bounds for any input the app accepts (a stall is measured above the machine's noise). */
export const MAX_STALL_MS = 100;
export const MAX_RSS_GROWTH_MB = 200;
