import { appError } from '../../shared/errors/appError';
import type { CliContext } from './types';

/**
 * The token PIN from the environment variable named by `--pin-env`: never an argument, which other users
 * of the computer could read in the process list, and never printed back.
 */
export function pinFromEnv(command: string, variable: string | undefined, ctx: CliContext): string {
  if (variable === undefined || variable.trim() === '') {
    throw appError(
      'invalid-arguments',
      `Lệnh "${command}" cần --pin-env TÊN_BIẾN: tên biến môi trường chứa mã PIN (không truyền PIN trên dòng lệnh).`,
      `The "${command}" command needs --pin-env VAR: the environment variable holding the PIN (never the PIN itself).`,
      { field: '--pin-env' },
    );
  }
  const pin = ctx.env?.[variable];
  if (pin === undefined || pin === '') {
    throw appError(
      'invalid-arguments',
      `Biến môi trường ${variable} (--pin-env) chưa được đặt hoặc rỗng.`,
      `The environment variable ${variable} (--pin-env) is not set or empty.`,
      { field: '--pin-env', variable },
    );
  }
  return pin;
}
