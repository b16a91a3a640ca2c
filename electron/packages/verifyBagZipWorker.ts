/**
 * Worker-thread entry for verifyBagZipInWorker. The build bundles this file on its own to
 * verifyBagZipWorker.cjs beside the main bundle, PDF inspector (pdf-lib, node-forge) included: the
 * received PDFs are parsed here, under the worker's heap cap, never in the app's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pdfFindings } from '../app/services/pdfFindings';
import { prepareTrust } from '../signatures/judgeSignature';
import { inspectAndJudgePdf } from '../signatures/pdfSignatures';
import { serveVerifyInWorker, type VerifyWorkerInput } from './verifyBagZipInWorker';

function isWorkerInput(value: unknown): value is VerifyWorkerInput {
  return (
    typeof value === 'object' && value !== null && 'zipPath' in value && typeof value.zipPath === 'string'
  );
}

/** The receiver's trust anchors and CRLs, sent as bytes (the worker has no database). */
const trust = prepareTrust({
  anchors: (isWorkerInput(workerData) ? (workerData.trust?.anchors ?? []) : []).map((b) => Buffer.from(b)),
  crls: (isWorkerInput(workerData) ? (workerData.trust?.crls ?? []) : []).map((b) => Buffer.from(b)),
});

/** What the app shows of a received PDF: the same findings (and verdicts) as for an attachment. */
async function inspectReceivedPdf(path: string) {
  return pdfFindings(await inspectAndJudgePdf(path, trust, new Date()));
}

if (parentPort && isWorkerInput(workerData)) serveVerifyInWorker(parentPort, workerData, inspectReceivedPdf);
