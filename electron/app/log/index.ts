/**
 * The app's log (issue 10): one rotating file, <data dir>/logs/main.log, in the desktop app and the
 * browser mode. Any module logs through `appLog()`; the entry points call `openAppLog(dataDir)` once the
 * data folder is known. Before that, and in tests, lines go to stderr. What is written is redacted
 * (redact.ts): never PINs, tokens or document contents.
 */
import { join } from 'node:path';
import { type AppLog, createFileLog, LOGS_FOLDER, stderrLog } from './fileLog';

export type { AppLog } from './fileLog';
export { errorId, LOG_FILE, LOGS_FOLDER } from './fileLog';
export { type Incident, onIncident, reportIncident } from './incidents';
export { redact, redactText } from './redact';

let current: AppLog = stderrLog();

export function appLog(): AppLog {
  return current;
}

export function logsFolder(dataDir: string): string {
  return join(dataDir, LOGS_FOLDER);
}

/** Starts logging to <dataDir>/logs; returns the log (also what appLog() answers from now on). */
export function openAppLog(dataDir: string, echo?: (line: string) => void): AppLog {
  current = createFileLog(echo ? { folder: logsFolder(dataDir), echo } : { folder: logsFolder(dataDir) });
  return current;
}

/** Tests: put a log in place and get the previous one back. */
export function replaceAppLog(log: AppLog): AppLog {
  const previous = current;
  current = log;
  return previous;
}
