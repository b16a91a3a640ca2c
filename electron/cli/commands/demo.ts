/** `dossier-desk demo`: fills a data folder with the sample agency (and, with --scale, years of history). */
import { resolve } from 'node:path';
import { parseIsoDate, todayInVietnam } from '../../../shared/calendar/civilDate';
import { appError } from '../../../shared/errors/appError';
import { generateDemo } from '../../demo/generateDemo';
import { missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk demo --data-dir <thư mục> [--scale N] [--today YYYY-MM-DD] [--seed N] [--json]

  --data-dir  thư mục dữ liệu (phải trống hoặc chưa có cuộc họp) / data folder (empty, or without meetings)
  --scale     1 (mặc định): bộ mẫu thực tế; N > 1: thêm 10·N cuộc họp lịch sử 10 năm (500 = quy mô benchmark)
              1 (default): the realistic sample; N > 1 adds 10·N meetings of ten years' history (500 = bench scale)
  --today     ngày làm mốc (mặc định: hôm nay giờ Việt Nam) / reference date (default: today, UTC+7)
  --seed      hạt giống ngẫu nhiên / random seed
  --json      xuất JSON / JSON output
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('demo', args, {
    'data-dir': { type: 'string' },
    scale: { type: 'string' },
    today: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw missingOption('demo', '--data-dir');
  const today = values.today ?? todayInVietnam(ctx.now());
  parseIsoDate(today, '--today');
  const number = (name: string, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
      throw appError(
        'invalid-arguments',
        `${name} phải là số nguyên dương (nhận được "${text}").`,
        `${name} must be a positive whole number (got "${text}").`,
        { option: name },
      );
    }
    return n;
  };
  const scale = number('--scale', values.scale, 1);
  const seed = number('--seed', values.seed, 20_261_125);
  const started = Date.now();
  const summary = await generateDemo(resolve(dataDir), {
    today,
    scale,
    seed,
    log: values.json ? undefined : (line) => ctx.io.stderr(`${line}\n`),
  });
  const seconds = (Date.now() - started) / 1000;
  if (values.json) {
    writeJson(ctx.io, { dataDir: resolve(dataDir), today, scale, ...summary, seconds });
  } else {
    ctx.io.stdout(
      [
        `Đã tạo dữ liệu mẫu cho "${summary.agency}" tại ${resolve(dataDir)} (ngày mốc ${today}, ${seconds.toFixed(1)} giây):`,
        `  ${summary.meetings} cuộc họp, ${summary.items} nội dung trình, ${summary.entries} mục hồ sơ,`,
        `  ${summary.attachments} tệp đính kèm (${summary.blobs} tệp lưu trữ), ${summary.coordination} yêu cầu phối hợp.`,
        '',
      ].join('\n'),
    );
  }
  return EXIT_OK;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: { vi: 'Tạo dữ liệu mẫu trong một thư mục dữ liệu', en: 'Fill a data folder with sample data' },
  usage: USAGE,
  run,
};
