/**
 * What the commands that write one file of a meeting, or of one of its agenda items (`export`, `book`),
 * share: the options `--data-dir DIR --meeting ID [--item ID] --out FILE [--json]`, their checks in one
 * order with one wording, the item-of-this-meeting check, and progress by tenths on stderr.
 */
import { resolve } from 'node:path';
import type { PackageScope } from '../../shared/contract/packages';
import { appError, isAppError } from '../../shared/errors/appError';
import type { AppContext } from '../app/context';
import { requireDb } from '../app/services/requireDb';
import { getAgendaItem } from '../db/repositories/agendaItemRepository';
import { dataDirOption, missingOption, reportError } from './output';
import type { CliIo } from './types';

/** The parseArgs options of such a command; a command spreads them and adds its own. */
export const meetingOutputOptions = {
  'data-dir': { type: 'string' },
  meeting: { type: 'string' },
  item: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface MeetingOutput {
  dataDir: string;
  meetingId: number;
  itemId: number | undefined;
  /** `--out`, made absolute against the working folder. */
  outPath: string;
  /** The meeting, or the item when `--item` is given. */
  scope: PackageScope;
}

function idOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw appError(
      'invalid-arguments',
      `${name} phải là mã số nguyên dương (nhận được "${value}").`,
      `${name} must be a positive whole-number id (got "${value}").`,
      { field: name, input: value },
    );
  }
  return Number(value);
}

/** Checks the options in the order the usage lists them, so the first missing one is the one named. */
export function meetingOutputOf(
  command: string,
  values: {
    'data-dir'?: string | undefined;
    meeting?: string | undefined;
    item?: string | undefined;
    out?: string | undefined;
  },
): MeetingOutput {
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption(command, '--data-dir');
  const meetingId = idOption('--meeting', values.meeting);
  if (meetingId === undefined) throw missingOption(command, '--meeting');
  const itemId = idOption('--item', values.item);
  if (!values.out || values.out.trim() === '') throw missingOption(command, '--out');
  const outPath = resolve(values.out);
  const scope: PackageScope =
    itemId === undefined ? { kind: 'meeting', meetingId } : { kind: 'item', itemId };
  return { dataDir, meetingId, itemId, outPath, scope };
}

/**
 * Refuses `--item` of another meeting than `--meeting` (a likely slip between two lists). An item that
 * does not exist at all is left to the service, which names it in its own words.
 */
export function checkItemOfMeeting(app: AppContext, output: MeetingOutput): void {
  const { itemId, meetingId } = output;
  if (itemId === undefined) return;
  const item = getAgendaItem(requireDb(app), itemId);
  if (item && item.meetingId !== meetingId) {
    throw appError(
      'invalid-arguments',
      `Nội dung trình ${itemId} không thuộc cuộc họp ${meetingId} (mà thuộc cuộc họp ${item.meetingId}).`,
      `Agenda item ${itemId} does not belong to meeting ${meetingId} (it belongs to meeting ${item.meetingId}).`,
      { field: '--item', input: itemId },
    );
  }
}

/**
 * A progress callback that writes `line(percent, done, total)` to stderr about every tenth of the work;
 * silent with --json, where stdout carries the one JSON answer and stderr stays clean for scripts.
 * `alwaysAtFull` writes 100% however close the previous line was.
 */
export function progressByTenths(
  io: CliIo,
  json: boolean,
  line: (percent: number, done: number, total: number) => string,
  alwaysAtFull = false,
): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    if (json || total === 0) return;
    const percent = Math.floor((100 * done) / total);
    if (percent >= last + 10 || (alwaysAtFull && percent === 100)) {
      last = percent;
      io.stderr(line(percent, done, total));
    }
  };
}

/**
 * A catch handler for the run of a command: an error with `code` is a failed check (reported, answered
 * as null so the command exits 1); any other error goes on to the CLI's own handling (exit 2).
 */
export function failedCheckOn(code: string, io: CliIo, json: boolean): (error: unknown) => null {
  return (error) => {
    if (isAppError(error) && error.code === code) {
      reportError(io, error, json);
      return null;
    }
    throw error;
  };
}
