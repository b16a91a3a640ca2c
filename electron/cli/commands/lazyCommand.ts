import type { CliCommand } from '../types';

/**
 * A command whose module (and everything it imports: the database, the contracts, the document
 * builders) is loaded only when that command runs, so that `deadline`, `calendar` and `lunar` start
 * fast (issue 10). The name and summary are repeated here for the command list; a test keeps them equal
 * to the module's own.
 */
export function lazyCommand(
  name: string,
  summary: CliCommand['summary'],
  load: () => Promise<CliCommand>,
): CliCommand & { load: () => Promise<CliCommand> } {
  return {
    name,
    summary,
    usage: '',
    load,
    run: async (args, ctx) => (await load()).run(args, ctx),
  };
}
