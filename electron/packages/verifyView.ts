/**
 * What the verify screen, the import and the CLI show of a verify report: each file with its status in
 * both languages and, for a PDF, its signature state. Built in the parser worker (see
 * electron/workers/workerTasks.ts), next to the report, so the main thread receives it finished.
 * Linear in the files and problems: a hostile manifest may list tens of thousands of paths.
 */
import type { VerifiedFileView, VerifyResultView } from '../../shared/contract/packages';
import { verifiedFileSchema } from '../../shared/contract/packages';
import { signatureStateOf } from '../../shared/packages/signatureState';
import type { VerifyReport } from './verifyBagZip';
import type { VerifyProblem } from './verifyProblems';

const pdfView = verifiedFileSchema.shape.pdf;

export const FILE_OK = {
  vi: 'Nguyên vẹn: mã SHA-256 khớp danh mục.',
  en: 'Intact: the SHA-256 matches the manifest.',
};
const FILE_STATUS_TEXT: Record<VerifiedFileView['status'], { vi: string; en: string }> = {
  ok: FILE_OK,
  'hash-mismatch': {
    vi: 'Đã bị thay đổi: mã SHA-256 không khớp danh mục.',
    en: 'Altered: the SHA-256 does not match the manifest.',
  },
  missing: {
    vi: 'Thiếu: có trong danh mục nhưng không có trong gói.',
    en: 'Missing: listed but not in the package.',
  },
  extra: { vi: 'Thừa: không có trong danh mục.', en: 'Extra: not listed in the manifest.' },
  'unsafe-name': { vi: 'Tên tệp không an toàn; không đọc.', en: 'Unsafe name; not read.' },
  corrupt: { vi: 'Dữ liệu bị hỏng.', en: 'The data is damaged.' },
};

export function verifyView(report: VerifyReport, fileName: string): VerifyResultView {
  // The first problem about each path, found by key rather than by a search per file.
  const problemOf = new Map<string, VerifyProblem>();
  for (const p of report.problems)
    if (p.path !== undefined && !problemOf.has(p.path)) problemOf.set(p.path, p);
  const files = report.files.map((f): VerifiedFileView => {
    const problem = problemOf.get(f.path);
    const parsed = f.pdf === undefined ? null : pdfView.safeParse(f.pdf);
    const pdf = parsed?.success ? parsed.data : null;
    const isPdfName = f.path.toLowerCase().endsWith('.pdf') && f.path.startsWith('data/');
    return {
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      status: f.status,
      vi: problem?.vi ?? FILE_STATUS_TEXT[f.status].vi,
      en: problem?.en ?? FILE_STATUS_TEXT[f.status].en,
      signature: pdf ? signatureStateOf(pdf) : isPdfName ? 'unreadable' : 'not-pdf',
      pdf,
    };
  });
  return {
    verdict: report.verdict,
    fileName,
    problems: report.problems.map((p) => ({ code: p.code, vi: p.vi, en: p.en, path: p.path ?? null })),
    files,
    bagInfo: report.bagInfo,
    payloadOxum: report.payloadOxum ? `${report.payloadOxum.octets}.${report.payloadOxum.count}` : null,
    packageSignature: null,
  };
}
