/**
 * Worker-thread entry of the guarded parser worker (guardedWorker.ts). The build bundles this file on its
 * own to parserWorker.cjs beside the main bundle. It runs one task on its input, serializes the result,
 * refuses one larger than the caller's bound (the main thread would pay to deserialize it), and posts it.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../shared/errors/appError';
import type { WorkerReply } from './guardedWorker';
import { type TaskName, WORKER_TASKS } from './workerTasks';

function isTaskName(value: unknown): value is TaskName {
  return typeof value === 'string' && Object.hasOwn(WORKER_TASKS, value);
}

async function run(port: NonNullable<typeof parentPort>, data: unknown): Promise<void> {
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  if (typeof data !== 'object' || data === null || !('task' in data) || !isTaskName(data.task)) {
    reply({ type: 'failed', message: 'unknown task' });
    return;
  }
  const maxResultBytes =
    'maxResultBytes' in data && typeof data.maxResultBytes === 'number' ? data.maxResultBytes : 0;
  const task: (input: never) => Promise<unknown> = WORKER_TASKS[data.task];
  try {
    const input = ('input' in data ? data.input : undefined) as never;
    const bytes = serialize(await task(input));
    if (bytes.length > maxResultBytes) {
      reply({ type: 'too-large', bytes: bytes.length });
      return;
    }
    const copy = new Uint8Array(bytes);
    reply({ type: 'done', bytes: copy }, [copy.buffer]);
  } catch (error) {
    if (isAppError(error)) reply({ type: 'app-error', error: error.toData() });
    else reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort) void run(parentPort, workerData);
