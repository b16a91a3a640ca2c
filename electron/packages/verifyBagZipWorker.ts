/**
 * Worker-thread entry for verifyBagZipInWorker. The build bundles this file on its own to
 * verifyBagZipWorker.cjs beside the main bundle, PDF inspector (pdf-lib, node-forge) included: the
 * received PDFs are parsed here, under the worker's heap cap, never in the app's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pdfFindings } from '../app/services/pdfFindings';
import { inspectPdf } from '../pdf/inspectPdf';
import { serveVerifyInWorker, type VerifyWorkerInput } from './verifyBagZipInWorker';

function isWorkerInput(value: unknown): value is VerifyWorkerInput {
  return (
    typeof value === 'object' && value !== null && 'zipPath' in value && typeof value.zipPath === 'string'
  );
}

/** What the app shows of a received PDF: the same findings as for an attachment. */
async function inspectReceivedPdf(path: string) {
  return pdfFindings(await inspectPdf(path));
}

if (parentPort && isWorkerInput(workerData)) serveVerifyInWorker(parentPort, workerData, inspectReceivedPdf);
