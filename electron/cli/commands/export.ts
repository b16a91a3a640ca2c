/**
 * `dossier-desk export --data-dir DIR --meeting ID [--item ID] --out FILE.zip [--force] [--json]`: the
 * package of a meeting (or one of its items) without the UI. Pre-flight warnings stop the export
 * (exit 1) unless --force, which confirms them; the confirmation is recorded in the package.
 */
import { resolve } from 'node:path';
import { exportPackage, preflight } from '../../app/services/packageService';
import { configureSigning } from '../../app/services/signingService';
import { withDataDir } from '../dataDirContext';
import {
  checkItemOfMeeting,
  failedCheckOn,
  meetingOutputOf,
  meetingOutputOptions,
  progressByTenths,
} from '../meetingOutputOptions';
import { missingOption, parseCommandArgs, writeJson } from '../output';
import { pinFromEnv } from '../pinOption';
import { type CliCommand, type CliContext, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk export --data-dir DIR --meeting ID [--item ID] --out FILE.zip [--force] [--overwrite] [--json]
                      [--sign --module PATH --pin-env VAR [--token LABEL] [--cert-label LABEL]]

  Xuất gói hồ sơ (BagIt 1.0 trong một tệp .zip) của một cuộc họp, hoặc của một nội dung trình.
  Exports the package (a BagIt 1.0 bag in one .zip) of a meeting, or of one of its agenda items.
  Mã cuộc họp / meeting ids: dossier-desk list meetings --data-dir DIR

  --item ID   chỉ một nội dung trình của cuộc họp / only one agenda item of the meeting
  --out FILE  tệp .zip cần ghi / the .zip to write
  --force     xuất dù có cảnh báo khi kiểm tra trước (ghi nhận xác nhận vào gói)
              export despite pre-flight warnings (the confirmation is recorded in the package)
  --overwrite ghi đè tệp --out đã có / replace the --out file if it already exists
  --sign      ký số danh mục thẻ của gói (tagmanifest-sha256.txt.p7s) bằng token PKCS#11
              sign the bag's tag manifest with the PKCS#11 token (tagmanifest-sha256.txt.p7s)
  --module PATH  thư viện PKCS#11 / the PKCS#11 library;  --pin-env VAR  biến môi trường chứa PIN
  Mã thoát / exit: 0 đã xuất / exported, 1 có cảnh báo, chưa xuất / warnings, not exported,
                   2 dữ liệu vào sai hoặc không chạy được / bad input or could not run
  JSON: { "ok": true, "path": "...", "zipSha256": "...", "zipSize": 0, "payloadOxum": "octets.count",
          "files": 0, "exportId": 1, "scope": {...}, "warnings": [...], "warningsConfirmed": false,
          "signedBy": { "commonName", "subject", "issuer" } | null }
`;

/** --sign needs --module and --pin-env; without --sign they make no sense and are refused. */
function signOptions(
  values: {
    module?: string | undefined;
    'pin-env'?: string | undefined;
    token?: string | undefined;
    'cert-label'?: string | undefined;
  },
  ctx: CliContext,
) {
  if (!values.module || values.module.trim() === '') throw missingOption('export', '--module');
  return {
    modulePath: resolve(values.module),
    pin: pinFromEnv('export', values['pin-env'], ctx),
    ...(values.token ? { tokenLabel: values.token } : {}),
    ...(values['cert-label'] ? { certificateLabel: values['cert-label'] } : {}),
  };
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('export', args, {
    ...meetingOutputOptions,
    force: { type: 'boolean', default: false },
    overwrite: { type: 'boolean', default: false },
    sign: { type: 'boolean', default: false },
    module: { type: 'string' },
    'pin-env': { type: 'string' },
    token: { type: 'string' },
    'cert-label': { type: 'string' },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const output = meetingOutputOf('export', values);
  const { outPath, scope } = output;
  const sign = values.sign ? signOptions(values, ctx) : undefined;

  return withDataDir(output.dataDir, { now: ctx.now }, async (app) => {
    if (ctx.tokenWorker) configureSigning(app, { workerScript: ctx.tokenWorker });
    checkItemOfMeeting(app, output);
    const checked = await preflight(app, scope);
    const warnings = checked.findings;
    if (warnings.length > 0 && !values.force) {
      if (values.json) writeJson(ctx.io, { ok: false, scope, warnings });
      ctx.io.stderr(
        `Kiểm tra trước khi xuất có ${warnings.length} cảnh báo; chưa xuất gói. Dùng --force để xuất và ghi nhận xác nhận.\n` +
          `Pre-flight found ${warnings.length} warning(s); nothing was exported. Use --force to export and record the confirmation.\n`,
      );
      for (const w of warnings) ctx.io.stderr(`  - [${w.code}] ${w.vi}\n`);
      return EXIT_FAILED_CHECK;
    }
    const progress = progressByTenths(ctx.io, values.json, (percent) => `  ${percent}%\n`, true);
    const outcome = await exportPackage(
      app,
      {
        scope,
        outPath,
        overwrite: values.overwrite,
        confirmWarnings: values.force ? warnings.map((w) => w.key) : [],
        sign,
      },
      { onProgress: (p) => progress(p.bytesDone, p.bytesTotal) },
    )
      // Something changed between the pre-flight and the export (a file rewritten in the store).
      .catch(failedCheckOn('preflight-unconfirmed', ctx.io, values.json));
    if (outcome === null) return EXIT_FAILED_CHECK;
    const result = {
      ok: true,
      path: outcome.path,
      zipSha256: outcome.zipSha256,
      zipSize: outcome.zipSize,
      payloadOxum: outcome.payloadOxum,
      files: outcome.files,
      exportId: outcome.exportId,
      scope,
      warnings: outcome.findings,
      warningsConfirmed: outcome.confirmedFindings > 0,
      signedBy: outcome.signedBy ?? null,
    };
    if (values.json) {
      writeJson(ctx.io, result);
      return EXIT_OK;
    }
    if (outcome.findings.length > 0) {
      ctx.io.stdout(`Đã xuất dù có ${outcome.findings.length} cảnh báo (đã ghi nhận xác nhận):\n`);
      for (const w of outcome.findings) ctx.io.stdout(`  - [${w.code}] ${w.vi}\n`);
    }
    ctx.io.stdout(
      `Đã xuất gói hồ sơ / Package exported: ${outcome.path}\n` +
        `  ${outcome.files} tệp / files, ${outcome.zipSize} byte, Payload-Oxum ${outcome.payloadOxum}\n` +
        `  SHA-256: ${outcome.zipSha256}\n` +
        (outcome.signedBy
          ? `  Đã ký số gói / Package signed by: ${outcome.signedBy.commonName ?? outcome.signedBy.subject}\n`
          : ''),
    );
    return EXIT_OK;
  });
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: { vi: 'Xuất gói hồ sơ (.zip BagIt)', en: 'Export a dossier package (BagIt .zip)' },
  usage: USAGE,
  run,
};
