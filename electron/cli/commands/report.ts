/**
 * `dossier-desk report --data-dir DIR --month YYYY-MM --format docx|xlsx --out FILE`: the monthly
 * work-program report without the UI, from the same model the app's screen and files use
 * (monthlyReportService), written atomically to FILE.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseIsoDate, todayInVietnam } from '../../../shared/calendar/civilDate';
import { monthlyReportLabel, monthlyReportMonths } from '../../../shared/deadlines';
import { appError } from '../../../shared/errors/appError';
import { isYearMonth } from '../../../shared/workProgram/yearMonth';
import { makeClock } from '../../app/clock';
import { writeFileDurably } from '../../app/services/exportFiles';
import { monthlyReportBytes, monthlyReportModelFor } from '../../app/services/monthlyReportService';
import { withDataDir } from '../dataDirContext';
import { dataDirOption, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk report --data-dir DIR --month YYYY-MM --format docx|xlsx --out FILE [--today YYYY-MM-DD] [--json]

  Lập báo cáo kết quả thực hiện chương trình công tác tháng M (gửi Văn phòng UBND tỉnh trước ngày 15 tháng M+1),
  cùng số liệu với màn hình "Báo cáo tháng" của ứng dụng.
  Produces the work-program report on month M (due before the 15th of M+1), with the same figures as the app's screen.

  --data-dir  thư mục dữ liệu của cơ quan / the agency's data folder
  --month     tháng được báo cáo (M) / the month reported on (M), e.g. 2026-10 → sent in 2026-11
  --format    docx (Word) hoặc/or xlsx (Excel)
  --out       tệp kết quả (ghi đè nếu đã có) / the file to write (replaced if it exists)
  --today     ngày ghi trên văn bản (mặc định: hôm nay) / the document's date (default: today, UTC+7)
  JSON: { "month", "sentMonth", "format", "out", "size", "figures": { "toSubmit", "submitted", "promulgated",
          "notSubmitted", "submittedRatio", "promulgatedRatio" } }
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('report', args, {
    'data-dir': { type: 'string' },
    month: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const { dataDir } = dataDirOption(values['data-dir']);
  if (!dataDir) throw missingOption('report', '--data-dir');
  if (values.month === undefined) throw missingOption('report', '--month');
  if (values.format === undefined) throw missingOption('report', '--format');
  if (values.out === undefined || values.out.trim() === '') throw missingOption('report', '--out');
  const month = values.month;
  if (!isYearMonth(month)) {
    throw appError(
      'invalid-month',
      `--month: "${month}" không phải tháng hợp lệ (YYYY-MM, ví dụ 2026-10).`,
      `--month: "${month}" is not a valid month (YYYY-MM, e.g. 2026-10).`,
      { field: '--month', input: month },
    );
  }
  parseIsoDate(`${month}-01`, '--month');
  const format = values.format;
  if (format !== 'docx' && format !== 'xlsx') {
    throw appError(
      'invalid-format',
      `--format: "${format}" không hợp lệ; dùng docx hoặc xlsx.`,
      `--format: "${format}" is not valid; use docx or xlsx.`,
      { field: '--format', input: format },
    );
  }
  const out = resolve(values.out);
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw appError(
      'invalid-out',
      `--out: "${out}" là một thư mục; hãy ghi tên tệp.`,
      `--out: "${out}" is a folder; give a file name.`,
      { field: '--out' },
    );
  }
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
    throw appError(
      'invalid-out',
      `--out: không có thư mục "${dirname(out)}".`,
      `--out: the folder "${dirname(out)}" does not exist.`,
      { field: '--out' },
    );
  }
  const today = values.today ?? todayInVietnam(ctx.now());
  parseIsoDate(today, '--today');
  const result = await withDataDir(resolve(dataDir), { now: makeClock(today) }, async (app) => {
    const model = monthlyReportModelFor(app, month);
    const data = await monthlyReportBytes(app, month, format);
    writeFileDurably(out, data);
    return { size: data.length, evaluation: model.evaluation, figures: model.figures };
  });
  const e = result.evaluation;
  if (values.json) {
    writeJson(ctx.io, {
      month,
      sentMonth: monthlyReportMonths(month).sent,
      format,
      out,
      size: result.size,
      figures: {
        toSubmit: e.toSubmit,
        submitted: e.submitted,
        promulgated: e.promulgated,
        notSubmitted: e.notSubmitted,
        submittedRatio: e.submittedRatio,
        promulgatedRatio: e.promulgatedRatio,
      },
    });
    return EXIT_OK;
  }
  ctx.io.stdout(
    `Đã ghi ${monthlyReportLabel(month).vi} / ${monthlyReportLabel(month).en}: ${out} (${result.size} byte)\n` +
      result.figures.map((f) => `  ${f.vi}: ${f.value}`).join('\n') +
      '\n',
  );
  return EXIT_OK;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: {
    vi: 'Báo cáo chương trình công tác tháng (DOCX/XLSX)',
    en: 'Monthly work-program report (DOCX/XLSX)',
  },
  usage: USAGE,
  run,
};
