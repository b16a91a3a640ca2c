/**
 * The `dossier-desk` command line: plain Node, no Electron. `runCli` takes argv and the two output
 * streams and returns the exit code, so tests drive it directly; bin.ts wires it to the process.
 * Exit codes: 0 ok, 1 a check failed, 2 bad input or could not run (issue 3).
 */
import { DEFAULT_RULE_SET } from '../../shared/deadlines/ruleSet';
import { appError } from '../../shared/errors/appError';
import { COMMANDS } from './commands';
import { reportError } from './output';
import { type AgencySetupLoader, type CliContext, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './types';

export interface RunCliOptions {
  /** The clock (default: the real one). */
  now?: () => Date;
  /** Agency overrides and rule set (default: none and the directive's preset). */
  loadAgencySetup?: AgencySetupLoader;
  /** The package verify worker script (tests build one); default: the bundled one beside the CLI. */
  verifyWorker?: string;
  /** The session book worker script (tests build one); default: the bundled one beside the CLI. */
  bookWorker?: string;
  /** The token process script (tests build one); default: the bundled one beside the CLI. */
  tokenWorker?: string;
  /** The environment `--pin-env` reads (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Without a loader, --data-dir is refused rather than silently ignored (bin.ts supplies the real one). */
const defaultSetup: AgencySetupLoader = async ({ dataDir }) => {
  if (dataDir !== undefined) {
    throw appError(
      'data-dir-unavailable',
      '--data-dir không dùng được trong cách chạy này.',
      '--data-dir is not available in this way of running the CLI.',
      { field: '--data-dir' },
    );
  }
  return { overrides: [], ruleSet: DEFAULT_RULE_SET };
};

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dossier-desk — Hồ sơ trình họp / Dossier Desk',
    '',
    'Cách dùng / Usage: dossier-desk <lệnh> [tham số] [--json]',
    '',
    'Lệnh / Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.vi} / ${c.summary.en}`),
    '',
    'Xem chi tiết / Details: dossier-desk <lệnh> --help',
    'Mã thoát / Exit codes: 0 thành công / ok, 1 kiểm tra không đạt / failed check, 2 dữ liệu vào sai hoặc không chạy được / bad input or could not run',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.stderr(helpText());
      return EXIT_BAD_INPUT;
    }
    io.stdout(helpText());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const json = rest.includes('--json');
  if (!command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    reportError(
      io,
      appError(
        'unknown-command',
        `Không có lệnh "${name}". Các lệnh: ${names}.`,
        `Unknown command "${name}". Commands: ${names}.`,
        { input: name },
      ),
      json,
    );
    return EXIT_BAD_INPUT;
  }
  const ctx: CliContext = {
    io,
    now: options.now ?? (() => new Date()),
    loadAgencySetup: options.loadAgencySetup ?? defaultSetup,
  };
  if (options.verifyWorker !== undefined) ctx.verifyWorker = options.verifyWorker;
  if (options.bookWorker !== undefined) ctx.bookWorker = options.bookWorker;
  if (options.tokenWorker !== undefined) ctx.tokenWorker = options.tokenWorker;
  ctx.env = options.env ?? process.env;
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    reportError(io, error, json);
    return EXIT_BAD_INPUT;
  }
}
