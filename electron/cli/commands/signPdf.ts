/**
 * `dossier-desk sign-pdf IN --out OUT --module PATH [--token LABEL] [--cert-label LABEL] --pin-env VAR
 * [--stamp-page N] [--json]`: signs a PDF with a certificate on a PKCS#11 token (PAdES B-B, incremental
 * update). IN is never changed; OUT is written atomically. Exit 0 signed, 1 refused by the token (wrong
 * PIN, locked, certificate that may not sign), 2 bad arguments or could not run.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appError, isAppError } from '../../../shared/errors/appError';
import { writeFileDurably } from '../../app/services/exportFiles';
import { signPdfWithToken } from '../../signing/signWithToken';
import { missingOption, parseCommandArgs, reportError, writeJson } from '../output';
import { pinFromEnv } from '../pinOption';
import { type CliCommand, type CliContext, EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk sign-pdf IN.pdf --out OUT.pdf --module PATH [--token LABEL] [--cert-label LABEL]
                        --pin-env VAR [--stamp-page N] [--json]

  Ký số tệp PDF bằng chứng thư số trên token USB (PKCS#11), chuẩn PAdES B-B, ghi bổ sung (incremental
  update): tệp IN giữ nguyên, bản ký ghi ra OUT. Signs a PDF with a certificate on a PKCS#11 token
  (PAdES B-B, incremental update): IN stays unchanged, the signed copy goes to OUT.

  --module PATH      thư viện PKCS#11 của token / the token's PKCS#11 library (.dll, .so)
  --token LABEL      nhãn token (mặc định: token duy nhất) / token label (default: the only one)
  --cert-label LABEL nhãn chứng thư (mặc định: chứng thư ký đầu tiên) / certificate label
  --pin-env VAR      tên biến môi trường chứa PIN (không bao giờ truyền PIN trực tiếp)
                     the environment variable holding the PIN (never the PIN itself)
  --stamp-page N     hiện hình chữ ký (người ký, thời gian) ở trang N / visible stamp on page N
  Mã thoát / exit: 0 đã ký / signed, 1 token từ chối (sai PIN, khóa, chứng thư không dùng để ký) /
                   refused by the token, 2 tham số sai hoặc không chạy được / bad arguments or could not run
  JSON: { "ok": true, "out", "size", "sha256", "signer", "token", "certificate": { "label", "subject",
          "issuer", "notAfter", "keyKind" } }
`;

/** Token refusals a person can fix (PIN, token, certificate): a failed check, not a broken run. */
const REFUSALS = new Set([
  'token-pin-incorrect',
  'token-pin-locked',
  'token-pin-invalid',
  'token-key-usage',
  'token-not-found',
  'token-certificate-not-found',
  'token-removed',
]);

function pageOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d{0,4}$/.test(value)) {
    throw appError(
      'invalid-arguments',
      `--stamp-page phải là số trang (1, 2, …), nhận được "${value}".`,
      `--stamp-page must be a page number (1, 2, …), got "${value}".`,
      { field: '--stamp-page' },
    );
  }
  return Number(value);
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'sign-pdf',
    args,
    {
      out: { type: 'string' },
      module: { type: 'string' },
      token: { type: 'string' },
      'cert-label': { type: 'string' },
      'pin-env': { type: 'string' },
      'stamp-page': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const [input, ...rest] = positionals;
  if (input === undefined || rest.length > 0) {
    throw appError(
      'invalid-arguments',
      'Lệnh "sign-pdf" cần đúng một tệp PDF. Xem: dossier-desk sign-pdf --help',
      'The "sign-pdf" command takes exactly one PDF file. See: dossier-desk sign-pdf --help',
      { positionals },
    );
  }
  if (!values.out || values.out.trim() === '') throw missingOption('sign-pdf', '--out');
  if (!values.module || values.module.trim() === '') throw missingOption('sign-pdf', '--module');
  const stampPage = pageOption(values['stamp-page']);
  const pin = pinFromEnv('sign-pdf', values['pin-env'], ctx);
  const inPath = resolve(input);
  const outPath = resolve(values.out);
  if (inPath === outPath) {
    throw appError(
      'invalid-arguments',
      '--out phải khác tệp gốc: tệp gốc không bao giờ bị ghi đè.',
      '--out must differ from the input: the original is never overwritten.',
      { field: '--out' },
    );
  }
  let pdf: Buffer;
  try {
    pdf = await readFile(inPath);
  } catch (error) {
    throw appError('file-unreadable', `Không đọc được "${input}".`, `"${input}" could not be read.`, {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    const { bytes, certificate } = await signPdfWithToken(
      pdf,
      {
        modulePath: resolve(values.module),
        tokenLabel: values.token,
        certificateLabel: values['cert-label'],
        pin,
        stampPage,
        now: ctx.now(),
      },
      ctx.tokenWorker ? { workerScript: ctx.tokenWorker } : {},
    );
    writeFileDurably(outPath, bytes);
    const result = {
      ok: true,
      out: outPath,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      signer: certificate.commonName,
      token: certificate.tokenLabel,
      certificate: {
        label: certificate.label,
        subject: certificate.subject,
        issuer: certificate.issuer,
        notAfter: certificate.notAfter,
        keyKind: certificate.keyKind,
      },
    };
    if (values.json) writeJson(ctx.io, result);
    else {
      ctx.io.stdout(
        `Đã ký số / Signed: ${outPath}\n  Người ký / Signer: ${certificate.commonName ?? certificate.label}\n` +
          `  Tổ chức cấp / Issuer: ${certificate.issuer}\n  SHA-256: ${result.sha256}\n`,
      );
    }
    return EXIT_OK;
  } catch (error) {
    if (isAppError(error) && REFUSALS.has(error.code)) {
      reportError(ctx.io, error, values.json);
      return EXIT_FAILED_CHECK;
    }
    if (isAppError(error)) {
      reportError(ctx.io, error, values.json);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

export const signPdfCommand: CliCommand = {
  name: 'sign-pdf',
  summary: { vi: 'Ký số tệp PDF bằng token (PKCS#11)', en: 'Sign a PDF with a token (PKCS#11)' },
  usage: USAGE,
  run,
};
