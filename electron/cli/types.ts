import type { AgencyOverride } from '../../shared/calendar/workingCalendar';
import type { RuleSet } from '../../shared/deadlines/ruleSet';

/** Where the CLI writes. Tests capture both streams; bin.ts wires them to the process. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** What the agency has set: its calendar overrides and its edited rule set. */
export interface AgencySetup {
  overrides: readonly AgencyOverride[];
  ruleSet: RuleSet;
}

/**
 * The seam for agency data. Without `--data-dir` the commands use the shipped defaults; with it, bin.ts's
 * loader (agencySetupFromDataDir.ts) reads the agency's overrides and rule set from its database.
 */
export type AgencySetupLoader = (options: { dataDir?: string }) => Promise<AgencySetup>;

export interface CliContext {
  io: CliIo;
  /** The clock, read only to default `--today`. */
  now: () => Date;
  loadAgencySetup: AgencySetupLoader;
  /** The package verify worker script, when not the bundled one beside the CLI (tests). */
  verifyWorker?: string;
  /** The session book worker script, when not the bundled one beside the CLI (tests). */
  bookWorker?: string;
  /** The token (PKCS#11) process script, when not the bundled one beside the CLI (tests). */
  tokenWorker?: string;
  /** Where `--pin-env VAR` reads the PIN (the process environment; tests pass their own). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** One sub-command. Adding a command = a module exporting one of these + one line in commands/index.ts. */
export interface CliCommand {
  name: string;
  summary: { vi: string; en: string };
  /** Full help text (Vietnamese, with English option names). */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failed check, 2 invalid input / could not run. */
  run: (args: string[], ctx: CliContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED_CHECK = 1;
/** Issue 3: impossible dates, unknown kinds and other bad input exit with 2, like "could not run". */
export const EXIT_BAD_INPUT = 2;
