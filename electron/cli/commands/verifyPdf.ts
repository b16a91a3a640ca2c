/**
 * `dossier-desk verify-pdf FILE [--trust DIR] [--json]`: every signature of a PDF with its verdict —
 * {signer, signedAt, coversWholeFile, integrity: ok|broken, trust: trusted|untrusted|invalid, reasons}.
 * Trust is judged offline against the certificates and CRLs in DIR. Exit 0 when every signature is
 * trusted (and there is at least one), 1 otherwise, 2 on bad arguments or a file that cannot be read.
 */
import { basename, resolve } from 'node:path';
import { appError } from '../../../shared/errors/appError';
import { TRUST_TEXT } from '../../../shared/signatures/trust';
import { prepareTrust } from '../../signatures/judgeSignature';
import { inspectAndJudgePdf, signatureReport } from '../../signatures/pdfSignatures';
import { readTrustDir } from '../../signatures/trustFiles';
import { NO_TRUST_MATERIAL } from '../../signatures/trustMaterial';
import { parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK } from '../types';

const USAGE = `Cách dùng / Usage:
  dossier-desk verify-pdf FILE.pdf [--trust DIR] [--json]

  Kiểm tra từng chữ ký số trong tệp PDF: toàn vẹn, phạm vi, và độ tin cậy (tin cậy / hợp lệ nhưng chưa
  được tin cậy / không hợp lệ) theo chứng thư gốc và CRL trong thư mục DIR (.cer .crt .pem .p7b .crl).
  Checks every signature of a PDF: integrity, coverage and trust (trusted / valid but untrusted /
  invalid) against the certificates and CRLs in DIR. Nothing is fetched from the network.
  Mã thoát / exit: 0 mọi chữ ký đều tin cậy / every signature trusted, 1 còn lại / otherwise,
                   2 tham số sai hoặc không đọc được / bad arguments or unreadable
  JSON: { "file": "...", "signatures": [ { "signer", "signedAt", "coversWholeFile",
          "integrity": "ok|broken", "trust": "trusted|untrusted|invalid", "reasons": [ { "code", "vi", "en" } ] } ],
          "problem": { "code", "vi", "en" } | null }
`;

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'verify-pdf',
    args,
    {
      trust: { type: 'string' },
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
      'Lệnh "verify-pdf" cần đúng một tệp PDF. Xem: dossier-desk verify-pdf --help',
      'The "verify-pdf" command takes exactly one PDF file. See: dossier-desk verify-pdf --help',
      { positionals },
    );
  }
  if (values.trust !== undefined && values.trust.trim() === '') {
    throw appError('invalid-arguments', '--trust cần đường dẫn thư mục.', '--trust needs a folder path.', {
      field: '--trust',
    });
  }
  const material = values.trust ? await readTrustDir(resolve(values.trust)) : NO_TRUST_MATERIAL;
  const facts = await inspectAndJudgePdf(resolve(file), prepareTrust(material), ctx.now());
  const signatures = facts.signatures.map(signatureReport);
  const problem = facts.error ? { code: facts.error.code, vi: facts.error.vi, en: facts.error.en } : null;
  const unreadable = !facts.isPdf || facts.error?.code === 'pdf.unreadable';
  const code = unreadable
    ? EXIT_BAD_INPUT
    : signatures.length > 0 && signatures.every((s) => s.trust === 'trusted')
      ? EXIT_OK
      : EXIT_FAILED_CHECK;
  if (values.json) {
    writeJson(ctx.io, { file: basename(file), signatures, problem });
    return code;
  }
  const out = code === EXIT_OK ? ctx.io.stdout : ctx.io.stderr;
  if (problem) out(`${file}: ${problem.vi} / ${problem.en}\n`);
  if (signatures.length === 0 && !unreadable) out(`${file}: không có chữ ký số / no digital signature\n`);
  signatures.forEach((s, i) => {
    const mark = s.trust === 'trusted' ? '✓' : s.trust === 'untrusted' ? '!' : '✗';
    out(
      `${mark} Chữ ký ${i + 1} / Signature ${i + 1}: ${TRUST_TEXT[s.trust].vi} / ${TRUST_TEXT[s.trust].en}\n` +
        `    ${s.signer ?? '?'} · ${s.signedAt ?? '—'} · ${s.coversWholeFile ? 'toàn bộ tệp / whole file' : 'một phần tệp / part of the file'} · integrity ${s.integrity}\n`,
    );
    for (const r of s.reasons) out(`    - ${r.vi} / ${r.en}\n`);
  });
  return code;
}

export const verifyPdfCommand: CliCommand = {
  name: 'verify-pdf',
  summary: { vi: 'Kiểm tra chữ ký số của tệp PDF', en: "Verify a PDF's digital signatures" },
  usage: USAGE,
  run,
};
