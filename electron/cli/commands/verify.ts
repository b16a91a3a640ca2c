/**
 * `dossier-desk verify PACKAGE.zip [--json]`: checks a received package as the Office does — every
 * manifest and tag-manifest digest, Payload-Oxum, no missing or extra file, safe names, each PDF's
 * signature re-inspected — and prints a verdict per file. Exit 0 valid, 1 invalid, 2 could not read.
 */
import { basename, resolve } from 'node:path';
import { appError } from '../../../shared/errors/appError';
import { SIGNATURE_STATE_TEXT } from '../../../shared/packages/signatureState';
import { verifyPackageFile } from '../../app/services/packageService';
import { parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk verify PACKAGE.zip [--json]

  Kiểm tra một gói hồ sơ nhận được: mã băm của từng tệp, Payload-Oxum, tệp thiếu/thừa, tên tệp an toàn,
  và chữ ký số của từng tệp PDF. Checks a received package: every digest, Payload-Oxum, missing or extra
  files, safe names, and each PDF's digital signature.
  Mã thoát / exit: 0 hợp lệ / valid, 1 không hợp lệ / invalid, 2 không đọc được / could not read
  JSON: { "file": "...", "verdict": "valid|invalid|unreadable", "payloadOxum": "octets.count"|null,
          "problems": [ { "code", "path", "vi", "en" } ],
          "files": [ { "path", "size", "sha256", "status", "signature", "pages", "signers", "vi", "en" } ],
          "bagInfo": [ ["Label", "value"] ] }
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'verify',
    args,
    {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) {
    throw appError(
      'invalid-arguments',
      'Lệnh "verify" cần đúng một tệp gói hồ sơ (.zip). Xem: dossier-desk verify --help',
      'The "verify" command takes exactly one package file (.zip). See: dossier-desk verify --help',
      { positionals },
    );
  }
  const { view } = await verifyPackageFile(resolve(file), basename(file), { workerScript: ctx.verifyWorker });
  const code =
    view.verdict === 'valid' ? EXIT_OK : view.verdict === 'invalid' ? EXIT_FAILED_CHECK : EXIT_BAD_INPUT;
  if (values.json) {
    writeJson(ctx.io, {
      file: view.fileName,
      verdict: view.verdict,
      payloadOxum: view.payloadOxum,
      problems: view.problems,
      files: view.files.map((f) => ({
        path: f.path,
        size: f.size,
        sha256: f.sha256,
        status: f.status,
        signature: f.signature,
        pages: f.pdf?.pages ?? null,
        signers: (f.pdf?.signatures ?? []).map((s) => s.signerName),
        vi: f.vi,
        en: f.en,
      })),
      bagInfo: view.bagInfo,
    });
    return code;
  }
  const verdictText = {
    valid: 'HỢP LỆ / VALID',
    invalid: 'KHÔNG HỢP LỆ / INVALID',
    unreadable: 'KHÔNG ĐỌC ĐƯỢC / COULD NOT READ',
  }[view.verdict];
  const out = code === EXIT_OK ? ctx.io.stdout : ctx.io.stderr;
  out(`${view.fileName}: ${verdictText}\n`);
  for (const p of view.problems) out(`  ✗ [${p.code}] ${p.path ? `${p.path}: ` : ''}${p.vi} / ${p.en}\n`);
  for (const f of view.files) {
    const mark = f.status === 'ok' ? '✓' : '✗';
    const sign =
      f.signature === 'not-pdf'
        ? ''
        : ` — ${SIGNATURE_STATE_TEXT[f.signature].vi}${f.pdf?.pages != null ? `, ${f.pdf.pages} trang` : ''}`;
    ctx.io.stdout(`  ${mark} ${f.path} — ${f.vi}${sign}\n`);
  }
  return code;
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: { vi: 'Kiểm tra gói hồ sơ nhận được', en: 'Verify a received package' },
  usage: USAGE,
  run,
};
