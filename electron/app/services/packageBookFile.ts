/**
 * "Kèm sổ tài liệu": the session book made for a package export from the same snapshot, as a temp file
 * beside the package (removed once the package is written), or null when there is no document to bind.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { bookPlanOf, documentCount } from '../../book/bookPlan';
import type { DossierSnapshot } from '../../packages/dossierPackage/dossierSnapshot';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { assembleBookFile } from './bookOptions';

export async function bookForPackage(
  ctx: AppContext,
  snapshot: DossierSnapshot,
  missing: ReadonlySet<string>,
  zipPath: string,
  signal: AbortSignal | undefined,
): Promise<{ path: string; pages: number } | null> {
  const store = storeFor(ctx);
  const plan = bookPlanOf(snapshot, (sha256) => (missing.has(sha256) ? null : store.pathOf(sha256)));
  if (documentCount(plan) === 0) return null;
  const path = join(dirname(zipPath), `.${basename(zipPath)}.book-${randomBytes(6).toString('hex')}.pdf`);
  const result = await assembleBookFile(ctx, plan, path, signal ? { signal } : {});
  return { path, pages: result.pages };
}
