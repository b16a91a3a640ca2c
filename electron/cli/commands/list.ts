/** `dossier-desk list meetings --data-dir DIR [--json]`: the ids other commands (export) take. */
import { formatDateVi, parseIsoDate } from '../../../shared/calendar/civilDate';
import { appError } from '../../../shared/errors/appError';
import { listMeetings } from '../../app/services/meetingService';
import { withDataDir } from '../dataDirContext';
import { dataDirOption, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk list meetings --data-dir DIR [--all] [--json]

  Liệt kê các cuộc họp (sắp tới trước, rồi đã qua) với mã số dùng cho lệnh export.
  Lists the meetings (upcoming first, then past) with the ids the export command takes.

  --all   cả cuộc họp đã hủy / include cancelled meetings
  JSON: [ { "id": 1, "date": "YYYY-MM-DD", "kind": "chairman", "title": "...", "status": "scheduled" } ]
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'list',
    args,
    {
      'data-dir': { type: 'string' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals[0] !== 'meetings' || positionals.length !== 1) {
    throw appError(
      'invalid-arguments',
      `Lệnh "list" chỉ liệt kê "meetings" (nhận được: "${positionals.join(' ')}"). Xem: dossier-desk list --help`,
      `The "list" command lists "meetings" only (got "${positionals.join(' ')}"). See: dossier-desk list --help`,
      { positionals },
    );
  }
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption('list', '--data-dir');
  const meetings = await withDataDir(dataDir, { now: ctx.now }, (app) =>
    listMeetings(app, { includeCancelled: values.all, includePast: true }).map((m) => ({
      id: m.id,
      date: m.date,
      kind: m.kind,
      title: m.title,
      status: m.status,
    })),
  );
  if (values.json) {
    writeJson(ctx.io, meetings);
    return EXIT_OK;
  }
  if (meetings.length === 0) ctx.io.stdout('Chưa có cuộc họp nào. / No meetings.\n');
  for (const m of meetings) {
    const date = formatDateVi(parseIsoDate(m.date));
    const cancelled = m.status === 'cancelled' ? ' [đã hủy / cancelled]' : '';
    ctx.io.stdout(`${String(m.id).padStart(5)}  ${date}  ${m.kind.padEnd(16)} ${m.title}${cancelled}\n`);
  }
  return EXIT_OK;
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: { vi: 'Liệt kê cuộc họp (mã số cho lệnh export)', en: 'List meetings (ids for export)' },
  usage: USAGE,
  run,
};
