/** `dossier-desk lunar`: solar ↔ Vietnamese lunar dates (UTC+7). */
import { dayNumber, parseIsoDate, weekdayNameVi } from '../../../shared/calendar/civilDate';
import {
  canChiOfYear,
  formatLunarVi,
  type LunarDate,
  lunarToSolar,
  solarToLunar,
} from '../../../shared/calendar/lunar';
import { appError } from '../../../shared/errors/appError';
import { longDateVi, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk lunar YYYY-MM-DD [--json]                     dương lịch → âm lịch / solar → lunar
  dossier-desk lunar --to-solar YYYY-MM-DD [--leap] [--json] âm lịch → dương lịch / lunar → solar
                                                             (--leap: tháng nhuận / leap month)
`;

function parseLunarText(text: string, leap: boolean): LunarDate {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) {
    throw appError(
      'invalid-lunar-date',
      `--to-solar: "${text}" không phải ngày âm lịch hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-01-01).`,
      `--to-solar: "${text}" is not a valid lunar date (format YYYY-MM-DD, e.g. 2026-01-01).`,
      { field: '--to-solar', input: text },
    );
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), leap };
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'lunar',
    args,
    {
      'to-solar': { type: 'string' },
      leap: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const toSolar = values['to-solar'];
  if ((toSolar === undefined) === (positionals.length !== 1) || positionals.length > 1) {
    throw appError(
      'invalid-arguments',
      'Lệnh "lunar" cần đúng một ngày dương lịch, hoặc --to-solar với một ngày âm lịch.',
      'The "lunar" command needs exactly one solar date, or --to-solar with one lunar date.',
      { command: 'lunar' },
    );
  }
  if (values.leap && toSolar === undefined) {
    throw appError(
      'invalid-arguments',
      '--leap chỉ dùng cùng --to-solar.',
      '--leap is only valid with --to-solar.',
      { command: 'lunar' },
    );
  }
  let solar: string;
  let lunar: LunarDate;
  if (toSolar !== undefined) {
    lunar = parseLunarText(toSolar, values.leap);
    solar = lunarToSolar(lunar);
  } else {
    solar = positionals[0] ?? '';
    parseIsoDate(solar, 'solar');
    lunar = solarToLunar(solar);
  }
  const dn = dayNumber(solar);
  if (values.json) {
    writeJson(ctx.io, { solar, lunar, weekday: weekdayNameVi(dn), canChi: canChiOfYear(lunar.year) });
  } else {
    ctx.io.stdout(`Dương lịch: ${longDateVi(dn)}\nÂm lịch:    ${formatLunarVi(lunar)}\n`);
  }
  return EXIT_OK;
}

export const lunarCommand: CliCommand = {
  name: 'lunar',
  summary: { vi: 'Đổi ngày dương lịch ↔ âm lịch Việt Nam', en: 'Convert solar ↔ Vietnamese lunar dates' },
  usage: USAGE,
  run,
};
