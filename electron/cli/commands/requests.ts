/** `dossier-desk requests --data-dir DIR [--json]`: the register of opinion requests, for IT staff. */
import { formatDateVi, parseIsoDate } from '../../../shared/calendar/civilDate';
import { appError } from '../../../shared/errors/appError';
import { OPINION_REQUEST_STATE_LABELS } from '../../../shared/opinionRequests/register';
import { listRegister } from '../../app/services/opinionRequests/register';
import { withDataDir } from '../dataDirContext';
import { dataDirOption, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk requests --data-dir DIR [--json]

  Sổ theo dõi văn bản xin ý kiến đến (§3a, §3b), theo hạn trả lời; tình trạng tính theo hôm nay
  (quá hạn khi chưa trả lời và đã qua hạn).
  The register of opinion requests received, by due date; the state is judged today (overdue when
  unanswered past the due date).

  JSON: [ { "id": 1, "from": "Bộ Tư pháp", "number": "123/BTP-VĐCXDPL", "subject": "...",
            "received": "YYYY-MM-DD", "due": "YYYY-MM-DD",
            "state": "received|drafting|answered|overdue", "answeredOn": "YYYY-MM-DD" | null } ]
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'requests',
    args,
    {
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0) {
    throw appError(
      'invalid-arguments',
      `Lệnh "requests" không nhận tham số "${positionals.join(' ')}". Xem: dossier-desk requests --help`,
      `The "requests" command takes no argument "${positionals.join(' ')}". See: dossier-desk requests --help`,
      { positionals },
    );
  }
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption('requests', '--data-dir');
  const rows = await withDataDir(dataDir, { now: ctx.now }, (app) =>
    listRegister(app, {
      text: '',
      states: [],
      requesterKind: null,
      fromDate: null,
      toDate: null,
    }).requests.map((r) => ({
      id: r.id,
      from: r.requester,
      number: r.theirNumber,
      subject: r.subject,
      received: r.received,
      due: r.due,
      state: r.state,
      answeredOn: r.answer?.date ?? null,
    })),
  );
  if (values.json) {
    writeJson(ctx.io, rows);
    return EXIT_OK;
  }
  if (rows.length === 0) ctx.io.stdout('Chưa có văn bản xin ý kiến nào. / No opinion requests.\n');
  for (const r of rows) {
    const label = OPINION_REQUEST_STATE_LABELS[r.state];
    const day = (iso: string) => formatDateVi(parseIsoDate(iso));
    ctx.io.stdout(
      `${String(r.id).padStart(5)}  nhận/received ${day(r.received)}  hạn/due ${day(r.due)}  ${`${label.vi} / ${label.en}`.padEnd(28)} ${r.from}${r.number ? ` ${r.number}` : ''}: ${r.subject}\n`,
    );
  }
  return EXIT_OK;
}

export const requestsCommand: CliCommand = {
  name: 'requests',
  summary: { vi: 'Sổ văn bản xin ý kiến đến', en: 'Register of opinion requests received' },
  usage: USAGE,
  run,
};
