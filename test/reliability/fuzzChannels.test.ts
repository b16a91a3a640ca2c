import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/app/context';
import { dispatch } from '../../electron/app/dispatch';
import { backupsFolder } from '../../electron/backup/backupService';
import { CHANNELS, type Channel, contract } from '../../shared/contract';
import { aContext, aMeeting, anAgency, invoke } from '../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../support/tempDir';
import { fingerprint } from './support/dbFingerprint';
import { mulberry32 } from './support/prng';

const tempDir = tempDirsPerTest();
const SEED = 20261125;
const CALLS = 2000;

/**
 * Well-formed arguments for the channels this file knows, the starting point of the mutations. Channels
 * added later are fuzzed from `{}` and random objects until an example is added here.
 */
function validExamples(ctx: AppContext): Partial<Record<Channel, unknown[]>> {
  return {
    'app.status': [{}],
    'agency.setup': [anAgency],
    'meetings.list': [{}, { includePast: false, includeCancelled: true }],
    'meetings.get': [{ id: 1 }],
    'meetings.create': [aMeeting(), aMeeting({ kind: 'vice-chairman', viceChairman: 'Ông A' })],
    'meetings.update': [{ id: 1, ...aMeeting() }],
    'meetings.cancel': [{ id: 2 }],
    'backup.list': [{}],
    'backup.create': [{}],
    'backup.restore': [{ name: 'dossier-desk-2026-11-25-090000-manual.db' }],
    'backup.restoreFromFile': [{}],
    'backup.configure': [{ keep: 14 }],
    'shell.showInFolder': [{ path: ctx.databasePath }],
    'shell.openPath': [{ path: ctx.dataDir }],
    'app.setLanguage': [{ language: 'en' }],
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  'a'.repeat(20_000),
  'Tờ trình',
  'To\u0300 tri\u0300nh', // NFD
  '../../etc/passwd',
  'C:\\Windows\\System32\\cmd.exe',
  '\0',
  '<script>alert(1)</script>',
  "'; DROP TABLE meeting; --",
  '2026-02-31',
  '31/02/2026',
  '99:99',
  '__proto__',
  '\uD800',
  '🙂'.repeat(300),
];
const NASTY_NUMBERS = [
  0,
  -1,
  1,
  1.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];
const KEYS = [
  'id',
  'name',
  'title',
  'date',
  'kind',
  'path',
  'keep',
  'language',
  '__proto__',
  'constructor',
  'x',
];

function fuzzer(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const value = (depth: number): unknown => {
    const r = random();
    if (r < 0.2) return pick(NASTY_STRINGS);
    if (r < 0.35) return pick(NASTY_NUMBERS);
    if (r < 0.45) return pick([true, false, null, undefined]);
    if (r < 0.5) return BigInt(Math.floor(random() * 1000));
    if (depth > 2 || r < 0.65) return pick(NASTY_STRINGS.slice(0, 6));
    if (r < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 4); i > 0; i--) object[pick(KEYS)] = value(depth + 1);
    if (random() < 0.1)
      Object.defineProperty(object, '__proto__', { value: { polluted: true }, enumerable: true });
    return object;
  };
  const mutate = (example: unknown): unknown => {
    if (typeof example !== 'object' || example === null) return value(0);
    const copy: Record<string, unknown> = { ...example };
    const keys = Object.keys(copy);
    const r = random();
    if (r < 0.3 && keys.length > 0) delete copy[pick(keys)];
    else if (r < 0.7 && keys.length > 0) copy[pick(keys)] = value(1);
    else if (r < 0.85) copy[pick(KEYS)] = value(1);
    else return value(0);
    return copy;
  };
  return { pick, value, mutate };
}

function isTypedError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const [code, vi, en] = ['code', 'vi', 'en'].map((k) => Reflect.get(error, k));
  return (
    typeof code === 'string' &&
    code.length > 0 &&
    typeof vi === 'string' &&
    vi.length > 0 &&
    typeof en === 'string' &&
    en.length > 0
  );
}

function backupFiles(ctx: AppContext): string[] {
  return existsSync(backupsFolder(ctx)) ? readdirSync(backupsFolder(ctx)).sort() : [];
}

describe('fuzzing every channel through the handler map', () => {
  it(`answers ${CALLS} random and malformed calls with a valid result or a typed error, and failed calls write nothing`, async () => {
    const ctx = aContext(tempDir());
    await invoke(ctx, 'agency.setup', anAgency);
    await invoke(ctx, 'meetings.create', aMeeting());
    await invoke(ctx, 'meetings.create', aMeeting({ title: 'Thứ hai', date: '2026-12-18' }));
    await invoke(ctx, 'backup.create', {});
    ctx.desktop = {
      chooseFile: async () => null,
      showInFolder: () => {},
      openPath: async () => '',
      chosenFolders: () => [],
      setLanguage: () => {},
    };
    const random = mulberry32(SEED);
    const { pick, value, mutate } = fuzzer(random);
    const examples = validExamples(ctx);
    const outcomes = { valid: 0, typedErrors: new Map<string, number>() };
    const problems: string[] = [];
    let before = fingerprint(ctx.db ?? fail('no db'));
    let filesBefore = backupFiles(ctx);

    for (let call = 0; call < CALLS; call++) {
      const r = random();
      const channel: unknown =
        r < 0.04
          ? pick(['', 'meetings', 'meetings.drop', '__proto__', 'toString', 'constructor', 'app.status '])
          : r < 0.06
            ? value(1)
            : pick(CHANNELS);
      const known =
        typeof channel === 'string' && Object.hasOwn(contract, channel) ? (channel as Channel) : null;
      const example = known ? pick(examples[known] ?? [{}]) : {};
      const args = random() < 0.15 ? example : random() < 0.75 ? mutate(example) : value(0);

      const result = await dispatch(ctx, channel, args);

      const label = `#${call} ${String(channel)} ${safeJson(args)}`;
      if (result.ok) {
        outcomes.valid++;
        if (!known) problems.push(`${label}: an unknown channel answered ok`);
        else if (!contract[known].result.safeParse(result.value).success)
          problems.push(`${label}: result does not match the contract`);
        before = fingerprint(ctx.db ?? fail('no db after a successful call'));
        filesBefore = backupFiles(ctx);
        continue;
      }
      outcomes.typedErrors.set(result.error.code, (outcomes.typedErrors.get(result.error.code) ?? 0) + 1);
      if (!isTypedError(result.error)) problems.push(`${label}: untyped error ${safeJson(result.error)}`);
      if (result.error.code === 'internal')
        problems.push(`${label}: crashed in the handler: ${result.error.en}`);
      const after = ctx.db ? fingerprint(ctx.db) : 'closed';
      if (after !== before)
        problems.push(`${label}: failed with ${result.error.code} but changed the database`);
      if (backupFiles(ctx).join() !== filesBefore.join())
        problems.push(`${label}: failed but changed the backups folder`);
      before = after;
    }

    console.log(
      `fuzz: ${CALLS} calls over ${CHANNELS.length} channels (seed ${SEED}): ${outcomes.valid} valid results; typed errors: ${[
        ...outcomes.typedErrors,
      ]
        .map(([code, n]) => `${code} ${n}`)
        .join(', ')}`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(outcomes.typedErrors.get('invalid-argument') ?? 0).toBeGreaterThan(CALLS / 4);
    ctx.db?.close();
  }, 60_000);
});

function fail(message: string): never {
  throw new Error(message);
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value)).slice(
      0,
      160,
    );
  } catch {
    return String(value).slice(0, 160);
  }
}
