/** `dossier-desk calendar --year Y`: the year's weekdays off and weekend days worked, with names and sources. */
import {
  dayNumber,
  formatDateVi,
  isWeekend,
  parseIsoDate,
  weekdayNameVi,
} from '../../../shared/calendar/civilDate';
import { createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
import { appError } from '../../../shared/errors/appError';
import { dataDirOption, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk calendar --year YYYY [--data-dir DIR] [--json]

  --data-dir  thư mục dữ liệu của cơ quan: thêm các ngày điều chỉnh của cơ quan
              / the agency's data folder: include the agency's own overrides

  Liệt kê các ngày nghỉ trong tuần (thứ Hai–thứ Sáu) và các ngày làm bù cuối tuần của năm, kèm tên và nguồn.
  Lists the year's weekdays off and weekend days worked, with name and source.
`;

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) {
    throw appError(
      'invalid-year',
      `--year: "${text}" không phải năm hợp lệ (ví dụ 2026).`,
      `--year: "${text}" is not a valid year (e.g. 2026).`,
      { field: '--year', input: text },
    );
  }
  parseIsoDate(`${text}-01-01`, '--year');
  return Number(text);
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('calendar', args, {
    year: { type: 'string' },
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  if (values.year === undefined) throw missingOption('calendar', '--year');
  const year = parseYear(values.year);
  const setup = await ctx.loadAgencySetup(dataDirOption(values['data-dir']));
  const calendar = createWorkingCalendar({ overrides: setup.overrides });
  const info = calendar.year(year);
  // Only the exceptions to the Monday–Friday week: a holiday on a Sunday changes nothing by itself.
  const days = info.days
    .filter((d) => d.working === isWeekend(dayNumber(d.date)))
    .map((d) => ({
      date: d.date,
      weekday: weekdayNameVi(dayNumber(d.date)),
      working: d.working,
      kind: d.kind,
      name: d.name,
      nameEn: d.nameEn,
      source: d.source,
    }));
  if (values.json) {
    writeJson(ctx.io, { year, provisional: info.provisional, sources: info.sources, days });
    return EXIT_OK;
  }
  const lines = [
    `Lịch làm việc năm ${year} — ${info.provisional ? 'TẠM TÍNH theo Bộ luật Lao động (chưa có lịch nghỉ chính thức)' : 'theo lịch nghỉ chính thức'}`,
    'Nguồn:',
    ...info.sources.map(
      (s) =>
        `  - ${s.document}${s.date ? ` ngày ${formatDateVi(dayNumber(s.date))}` : ''}: ${s.covers}${s.verification === 'as reported' ? ' (theo báo chí, chưa đối chiếu bản gốc)' : ''}`,
    ),
    '',
  ];
  for (const d of days) {
    const dn = dayNumber(d.date);
    lines.push(
      `  ${d.weekday.padEnd(8)} ${formatDateVi(dn)}  ${d.working ? 'LÀM VIỆC' : 'nghỉ    '}  ${d.name}  [${d.source}]`,
    );
  }
  const off = days.filter((d) => !d.working).length;
  lines.push('', `Tổng: ${off} ngày nghỉ trong tuần, ${days.length - off} ngày cuối tuần làm việc.`);
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: { vi: 'Ngày nghỉ và ngày làm bù của một năm', en: "A year's days off and working weekend days" },
  usage: USAGE,
  run,
};
