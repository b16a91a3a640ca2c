/**
 * `dossier-desk agenda --data-dir DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--ics FILE]`: every
 * deadline of the agency's agenda (Lịch hạn), the same list the app's screen, dashboard and notifications
 * read; with --ics, the calendar file.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AGENDA_KIND_LABELS } from '../../../shared/agenda/kinds';
import { dayNumber, parseIsoDate, todayInVietnam } from '../../../shared/calendar/civilDate';
import { appError } from '../../../shared/errors/appError';
import { makeClock } from '../../app/clock';
import { agendaIcs } from '../../app/services/agenda/agendaIcs';
import { buildAgenda, checkedRange } from '../../app/services/agenda/agendaService';
import { deadlineContext } from '../../app/services/dossierDeadlines';
import { writeFileDurably } from '../../app/services/exportFiles';
import { requireDb } from '../../app/services/requireDb';
import { requireAgency } from '../../app/services/workProgramService';
import { withDataDir } from '../dataDirContext';
import { dataDirOption, longDateVi, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk agenda --data-dir DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
  dossier-desk agenda --data-dir DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] --ics FILE

  Lịch hạn: mọi hạn của cơ quan theo thứ tự ngày (bản ký, ý kiến lãnh đạo, ý kiến phối hợp, nhiệm vụ
  và báo cáo xin gia hạn, báo cáo tháng, các bước kế hoạch).
  Every deadline of the agency in date order (signed documents, leaders' opinion, coordination answers,
  tasks and extension reports, the monthly report, plan steps).

  --data-dir  thư mục dữ liệu của cơ quan / the agency's data folder
  --from      từ ngày (mặc định: 31 ngày trước hôm nay) / from (default: 31 days before today)
  --to        đến ngày (mặc định: 365 ngày sau hôm nay) / to (default: 365 days after today)
  --today     ngày tính "còn lại" (mặc định: hôm nay, giờ Việt Nam) / date for days left (default: today, UTC+7)
  --ics       ghi tệp lịch iCalendar (.ics) cho Outlook, Thunderbird / write an iCalendar file
  --json      xuất JSON / JSON output:
              [ { "date", "time", "rule", "title", "meetingId", "provisional", "state", ... } ]
              rule: signed-documents | leader-opinion | coordination-answer | task-deadline |
                    task-extension-report | monthly-report | plan-step
              state: pending | overdue | done | done-late
`;

function dateOption(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  parseIsoDate(value, name);
  return value;
}

function checkOut(file: string): string {
  const out = resolve(file);
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw appError(
      'invalid-out',
      `--ics: "${out}" là một thư mục; hãy ghi tên tệp.`,
      `--ics: "${out}" is a folder; give a file name.`,
      { field: '--ics' },
    );
  }
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
    throw appError(
      'invalid-out',
      `--ics: không có thư mục "${dirname(out)}".`,
      `--ics: the folder "${dirname(out)}" does not exist.`,
      { field: '--ics' },
    );
  }
  return out;
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('agenda', args, {
    'data-dir': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    today: { type: 'string' },
    ics: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption('agenda', '--data-dir');
  const from = dateOption(values.from, '--from');
  const to = dateOption(values.to, '--to');
  const today = values.today ?? todayInVietnam(ctx.now());
  parseIsoDate(today, '--today');
  const out = values.ics === undefined ? null : checkOut(values.ics);
  const clock = values.today === undefined ? ctx.now : makeClock(today);

  const result = await withDataDir(resolve(dataDir), { now: clock }, (app) => {
    const dc = deadlineContext(app);
    const range = checkedRange(dc.today, from, to);
    const db = requireDb(app);
    const entries = buildAgenda(db, dc, range);
    if (out !== null) {
      const agency = requireAgency(db);
      const text = agendaIcs(entries, {
        agencyCode: agency.code,
        agencyName: agency.name,
        officeHoursEnd: dc.rules.officeHoursEnd,
        now: app.now(),
      });
      writeFileDurably(out, Buffer.from(text, 'utf8'));
    }
    return { range, entries };
  });

  if (out !== null) {
    if (values.json) writeJson(ctx.io, { ics: out, events: result.entries.length, ...result.range });
    else
      ctx.io.stdout(
        `Đã ghi ${result.entries.length} hạn vào ${out} / Wrote ${result.entries.length} deadlines to ${out}\n`,
      );
    return EXIT_OK;
  }
  if (values.json) {
    writeJson(ctx.io, result.entries);
    return EXIT_OK;
  }
  ctx.io.stdout(`Lịch hạn ${result.range.from} → ${result.range.to} (${result.entries.length})\n`);
  for (const e of result.entries) {
    const state = { pending: '', overdue: ' [QUÁ HẠN]', done: ' [đã xong]', 'done-late': ' [xong sau hạn]' }[
      e.state
    ];
    ctx.io.stdout(
      `${longDateVi(dayNumber(e.date))}${e.time ? ` ${e.time}` : ''}  ${AGENDA_KIND_LABELS[e.rule].vi}${state}${e.provisional ? ' (tạm tính)' : ''}\n` +
        `    ${e.subject}${e.meeting ? ` — ${e.meeting.title}` : ''}\n`,
    );
  }
  return EXIT_OK;
}

export const agendaCommand: CliCommand = {
  name: 'agenda',
  summary: { vi: 'Lịch hạn: mọi hạn của cơ quan, tệp lịch .ics', en: 'Every deadline; .ics calendar file' },
  usage: USAGE,
  run,
};
