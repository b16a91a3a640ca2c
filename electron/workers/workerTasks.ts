/**
 * The parsers that run in the guarded worker (see guardedWorker.ts), by name. Each is an async function of
 * one plain-data input (structured-cloneable: paths, names, options — never a handle) to a plain-data
 * result. The modules are imported inside each task, so a worker loads only the parser it runs (esbuild
 * keeps them lazy in the one bundle).
 *
 * To add a parser: add an entry here; `runInWorker('<name>', input, { fileName })` is then typed from it.
 * A task throws an AppError for a refusal the user should read (it arrives unchanged); its messages name
 * the user's file, which the caller passes in the input when the path is not the user's name (an upload).
 */
import type { VerifyInput } from '../packages/receivedPackageCheck';
import type { JudgePdfInput } from '../signatures/pdfSignatures';
import type { RejudgeInput } from '../signatures/rejudgeSignatures';

export const WORKER_TASKS = {
  /**
   * Attach: a PDF on disk inspected and each signature judged against the agency's anchors and CRLs (passed
   * in as bytes), so that chain building and CRL checks never run on the main thread. Never throws.
   */
  'inspect-and-judge-pdf': async (input: JudgePdfInput) => {
    const { inspectAndJudgeInWorker } = await import('../signatures/pdfSignatures');
    return inspectAndJudgeInWorker(input);
  },

  /** Every stored signature verdict judged again after the trust material changed (verdicts only back). */
  'rejudge-signatures': async (input: RejudgeInput) => {
    const { rejudgeSignatures } = await import('../signatures/rejudgeSignatures');
    return rejudgeSignatures(input);
  },

  /** A received package checked without writing any of it to disk: the report and what the screen shows. */
  'verify-bag': async (input: VerifyInput) => {
    const { verifyReceivedPackage } = await import('../packages/receivedPackageCheck');
    return verifyReceivedPackage(input);
  },

  /**
   * Everything of an import but the database: the package's digest, the check with extraction into
   * `extractTo`, the sender's dossier.json, and the digest again (the file must not change meanwhile).
   */
  'prepare-import': async (
    input: Pick<VerifyInput, 'zipPath' | 'fileName' | 'trust' | 'now'> & { extractTo: string },
  ) => {
    const { prepareImport } = await import('../packages/receivedPackageCheck');
    return prepareImport(input);
  },

  /** The work-program sheet read into a preview (nothing written). */
  'parse-work-program-xlsx': async (input: { path: string; fileName: string; today: string }) => {
    const { parseWorkProgramXlsx } = await import('../workProgram/parseWorkProgramXlsx');
    return parseWorkProgramXlsx(input.path, { today: input.today, fileName: input.fileName });
  },

  /** SQLite's quick_check on the data file, read-only, off the main thread (seconds on ten years of data). */
  'database-quick-check': async (input: { path: string }) => {
    const { quickCheckFile } = await import('../db/quickCheck');
    return quickCheckFile(input.path);
  },

  /** A database file chosen to be restored: inspected, settled and integrity-checked (its schema version). */
  'vet-restore-candidate': async (input: { path: string; label: string }) => {
    const { vetRestoreCandidate } = await import('../backup/backupService');
    return vetRestoreCandidate(input.path, input.label);
  },

  /** For the guard's own tests: burns time, memory or result size on demand. */
  'guard-probe': async (input: {
    spinMs?: number;
    allocateMb?: number;
    resultBytes?: number;
    fail?: string;
  }) => {
    const { guardProbe } = await import('./guardProbe');
    return guardProbe(input);
  },
} satisfies Record<string, (input: never) => Promise<unknown>>;

export type TaskName = keyof typeof WORKER_TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof WORKER_TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof WORKER_TASKS)[T]>>;
