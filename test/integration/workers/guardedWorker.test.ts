import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../../electron/workers/guardedWorker';

/** The guard's limits, each provoked on a real worker by the probe task. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; vi: string; en: string };
  }
  throw new Error('expected a refusal');
}

describe('the guarded worker', () => {
  it('returns the task result', async () => {
    expect(await runInWorker('guard-probe', { resultBytes: 3 }, { fileName: 'a.pdf' })).toEqual({
      held: 0,
      payload: 'xxx',
    });
  });

  it('stops a task past its time limit and names the file', async () => {
    const e = await refusal(
      runInWorker('guard-probe', { spinMs: 10_000 }, { fileName: 'chậm.xlsx', timeoutMs: 300 }),
    );
    expect(e.code).toBe('worker.timeout');
    expect(e.vi).toContain('chậm.xlsx');
  });

  it('stops a task past its heap limit, and the app goes on', async () => {
    const e = await refusal(
      runInWorker('guard-probe', { allocateMb: 400 }, { fileName: 'bom.xlsx', maxHeapMb: 32 }),
    );
    expect(e.code).toBe('worker.outOfMemory');
    expect(e.en).toContain('bom.xlsx');
  }, 60_000);

  it('refuses a result larger than its bound before the main thread deserializes it', async () => {
    const e = await refusal(
      runInWorker(
        'guard-probe',
        { resultBytes: 2 * 1024 * 1024 },
        { fileName: 'to.zip', maxResultBytes: 1024 * 1024 },
      ),
    );
    expect(e.code).toBe('worker.resultTooLarge');
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    const running = runInWorker(
      'guard-probe',
      { spinMs: 10_000 },
      { fileName: 'goi.zip', signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 100);
    expect((await refusal(running)).code).toBe('worker.cancelled');
  });

  it('passes a refusal of the task through unchanged', async () => {
    const e = await refusal(runInWorker('guard-probe', { fail: 'tệp hỏng' }, { fileName: 'x' }));
    expect(e).toMatchObject({ code: 'probe.refused', vi: 'Từ chối: tệp hỏng' });
  });
});
