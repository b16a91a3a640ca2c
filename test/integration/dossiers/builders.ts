import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import type { AppContext } from '../../../electron/app/context';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { signPdf } from '../../../electron/pdf/signPdf';
import { makeTestSigner } from '../../../electron/pdf/testSigner';
import type { Args } from '../../../shared/contract';
import { aContext, aMeeting, anAgency, invoke } from '../../support/appContext';

/** An agency with one meeting, on a real database in `dir`, with the clock at 09:00 on `today`. */
export async function aWorkspace(
  dir: string,
  today = '2026-11-25',
  meeting: Partial<Args<'meetings.create'>> = {},
) {
  const ctx = aContext(dir, today);
  await invoke(ctx, 'agency.setup', anAgency);
  const m = await invoke(ctx, 'meetings.create', aMeeting(meeting));
  return { ctx, meeting: m };
}

export function anItem(
  meetingId: number,
  overrides: Partial<Args<'agendaItems.create'>> = {},
): Args<'agendaItems.create'> {
  return {
    meetingId,
    title: 'Dự thảo Quyết định ban hành Quy định về quản lý đất đai',
    contentKind: 'legal-normative',
    leadOfficer: 'Nguyễn Thị Mai',
    leaderInCharge: 'Phó Giám đốc Bùi Thị Hạnh',
    ...overrides,
  };
}

/** Writes `bytes` as `name` in its own sub-folder of `dir` (so two files may share a name). */
let counter = 0;
export function aFile(dir: string, name: string, bytes: Buffer | string): string {
  const folder = join(dir, 'sources', String(++counter));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

export function unsignedPdf(title = 'Tờ trình số 12/TTr-STP'): Promise<Buffer> {
  return makeSamplePdf({
    title,
    lines: ['Kính gửi: Ủy ban nhân dân tỉnh'],
    createdAt: new Date('2026-11-20T02:00:00Z'),
  });
}

export async function signedPdf(title = 'Tờ trình số 12/TTr-STP (bản ký)'): Promise<Buffer> {
  const at = new Date('2026-11-20T02:00:00Z');
  return signPdf(await unsignedPdf(title), { signerName: 'Giám đốc Sở Tư pháp', signingTime: at });
}

export async function entryByCode(ctx: AppContext, itemId: number, code: string) {
  const checklist = await invoke(ctx, 'checklist.get', { itemId });
  const entry = checklist.entries.find((e) => e.code === code);
  if (!entry) throw new Error(`no entry ${code}`);
  return entry;
}

/** Imports the test signer of `signedPdf` as a trust anchor of the agency (Settings › Chữ ký số). */
export async function trustTheTestSigner(ctx: AppContext, dir: string): Promise<void> {
  const { certificate } = makeTestSigner('Giám đốc Sở Tư pháp');
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  await invoke(ctx, 'signatures.trust.import', {
    source: { kind: 'path', path: aFile(dir, 'giam-doc.cer', der) },
  });
}
