/**
 * Gói hồ sơ, the app's side: pre-flight, export (with its log), verify and import of received packages.
 * The package formats live in electron/packages; this module reads the database and the store, decides
 * where files go, and records what happened.
 *
 * Files on disk: exports default to <dataDir>/exports/ (served by the browser mode's download route);
 * a received package is kept as the verified bag in <dataDir>/received/<date>-<zip digest prefix>/ and
 * never in the attachment store (its rows would otherwise count as orphans, and the Office's copy must
 * stay exactly as received).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileSource } from '../../../shared/contract/fileSource';
import type {
  ExportLogEntry,
  PackageScope,
  PreflightView,
  ReceivedPackageDetail,
  ReceivedPackageView,
  VerifyResultView,
} from '../../../shared/contract/packages';
import { isOpenStatus } from '../../../shared/dossiers/itemStatus';
import { appError, isAppError } from '../../../shared/errors/appError';
import { preflightFindings, type StoredFileState } from '../../../shared/packages/preflight';
import { fsyncFolder } from '../../backup/durableFs';
import { getAgency } from '../../db/repositories/agencyRepository';
import * as items from '../../db/repositories/agendaItemRepository';
import { attachmentsOfItem } from '../../db/repositories/attachmentRepository';
import { listEntries } from '../../db/repositories/checklistRepository';
import { exportsOfItem, insertExportLog } from '../../db/repositories/exportLogRepository';
import * as meetings from '../../db/repositories/meetingRepository';
import {
  findReceivedByZip,
  getReceived,
  insertReceivedPackage,
  listReceived,
} from '../../db/repositories/receivedPackageRepository';
import type { DossierSnapshot } from '../../packages/dossierPackage/dossierSnapshot';
import { signedDocumentsDeadline } from '../../packages/dossierPackage/dossierSnapshot';
import { exportDossierPackage } from '../../packages/dossierPackage/exportDossierPackage';
import type { VerifyReport } from '../../packages/verifyBagZip';
import { verifyPackageInWorker } from '../../packages/verifyBagZipInWorker';
import { FILE_OK } from '../../packages/verifyView';
import type { BagWriteProgress } from '../../packages/writeBagZip';
import { buildCadesDetached } from '../../pdf/cadesBuild';
import { warmSubsetFont } from '../../pdf/subsetFont';
import { NO_TRUST_MATERIAL, type TrustMaterial } from '../../signatures/trustMaterial';
import { tokenSigner } from '../../signing/signWithToken';
import { tokenError } from '../../signing/tokenErrors';
import { resolveFileSource } from '../../store/uploads';
import { runInWorker } from '../../workers/guardedWorker';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { deadlineContext, itemDeadlines, meetingDeadlines } from './dossierDeadlines';
import { dossierErrors } from './dossierErrors';
import { asciiSlug } from './exportFiles';
import { type OutputKind, resolveOutputFile } from './outputFile';
import { bookForPackage } from './packageBookFile';
import { RECEIVED_FOLDER } from './receivedFolder';
import { requireDb } from './requireDb';
import { signingOptions, signingSettings } from './signingService';
import { trustMaterialOf } from './trustMaterialOf';

export { RECEIVED_FOLDER };

// ---- options per context --------------------------------------------------------------------------

export interface PackageOptions {
  /**
   * The verify worker script, set by the shell or a test (which builds its own bundle); without it the
   * bundled dist/electron/parserWorker.cjs beside the running bundle. Never read from the
   * environment: that would let anyone make the signed app load arbitrary code as a worker.
   */
  workerScript?: string;
  fontFile?: string;
}
const optionsByContext = new WeakMap<AppContext, PackageOptions>();

export function configurePackages(ctx: AppContext, options: PackageOptions): void {
  optionsByContext.set(ctx, options);
}

function workerScriptFor(ctx: AppContext): string | undefined {
  return optionsByContext.get(ctx)?.workerScript;
}

// ---- snapshot and pre-flight --------------------------------------------------------------------

/** Items a meeting package leaves out: no longer on the meeting's program. */
const LEFT_OUT = new Set(['withdrawn', 'struck']);

export function collectSnapshot(ctx: AppContext, scope: PackageScope): DossierSnapshot {
  const db = requireDb(ctx);
  const agency = getAgency(db);
  if (!agency) {
    throw appError(
      'agency-not-set-up',
      'Chưa khai báo cơ quan, đơn vị; không xuất gói được.',
      'The agency is not set up yet; no package can be exported.',
    );
  }
  let meetingId: number;
  let chosen: ReturnType<typeof items.listAgendaItems>;
  let excluded: ReturnType<typeof items.listAgendaItems> = [];
  if (scope.kind === 'item') {
    const item = items.getAgendaItem(db, scope.itemId);
    if (!item) throw dossierErrors.itemNotFound(scope.itemId);
    meetingId = item.meetingId;
    chosen = [item];
  } else {
    meetingId = scope.meetingId;
    const all = items.listAgendaItems(db, meetingId);
    chosen = all.filter((i) => !LEFT_OUT.has(i.status));
    excluded = all.filter((i) => LEFT_OUT.has(i.status));
  }
  const meeting = meetings.getMeeting(db, meetingId);
  if (!meeting) throw dossierErrors.meetingNotFound(meetingId);
  if (chosen.length === 0) {
    throw appError(
      'package-empty',
      `Cuộc họp "${meeting.title}" không có nội dung trình nào để xuất gói.`,
      `The meeting "${meeting.title}" has no agenda item to package.`,
      { meetingId },
    );
  }
  const dc = deadlineContext(ctx);
  const deadlines = meetingDeadlines(dc, meeting);
  const at = ctx.now();
  return {
    scope,
    agency,
    meeting,
    deadlines,
    items: chosen.map((item) => {
      const files = attachmentsOfItem(db, item.id);
      return {
        item,
        deadlines: isOpenStatus(item.status) ? itemDeadlines(item.status, deadlines) : [],
        entries: listEntries(db, item.id).map((entry) => ({ entry, attachments: files.get(entry.id) ?? [] })),
      };
    }),
    excludedItems: excluded,
    at,
    today: todayOf(() => at),
    timeInVietnam: timeInVietnam(at),
    appVersion: ctx.version,
  };
}

/** 'HH:mm:ss' on the clock in Vietnam (UTC+7, no daylight saving) at `instant`. */
export function timeInVietnam(instant: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

function uniqueBlobs(snapshot: DossierSnapshot): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const it of snapshot.items)
    for (const e of it.entries) for (const a of e.attachments) sizes.set(a.blob.sha256, a.blob.size);
  return sizes;
}

/**
 * Reads every stored file of the snapshot and compares its SHA-256 with the recorded one (`full`), or
 * only checks that it is there with the recorded size (the export, which hashes while it packages).
 */
export async function checkStoredFiles(
  ctx: AppContext,
  snapshot: DossierSnapshot,
  full: boolean,
): Promise<Map<string, StoredFileState>> {
  const store = storeFor(ctx);
  const states = new Map<string, StoredFileState>();
  for (const [sha256, size] of uniqueBlobs(snapshot)) {
    const path = store.pathOf(sha256);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) states.set(sha256, 'missing');
    else if (info.size !== size) states.set(sha256, 'changed');
    else if (full) states.set(sha256, (await sha256File(path)) === sha256 ? 'ok' : 'changed');
    else states.set(sha256, 'ok');
  }
  return states;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hash);
  return hash.digest('hex');
}

function findingsOf(snapshot: DossierSnapshot, files: ReadonlyMap<string, StoredFileState>) {
  const deadline = signedDocumentsDeadline(snapshot);
  return preflightFindings({
    meetingId: snapshot.meeting.id,
    items: snapshot.items.map((it) => ({
      id: it.item.id,
      position: it.item.position,
      title: it.item.title,
      lateReason: it.item.lateReason,
      entries: it.entries.map(({ entry, attachments }) => ({
        id: entry.id,
        label: entry.label,
        entryKind: entry.entryKind,
        required: entry.required,
        mustBeSigned: entry.mustBeSigned,
        state: entry.state,
        attachments: attachments.map((a) => ({
          id: a.id,
          name: a.name,
          sha256: a.blob.sha256,
          signatures: a.blob.pdf ? a.blob.pdf.signatures : null,
          problem: a.blob.pdf?.problem ?? null,
          mime: a.blob.mime,
        })),
      })),
    })),
    files,
    deadline: deadline ? { due: deadline.due, dueTime: deadline.dueTime } : null,
    now: { date: snapshot.today, time: snapshot.timeInVietnam.slice(0, 5) },
  });
}

export async function preflight(ctx: AppContext, scope: PackageScope): Promise<PreflightView> {
  // The export usually follows: the cover sheet's font loads while the user reads the findings.
  warmSubsetFont(optionsByContext.get(ctx)?.fontFile);
  const snapshot = collectSnapshot(ctx, scope);
  const files = await checkStoredFiles(ctx, snapshot, true);
  const blobs = uniqueBlobs(snapshot);
  const ref = (i: DossierSnapshot['excludedItems'][number]) => ({
    id: i.id,
    position: i.position,
    title: i.title,
    status: i.status,
  });
  return {
    scope,
    meeting: {
      id: snapshot.meeting.id,
      kind: snapshot.meeting.kind,
      date: snapshot.meeting.date,
      time: snapshot.meeting.time,
      title: snapshot.meeting.title,
      status: snapshot.meeting.status,
    },
    items: snapshot.items.map((it) => ref(it.item)),
    excludedItems: snapshot.excludedItems.map(ref),
    files: snapshot.items.reduce((n, it) => n + it.entries.reduce((m, e) => m + e.attachments.length, 0), 0),
    bytes: [...blobs.values()].reduce((a, b) => a + b, 0),
    findings: findingsOf(snapshot, files),
    checkedAt: snapshot.at.toISOString(),
    defaultFileName: defaultFileName(snapshot),
  };
}

// ---- export --------------------------------------------------------------------------------------

/** ASCII, so it travels in the download route's URL: goi-ho-so-STP-2026-12-17-hop3-nd12-20261125T090000.zip */
export function defaultFileName(snapshot: DossierSnapshot): string {
  const stamp = `${snapshot.today.replace(/-/g, '')}T${snapshot.timeInVietnam.replace(/:/g, '')}`;
  const item = snapshot.scope.kind === 'item' ? `-nd${snapshot.scope.itemId}` : '';
  return `goi-ho-so-${asciiSlug(snapshot.agency.code, 20)}-${snapshot.meeting.date}-hop${snapshot.meeting.id}${item}-${stamp}.zip`;
}

/** The package's wording for the shared output-file checks (outputFile.ts); the codes are its own. */
const PACKAGE_OUTPUT: OutputKind = {
  extension: '.zip',
  refuseExisting: true,
  codes: {
    'path-not-allowed': 'package-path-not-allowed',
    'path-not-absolute': 'package-path-not-absolute',
    'path-wrong-extension': 'package-path-not-zip',
    'folder-missing': 'package-folder-missing',
    'path-not-file': 'package-path-not-file',
    'file-exists': 'package-file-exists',
    'path-in-store': 'package-path-in-store',
  },
  messages: {
    'path-not-allowed': () => [
      'Ở chế độ trình duyệt, gói hồ sơ luôn được lưu vào thư mục xuất của ứng dụng rồi tải về; không chọn được nơi lưu khác.',
      "In browser mode a package is always saved in the app's exports folder and then downloaded; no other place can be chosen.",
    ],
    'path-not-absolute': () => [
      'Đường dẫn lưu gói phải là đường dẫn tuyệt đối.',
      'The package path must be absolute.',
    ],
    'path-wrong-extension': () => [
      'Tên tệp gói hồ sơ phải có đuôi .zip.',
      'The package file name must end in .zip.',
    ],
    'folder-missing': (target) => [
      `Thư mục "${dirname(target)}" không tồn tại.`,
      `The folder "${dirname(target)}" does not exist.`,
    ],
    'path-not-file': () => [
      'Đường dẫn lưu gói đang là một thư mục hoặc liên kết, không phải tệp.',
      'The package path is a folder or a link, not a file.',
    ],
    'file-exists': (target) => [
      `Tệp "${basename(target)}" đã có trong thư mục "${dirname(target)}"; chưa ghi đè. Hãy chọn tên khác hoặc xác nhận ghi đè.`,
      `The file "${basename(target)}" already exists in "${dirname(target)}"; it was not overwritten. Choose another name or confirm overwriting.`,
    ],
    'path-in-store': () => [
      'Không được lưu gói hồ sơ vào thư mục kho tệp hoặc thư mục gói đã nhận của ứng dụng.',
      "The package may not be saved inside the app's file store or received-packages folder.",
    ],
  },
};

export interface ExportArgs {
  scope: PackageScope;
  outPath?: string | undefined;
  /** Replace an existing file at `outPath` outside <dataDir>/exports/ (the user confirmed it). */
  overwrite?: boolean | undefined;
  confirmWarnings: readonly string[];
  /** Bind the session book into the package (issue 13). */
  includeBook?: boolean | undefined;
  /** Sign the tag manifest on the token; the module comes from `modulePath` or Settings. */
  sign?:
    | {
        modulePath?: string;
        tokenLabel?: string;
        certificateId?: string;
        certificateLabel?: string;
        pin: string;
      }
    | undefined;
}

export interface ExportHooks {
  onPhase?: (phase: 'preparing' | 'writing' | 'finishing') => void;
  onProgress?: (p: BagWriteProgress) => void;
  signal?: AbortSignal;
}

export interface ExportOutcome {
  exportId: number;
  path: string;
  fileName: string;
  zipSha256: string;
  zipSize: number;
  payloadOxum: string;
  files: number;
  confirmedFindings: number;
  downloadable: boolean;
  findings: ExportLogEntry['findings'];
  /** The certificate that signed the tag manifest, when the export was signed. */
  signedBy?: { commonName: string | null; subject: string; issuer: string } | undefined;
}

/** A tag-manifest signer on the agency's token (issue 14). */
async function packageSigner(ctx: AppContext, sign: NonNullable<ExportArgs['sign']>) {
  const modulePath = sign.modulePath ?? signingSettings(ctx).modulePath;
  if (!modulePath) throw tokenError('no-module');
  const { signer, certificate } = await tokenSigner(
    {
      modulePath,
      tokenLabel: sign.tokenLabel,
      certificateId: sign.certificateId,
      certificateLabel: sign.certificateLabel,
      pin: sign.pin,
    },
    signingOptions(ctx),
  );
  const at = ctx.now();
  return {
    certificate,
    sign: (manifest: Buffer) =>
      buildCadesDetached(createHash('sha256').update(manifest).digest(), signer, at),
  };
}

export async function exportPackage(
  ctx: AppContext,
  args: ExportArgs,
  hooks: ExportHooks = {},
): Promise<ExportOutcome> {
  hooks.onPhase?.('preparing');
  const snapshot = collectSnapshot(ctx, args.scope);
  // Existence and size only: the bytes are hashed once, while they are packaged.
  const files = await checkStoredFiles(ctx, snapshot, false);
  const findings = findingsOf(snapshot, files);
  const missing = new Set([...files].filter(([, s]) => s === 'missing').map(([h]) => h));
  const out = await resolveOutputFile(
    ctx,
    PACKAGE_OUTPUT,
    args.outPath,
    defaultFileName(snapshot),
    args.overwrite === true,
  );
  // The certificate is chosen and checked before anything is written; the token signs at the very end.
  const signing = args.sign ? await packageSigner(ctx, args.sign) : null;
  const store = storeFor(ctx);
  const book = args.includeBook ? await bookForPackage(ctx, snapshot, missing, out.path, hooks.signal) : null;
  hooks.onPhase?.('writing');
  const done = await exportDossierPackage({
    snapshot,
    storePathOf: (h) => store.pathOf(h),
    findings,
    missingBlobs: missing,
    confirmedKeys: args.confirmWarnings,
    outPath: out.path,
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(optionsByContext.get(ctx)?.fontFile ? { fontFile: optionsByContext.get(ctx)?.fontFile } : {}),
    ...(book ? { book: { sourcePath: book.path, pages: book.pages } } : {}),
    ...(signing ? { signTagManifest: signing.sign } : {}),
  }).finally(() => (book ? rm(book.path, { force: true }) : undefined));
  hooks.onPhase?.('finishing');
  const db = requireDb(ctx);
  const payloadOxum = `${done.bag.payloadOxum.octets}.${done.bag.payloadOxum.count}`;
  let exportId: number;
  try {
    // Cancelled after the rename but before the log: the export did not happen, so its file goes too.
    if (hooks.signal?.aborted) {
      throw appError('bag-export-cancelled', 'Đã huỷ xuất gói hồ sơ.', 'The package export was cancelled.');
    }
    exportId = db.transaction(() =>
      insertExportLog(db, {
        scope: args.scope.kind,
        meetingId: snapshot.meeting.id,
        itemId: args.scope.kind === 'item' ? args.scope.itemId : null,
        itemIds: snapshot.items.map((i) => i.item.id),
        path: done.bag.path,
        zipSha256: done.bag.zipSha256,
        zipSize: done.bag.zipSize,
        payloadOxum,
        files: done.bag.payload.map((p) => ({ path: p.path, sha256: p.sha256, size: p.size })),
        findings: done.findings,
        warningsConfirmed: done.confirmation !== null,
        exportedAt: snapshot.at.toISOString(),
      }),
    )();
  } catch (error) {
    await rm(done.bag.path, { force: true });
    throw error;
  }
  return {
    exportId,
    path: done.bag.path,
    fileName: basename(done.bag.path),
    zipSha256: done.bag.zipSha256,
    zipSize: done.bag.zipSize,
    payloadOxum,
    files: done.bag.payload.length,
    confirmedFindings: done.confirmation ? done.findings.length : 0,
    downloadable: out.downloadable,
    findings: done.findings,
    signedBy: signing
      ? {
          commonName: signing.certificate.commonName,
          subject: signing.certificate.subject,
          issuer: signing.certificate.issuer,
        }
      : undefined,
  };
}

export function exportLogOfItem(ctx: AppContext, itemId: number): ExportLogEntry[] {
  const db = requireDb(ctx);
  if (!items.getAgendaItem(db, itemId)) throw dossierErrors.itemNotFound(itemId);
  return exportsOfItem(db, itemId);
}

// ---- verify and import -----------------------------------------------------------------------------

function resolveSource(ctx: AppContext, source: FileSource): { path: string; fileName: string } {
  const { path, name } = resolveFileSource(ctx, source);
  return { path, fileName: name };
}

export { verifyView } from '../../packages/verifyView';

/** Where a verify may copy a PDF too large to inspect from memory: swept after a crash (`.verify-*`). */
function scratchDirOf(ctx: AppContext): string {
  return join(ctx.dataDir, RECEIVED_FOLDER);
}

/**
 * Checks a package file in the guarded worker, which also inspects each PDF and builds the view (nothing
 * of the package is parsed in this thread). No data folder needed (the CLI's verify): then a PDF too large
 * for memory goes uninspected rather than being copied anywhere. The worker script defaults to the
 * bundled one beside the running bundle.
 */
export async function verifyPackageFile(
  path: string,
  fileName: string,
  opts: {
    workerScript?: string | undefined;
    scratchDir?: string;
    /** The receiver's trust anchors and CRLs; none: every signature is at best "not trusted". */
    trust?: TrustMaterial;
    now?: Date;
  } = {},
): Promise<{ report: VerifyReport; view: VerifyResultView }> {
  // The PDF signatures and the package's own signature are judged in the worker too.
  return verifyPackageInWorker(path, {
    fileName,
    inspectPdfs: true,
    trust: opts.trust ?? NO_TRUST_MATERIAL,
    now: (opts.now ?? new Date()).toISOString(),
    ...(opts.workerScript ? { workerScript: opts.workerScript } : {}),
    ...(opts.scratchDir ? { scratchDir: opts.scratchDir } : {}),
  });
}

export async function verifyPackage(ctx: AppContext, source: FileSource): Promise<VerifyResultView> {
  const { path, fileName } = resolveSource(ctx, source);
  const workerScript = workerScriptFor(ctx);
  return (
    await verifyPackageFile(path, fileName, {
      scratchDir: scratchDirOf(ctx),
      trust: trustMaterialOf(ctx),
      now: ctx.now(),
      ...(workerScript ? { workerScript } : {}),
    })
  ).view;
}

const bagValue = (info: ReadonlyArray<readonly [string, string]>, label: string) =>
  info.find(([l]) => l === label)?.[1] ?? '';

export async function importPackage(ctx: AppContext, source: FileSource): Promise<ReceivedPackageDetail> {
  const db = requireDb(ctx);
  const { path, fileName } = resolveSource(ctx, source);
  if (!existsSync(path)) {
    throw appError(
      'package-file-missing',
      `Không tìm thấy tệp gói hồ sơ "${fileName}".`,
      `The package file "${fileName}" was not found.`,
      { path },
    );
  }
  const root = join(ctx.dataDir, RECEIVED_FOLDER);
  await mkdir(root, { recursive: true });
  const incoming = await mkdtemp(join(root, '.incoming-'));
  let finalDir: string | null = null;
  try {
    // Digest, check, extraction and dossier.json all happen in the worker; this thread moves and records.
    const workerScript = workerScriptFor(ctx);
    const prepared = await runInWorker(
      'prepare-import',
      {
        zipPath: path,
        fileName,
        extractTo: incoming,
        trust: trustMaterialOf(ctx),
        now: ctx.now().toISOString(),
      },
      { fileName, workerScript },
    ).catch((error: unknown) => {
      if (isAppError(error) && error.code !== 'worker.cancelled') throw notValid(fileName, error);
      throw error;
    });
    const { report, view, zipSha256, dossier } = prepared;
    const already = findReceivedByZip(db, zipSha256);
    if (already !== null) throw alreadyImported(already);
    if (report.verdict !== 'valid' || !report.extractedTo) {
      const first = view.problems[0];
      throw appError(
        'package-not-valid',
        `Gói hồ sơ "${fileName}" không hợp lệ nên không được nhận${first ? `: ${first.vi}${first.path ? ` (${first.path})` : ''}` : '.'}`,
        `The package "${fileName}" is not valid and was not imported${first ? `: ${first.en}${first.path ? ` (${first.path})` : ''}` : '.'}`,
        { verdict: report.verdict, problems: view.problems.slice(0, 20) },
      );
    }
    // A package that carries its own signature must still match it (a rewritten tag manifest leaves every
    // digest consistent but breaks the signature): not imported, and the reason names the signer.
    const signature = view.packageSignature;
    if (signature && signature.integrity === 'broken') {
      const why = signature.reasons[0];
      throw appError(
        'package-signature-broken',
        `Chữ ký số của gói (${signature.signer ?? 'không rõ người ký'}) không còn khớp nên gói không được nhận${why ? `: ${why.vi}` : '.'}`,
        `The package's signature (${signature.signer ?? 'unknown signer'}) no longer matches, so it was not imported${why ? `: ${why.en}` : '.'}`,
        { signer: signature.signer, changedFiles: signature.changedFiles },
      );
    }
    // The file may have been replaced while it was checked: what was verified must be what is recorded.
    if (prepared.changedDuringCheck) {
      throw appError(
        'package-changed-during-import',
        `Tệp gói hồ sơ "${fileName}" bị thay đổi trong khi đang kiểm tra; hãy thử lại.`,
        `The package file "${fileName}" changed while it was being checked; try again.`,
      );
    }
    const folder = await moveIntoFreeFolder(
      report.extractedTo,
      root,
      `${todayOf(ctx.now)}-${zipSha256.slice(0, 12)}`,
    );
    finalDir = join(root, folder);
    // The bag's files and folders were flushed as they were extracted; this makes its new name durable
    // before the row that points to it is committed.
    fsyncFolder(root);
    const info = report.bagInfo;
    // The same package imported twice at once: both passed the check above while verifying, so it is
    // made again here, in the transaction (synchronous, so no other import of this process interleaves);
    // the UNIQUE constraint still stops another process, and says the same thing.
    const insert = db.transaction(() => {
      const imported = findReceivedByZip(db, zipSha256);
      if (imported !== null) throw alreadyImported(imported);
      return insertReceivedPackage(db, {
        fileName,
        zipSha256,
        sourceOrganization: bagValue(info, 'Source-Organization'),
        meetingTitle: bagValue(info, 'Meeting-Title'),
        meetingDate: bagValue(info, 'Meeting-Date'),
        itemTitles: info.filter(([l]) => l === 'Item-Title').map(([, v]) => v),
        bagInfo: info,
        payloadOxum: view.payloadOxum ?? '',
        dossier,
        folder,
        importedAt: ctx.now().toISOString(),
        files: view.files.filter((f) => f.path.startsWith('data/')),
      });
    });
    let id: number;
    try {
      id = insert();
    } catch (error) {
      if (isUniqueViolation(error, 'received_package.zip_sha256')) {
        throw alreadyImported(findReceivedByZip(db, zipSha256));
      }
      throw error;
    }
    finalDir = null;
    if (source.kind === 'upload') await rm(path, { force: true });
    return receivedDetail(ctx, id);
  } finally {
    if (finalDir) await rm(finalDir, { recursive: true, force: true });
    await rm(incoming, { recursive: true, force: true });
  }
}

function notValid(fileName: string, cause: { vi: string; en: string; code: string }) {
  return appError(
    'package-not-valid',
    `Gói hồ sơ "${fileName}" không kiểm tra được nên không được nhận: ${cause.vi}`,
    `The package "${fileName}" could not be checked and was not imported: ${cause.en}`,
    { verdict: 'unreadable', cause: cause.code },
  );
}

function alreadyImported(id: number | null) {
  return appError(
    'package-already-imported',
    'Gói hồ sơ này đã được nhận trước đây.',
    'This package has already been imported.',
    { id },
  );
}

function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes(column)
  );
}

/**
 * Renames `from` to `<root>/<base>` or the first free `<base>-N`. A name taken by a concurrent import
 * between the check and the rename makes the rename fail (the other bag is never empty), and the next
 * name is tried: another import's folder is never taken over, nor later removed by our clean-up.
 */
async function moveIntoFreeFolder(from: string, root: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const folder = n === 1 ? base : `${base}-${n}`;
    if (existsSync(join(root, folder))) continue;
    try {
      await rename(from, join(root, folder));
      return folder;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : null;
      // ENOTEMPTY/EEXIST on POSIX, EPERM on Windows: the name was taken between the check and the rename.
      if ((code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') && existsSync(join(root, folder)))
        continue;
      throw error;
    }
  }
}

export function receivedList(ctx: AppContext): ReceivedPackageView[] {
  return listReceived(requireDb(ctx)).map((p) => ({
    ...p,
    folder: join(ctx.dataDir, RECEIVED_FOLDER, p.folder),
  }));
}

export function receivedDetail(ctx: AppContext, id: number): ReceivedPackageDetail {
  const record = getReceived(requireDb(ctx), id);
  if (!record) {
    throw appError(
      'received-package-not-found',
      'Không tìm thấy gói hồ sơ đã nhận.',
      'Received package not found.',
      {
        id,
      },
    );
  }
  return {
    ...record,
    folder: join(ctx.dataDir, RECEIVED_FOLDER, record.folder),
    fileList: record.fileList.map((f) => ({ ...f, status: 'ok' as const, ...FILE_OK })),
  };
}
