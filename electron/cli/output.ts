/** Shared CLI plumbing: argument parsing with bilingual errors, JSON and error output. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { formatDateVi, weekdayNameVi } from '../../shared/calendar/civilDate';
import { type AppError, appError, isAppError } from '../../shared/errors/appError';
import type { CliIo } from './types';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its TypeErrors turned into AppError 'invalid-arguments'. */
export function parseCommandArgs<O extends Options>(
  command: string,
  args: string[],
  options: O,
  positionals = false,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw appError(
      'invalid-arguments',
      `Tham số không hợp lệ cho lệnh "${command}": ${message}. Xem: dossier-desk ${command} --help`,
      `Invalid arguments for "${command}": ${message}. See: dossier-desk ${command} --help`,
      { command },
    );
  }
}

export function missingOption(command: string, option: string): AppError {
  return appError(
    'invalid-arguments',
    `Lệnh "${command}" cần tham số ${option}. Xem: dossier-desk ${command} --help`,
    `The "${command}" command needs ${option}. See: dossier-desk ${command} --help`,
    { command, option },
  );
}

/** The loader's options from `--data-dir` (an empty value is an error, not "no folder"). */
export function dataDirOption(value: string | undefined): { dataDir?: string } {
  if (value === undefined) return {};
  if (value.trim() === '') {
    throw appError(
      'invalid-arguments',
      '--data-dir cần đường dẫn tới thư mục dữ liệu.',
      '--data-dir needs the path of a data folder.',
      { field: '--data-dir' },
    );
  }
  return { dataDir: value };
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reports an error: always on stderr in both languages; with --json also as `{ "error": … }` on stdout. */
export function reportError(io: CliIo, error: unknown, json: boolean): void {
  const data = isAppError(error)
    ? error.toData()
    : {
        code: 'internal-error',
        vi: `Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`,
        en: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      };
  io.stderr(`Lỗi: ${data.vi}\nError: ${data.en}\n`);
  if (json) writeJson(io, { error: data });
}

/** "Thứ Năm 17/12/2026" */
export function longDateVi(dn: number): string {
  return `${weekdayNameVi(dn)} ${formatDateVi(dn)}`;
}
