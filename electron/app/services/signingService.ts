/**
 * Settings › Chữ ký số › signing, and "Ký số" on a PDF attachment: the signed copy is attached beside the
 * original, which stays as it was. The PIN only passes through: it is never stored, logged or returned.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'node:path';
import { z } from 'zod';
import type { ParsedArgs } from '../../../shared/contract';
import type { SigningSettingsView, TokenCertificateView } from '../../../shared/contract/signatures';
import { appError } from '../../../shared/errors/appError';
import * as attachments from '../../db/repositories/attachmentRepository';
import { readSetting, writeSetting } from '../../db/repositories/settingRepository';
import { MODULE_SUGGESTIONS } from '../../signing/moduleSuggestions';
import { listTokenCertificates, signPdfWithToken } from '../../signing/signWithToken';
import type { TokenClientOptions } from '../../signing/tokenClient';
import { tokenError } from '../../signing/tokenErrors';
import { uploadPath, uploadsDir } from '../../store/uploads';
import type { AppContext } from '../context';
import { addAttachment } from './attachmentService';
import { storeFor } from './attachmentStore';
import { dossierErrors } from './dossierErrors';
import { requireDb } from './requireDb';

const SETTING_KEY = 'signing';
const storedSchema = z.object({
  modulePath: z.string().nullable().catch(null),
  lastTokenLabel: z.string().nullable().catch(null),
  lastCertificateId: z.string().nullable().catch(null),
});
type StoredSigning = z.infer<typeof storedSchema>;

const optionsByContext = new WeakMap<AppContext, TokenClientOptions>();

/** Where the token process script is (tests build one); default: tokenWorker.cjs beside the bundle. */
export function configureSigning(ctx: AppContext, options: TokenClientOptions): void {
  optionsByContext.set(ctx, options);
}

/** The token process options of this context (tests point at a built worker). */
export function signingOptions(ctx: AppContext): TokenClientOptions {
  return optionsByContext.get(ctx) ?? {};
}

function stored(ctx: AppContext): StoredSigning {
  const parsed = storedSchema.safeParse(readSetting(requireDb(ctx), SETTING_KEY) ?? {});
  return parsed.success ? parsed.data : { modulePath: null, lastTokenLabel: null, lastCertificateId: null };
}

function view(s: StoredSigning): SigningSettingsView {
  return { ...s, suggestions: [...MODULE_SUGGESTIONS] };
}

export function signingSettings(ctx: AppContext): SigningSettingsView {
  return view(stored(ctx));
}

export function setSigningModule(ctx: AppContext, modulePath: string | null): SigningSettingsView {
  const next = { ...stored(ctx), modulePath };
  writeSetting(requireDb(ctx), SETTING_KEY, next, ctx.now().toISOString());
  return view(next);
}

function requireModule(ctx: AppContext): string {
  const path = stored(ctx).modulePath;
  if (!path) throw tokenError('no-module');
  return path;
}

export async function tokenCertificates(ctx: AppContext): Promise<{ certificates: TokenCertificateView[] }> {
  const certs = await listTokenCertificates(requireModule(ctx), signingOptions(ctx));
  return {
    certificates: certs.map(({ der: _der, ...c }) => c),
  };
}

function signedName(name: string): string {
  const { name: base } = parse(name);
  return `${base} (đã ký số).pdf`;
}

export async function signAttachment(ctx: AppContext, args: ParsedArgs<'signatures.signAttachment'>) {
  const db = requireDb(ctx);
  const attachment = attachments.getAttachment(db, args.attachmentId);
  if (!attachment) throw dossierErrors.attachmentNotFound(args.attachmentId);
  if (attachment.blob.pdf === null) {
    throw appError(
      'sign-not-pdf',
      `"${attachment.name}" không phải tệp PDF nên không ký số được.`,
      `"${attachment.name}" is not a PDF, so it cannot be signed.`,
    );
  }
  const modulePath = requireModule(ctx);
  const original = readFileSync(storeFor(ctx).pathOf(attachment.blob.sha256));
  const { bytes } = await signPdfWithToken(
    original,
    {
      modulePath,
      tokenLabel: args.tokenLabel,
      certificateId: args.certificateId,
      pin: args.pin,
      stampPage: args.stampPage,
      now: ctx.now(),
    },
    signingOptions(ctx),
  );
  // The signed copy enters the store like any attached file (written, fsynced, inspected, judged).
  mkdirSync(uploadsDir(ctx.dataDir), { recursive: true });
  const uploadId = randomBytes(16).toString('hex');
  const temp = uploadPath(ctx.dataDir, uploadId);
  writeFileSync(temp, bytes, { flush: true });
  try {
    const added = await addAttachment(ctx, {
      entryId: attachment.entryId,
      source: { kind: 'upload', uploadId, name: signedName(attachment.name) },
    });
    writeSetting(
      db,
      SETTING_KEY,
      { ...stored(ctx), lastTokenLabel: args.tokenLabel, lastCertificateId: args.certificateId },
      ctx.now().toISOString(),
    );
    return { attachment: added.attachment };
  } finally {
    rmSync(temp, { force: true });
  }
}
