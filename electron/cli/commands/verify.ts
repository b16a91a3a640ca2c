/**
 * `dossier-desk verify PACKAGE.zip [--json]`: checks a received package as the Office does — every
 * manifest and tag-manifest digest, Payload-Oxum, no missing or extra file, safe names, each PDF's
 * signature re-inspected — and prints a verdict per file. Exit 0 valid, 1 invalid, 2 could not read.
 */
import { basename, resolve } from 'node:path';
import { appError } from '../../../shared/errors/appError';
import { SIGNATURE_STATE_TEXT } from '../../../shared/packages/signatureState';
import { integrityOf, reasonsOf, TRUST_TEXT, trustOf } from '../../../shared/signatures/trust';
import { verifyPackageFile } from '../../app/services/packageService';
import { readTrustDir } from '../../signatures/trustFiles';
import { parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk verify PACKAGE.zip [--trust DIR] [--json]

  Kiểm tra một gói hồ sơ nhận được: mã băm của từng tệp, Payload-Oxum, tệp thiếu/thừa, tên tệp an toàn,
  và chữ ký số của từng tệp PDF. Checks a received package: every digest, Payload-Oxum, missing or extra
  files, safe names, and each PDF's digital signature.
  --trust DIR  chứng thư gốc và CRL (.cer .crt .pem .p7b .crl) để xét độ tin cậy của chữ ký trong gói và
               của chữ ký gói / anchors and CRLs to judge the PDFs' and the package's own signature
  Mã thoát / exit: 0 hợp lệ / valid, 1 không hợp lệ / invalid (hoặc gói có chữ ký riêng nhưng chữ ký đó
                   không tin cậy / or the package's own signature is not trusted), 2 không đọc được / could not read
  JSON: { "file": "...", "verdict": "valid|invalid|unreadable", "payloadOxum": "octets.count"|null,
          "problems": [ { "code", "path", "vi", "en" } ],
          "files": [ { "path", "size", "sha256", "status", "signature", "pages", "signers", "vi", "en" } ],
          "bagInfo": [ ["Label", "value"] ],
          "packageSignature": { "signer", "signedAt", "integrity": "ok|broken",
                                "trust": "trusted|untrusted|invalid", "reasons": [...], "changedFiles": [...] } | null }
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'verify',
    args,
    {
      json: { type: 'boolean', default: false },
      trust: { type: 'string' },
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
  if (values.trust !== undefined && values.trust.trim() === '') {
    throw appError('invalid-arguments', '--trust cần đường dẫn thư mục.', '--trust needs a folder path.', {
      field: '--trust',
    });
  }
  const trust = values.trust ? await readTrustDir(resolve(values.trust)) : undefined;
  const { view } = await verifyPackageFile(resolve(file), basename(file), {
    workerScript: ctx.verifyWorker,
    ...(trust ? { trust } : {}),
    now: ctx.now(),
  });
  const signature = view.packageSignature ?? null;
  const code =
    view.verdict === 'unreadable'
      ? EXIT_BAD_INPUT
      : view.verdict === 'invalid' || (signature !== null && signature.trust !== 'trusted')
        ? EXIT_FAILED_CHECK
        : EXIT_OK;
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
        signatures: (f.pdf?.signatures ?? []).map((s) => ({
          signer: s.signerName,
          signedAt: s.signingTime,
          coversWholeFile: s.coversWholeFile,
          integrity: integrityOf(s),
          trust: trustOf(s),
          reasons: reasonsOf(s).map(({ code, vi, en }) => ({ code, vi, en })),
        })),
        vi: f.vi,
        en: f.en,
      })),
      bagInfo: view.bagInfo,
      packageSignature: signature,
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
  if (signature) {
    const words = TRUST_TEXT[signature.trust];
    out(
      `Chữ ký của gói / Package signature: ${words.vi} / ${words.en} — ${signature.signer ?? '?'}` +
        `${signature.signedAt ? ` (${signature.signedAt})` : ''}\n`,
    );
    for (const r of signature.reasons) out(`  - ${r.vi} / ${r.en}\n`);
  } else {
    ctx.io.stdout('Gói không có chữ ký số riêng / The package carries no signature of its own\n');
  }
  return code;
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: { vi: 'Kiểm tra gói hồ sơ nhận được', en: 'Verify a received package' },
  usage: USAGE,
  run,
};
