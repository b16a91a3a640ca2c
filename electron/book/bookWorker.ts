/**
 * Worker-thread entry for makeBookInWorker. The build bundles this file on its own to bookWorker.cjs
 * beside the main bundle, pdf-lib included: the documents are parsed here, under the
 * worker's heap cap, never in the app's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assembleBook } from './assembleBook';
import { type BookWorkerInput, serveBookInWorker } from './bookInWorker';

function isWorkerInput(value: unknown): value is BookWorkerInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'fd' in value &&
    typeof value.fd === 'number' &&
    'fontFile' in value &&
    typeof value.fontFile === 'string' &&
    'plan' in value
  );
}

if (parentPort && isWorkerInput(workerData)) serveBookInWorker(parentPort, workerData, assembleBook);
