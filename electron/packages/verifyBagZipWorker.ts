/**
 * Worker-thread entry for verifyBagZipInWorker. The build bundles this file on its own to
 * verifyBagZipWorker.cjs beside the main bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveVerifyInWorker, type VerifyWorkerInput } from './verifyBagZipInWorker';

function isWorkerInput(value: unknown): value is VerifyWorkerInput {
  return (
    typeof value === 'object' && value !== null && 'zipPath' in value && typeof value.zipPath === 'string'
  );
}

if (parentPort && isWorkerInput(workerData)) serveVerifyInWorker(parentPort, workerData);
