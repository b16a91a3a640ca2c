import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';

describe('the CLI command list', () => {
  it('names and summarises each lazily loaded command exactly as its own module does', async () => {
    const lazy = COMMANDS.filter((c) => 'load' in c);
    expect(lazy.map((c) => c.name).sort()).toEqual([
      'agenda',
      'book',
      'demo',
      'export',
      'list',
      'report',
      'requests',
      'sign-pdf',
      'verify',
      'verify-pdf',
    ]);
    for (const command of lazy) {
      const load: unknown = Reflect.get(command, 'load');
      if (typeof load !== 'function') throw new Error('no load');
      const real: unknown = await load();
      expect(real).toMatchObject({ name: command.name, summary: command.summary });
    }
  });
});
