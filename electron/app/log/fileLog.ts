import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redact, redactText } from './redact';

export type LogLevel = 'error' | 'warn' | 'info';

export interface AppLog {
  /** The folder of the log files (null: the log goes to stderr only, e.g. before the data folder is known). */
  readonly folder: string | null;
  /** The file being written. */
  readonly file: string | null;
  /** Logs an error and returns its short id (E-XXXXXX), which the user sees beside the message. */
  error(what: string, error?: unknown, extra?: Record<string, unknown>): string;
  warn(what: string, extra?: Record<string, unknown>): void;
  info(what: string, extra?: Record<string, unknown>): void;
}

export interface FileLogOptions {
  folder: string;
  /** main.log is rotated to main.1.log… when it would pass this size. */
  maxBytes?: number;
  /** How many rotated files are kept (main.1.log … main.N.log). */
  keep?: number;
  /** Where the line is echoed too (default stderr; tests pass a collector). */
  echo?: (line: string) => void;
  now?: () => Date;
}

export const LOG_FILE = 'main.log';
export const LOGS_FOLDER = 'logs';
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEEP = 5;
/** Crockford base32 without I, L, O, U: an id read aloud over the phone is not misheard. */
const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function errorId(): string {
  const bytes = randomBytes(6);
  return `E-${[...bytes].map((b) => ID_ALPHABET[b % 32]).join('')}`;
}

/**
 * A plain text log, one line per event, rotated by size. Appends are synchronous: a line written just
 * before a crash must be on disk, and events are rare (errors, start, stop), never per request.
 */
export function createFileLog(options: FileLogOptions): AppLog {
  const { folder } = options;
  const file = join(folder, LOG_FILE);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_KEEP;
  const echo = options.echo ?? ((line: string) => process.stderr.write(line));
  const now = options.now ?? (() => new Date());
  let broken = false;

  const write = (level: LogLevel, what: string, fields: Record<string, unknown>) => {
    const body = Object.keys(fields).length ? ` ${JSON.stringify(redact(fields))}` : '';
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${redactText(what)}${body}\n`;
    echo(line);
    if (broken) return;
    try {
      mkdirSync(folder, { recursive: true });
      rotateIfFull(file, Buffer.byteLength(line), maxBytes, keep);
      appendFileSync(file, line);
    } catch (error) {
      // A log that cannot be written must not take the app down with it: say so once, on stderr.
      broken = true;
      echo(`log: cannot write ${file}: ${String(error)}\n`);
    }
  };

  return {
    folder,
    file,
    error(what, error, extra = {}) {
      const id = errorId();
      write('error', `[${id}] ${what}`, error === undefined ? extra : { ...extra, error });
      return id;
    },
    warn: (what, extra = {}) => write('warn', what, extra),
    info: (what, extra = {}) => write('info', what, extra),
  };
}

function rotateIfFull(file: string, adding: number, maxBytes: number, keep: number): void {
  if (!existsSync(file) || statSync(file).size + adding <= maxBytes) return;
  const numbered = (n: number) => file.replace(/\.log$/, `.${n}.log`);
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  }
  renameSync(file, numbered(1));
}

/** The log before a data folder is known (and in tests): stderr only, ids still given. */
export function stderrLog(echo: (line: string) => void = (line) => process.stderr.write(line)): AppLog {
  const write = (level: LogLevel, what: string, fields: Record<string, unknown>) => {
    const body = Object.keys(fields).length ? ` ${JSON.stringify(redact(fields))}` : '';
    echo(`${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${redactText(what)}${body}\n`);
  };
  return {
    folder: null,
    file: null,
    error(what, error, extra = {}) {
      const id = errorId();
      write('error', `[${id}] ${what}`, error === undefined ? extra : { ...extra, error });
      return id;
    },
    warn: (what, extra = {}) => write('warn', what, extra),
    info: (what, extra = {}) => write('info', what, extra),
  };
}
