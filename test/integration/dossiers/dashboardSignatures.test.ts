import { sign as cryptoSign } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { openDatabase } from '../../../electron/db/openDatabase';
import {
  MUST_SIGN_FILES_OF_MEETING_SQL,
  MUST_SIGN_FILES_SQL,
} from '../../../electron/db/repositories/entrySignatureQueries';
import { signPdf } from '../../../electron/pdf/signPdf';
import {
  type IssuedCertificate,
  issueWithNewKey,
  makeTestAuthority,
  pkcs8Of,
} from '../../../electron/signatures/testAuthority';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, entryByCode, signedPdf, unsignedPdf } from './builders';

const tempDir = tempDirsPerTest();
const DAY = 86_400_000;
/** Signed a week before the dashboard's day (Wed 09/12/2026), inside every valid certificate's life. */
const SIGNED_AT = new Date('2026-12-02T02:00:00Z');

function pem(...certs: IssuedCertificate[]): string {
  return certs
    .map((c) => `-----BEGIN CERTIFICATE-----\n${c.der.toString('base64')}\n-----END CERTIFICATE-----\n`)
    .join('');
}

/** A PDF signed in software by `identity` (its certificate and the intermediate carried in the CMS). */
async function pdfSignedBy(identity: IssuedCertificate, title: string): Promise<Buffer> {
  if (!identity.keys) throw new Error('identity without a key');
  const key = await pkcs8Of(identity.keys);
  return signPdf(await unsignedPdf(title), {
    signerName: 'Giám đốc Sở Nông nghiệp và Môi trường',
    signingTime: SIGNED_AT,
    signer: {
      certificate: identity.der,
      keyKind: 'ec',
      sign: async (attributes) => cryptoSign('sha256', attributes, { key, format: 'der', type: 'pkcs8' }),
    },
  });
}

/**
 * A Chairman session on Thu 17/12/2026, signed documents due Mon 14/12; on Wed 09/12 three working days
 * are left, so an item whose documents to sign are not vouched for is at risk. The agency trusts a test
 * CA (root → issuing CA); its "good" signer is valid, its "expired" one had expired before signing.
 */
async function seeded() {
  const dir = tempDir();
  const { ctx, meeting } = await aWorkspace(dir, '2026-12-09', { kind: 'chairman', date: '2026-12-17' });
  const now = new Date('2026-12-09T02:00:00Z');
  const { root, intermediate } = await makeTestAuthority(now, 'ec');
  const issue = (commonName: string, from: number, to: number) =>
    issueWithNewKey(
      {
        commonName,
        notBefore: new Date(now.getTime() + from * DAY),
        notAfter: new Date(now.getTime() + to * DAY),
      },
      intermediate,
      'ec',
    );
  const good = await issue('Giám đốc (chứng thư còn hạn)', -200, 500);
  const expired = await issue('Giám đốc (chứng thư hết hạn)', -400, -30);
  await invoke(ctx, 'signatures.trust.import', {
    source: { kind: 'path', path: aFile(dir, 'CA-thu-nghiem.pem', pem(root, intermediate)) },
  });
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const submission = await entryByCode(ctx, item.id, 'submission');
  const appraisal = await entryByCode(ctx, item.id, 'appraisal-report');
  const attach = (entryId: number, name: string, bytes: Buffer) =>
    invoke(ctx, 'attachments.add', { entryId, source: { kind: 'path', path: aFile(dir, name, bytes) } });
  return { ctx, item, submission, appraisal, attach, good, expired };
}

async function atRiskDocuments(ctx: Awaited<ReturnType<typeof seeded>>['ctx']) {
  const dashboard = await invoke(ctx, 'dashboard.get', {});
  return dashboard.atRisk.flatMap((r) => r.unsigned.map((u) => [u.label, u.state, u.signature]));
}

describe('the dashboard reads the signature verdicts of the files, not the checklist states', () => {
  it('lists a document whose PDF is only valid but not trusted with that qualifier, even when marked signed', async () => {
    const { ctx, item, submission, appraisal, attach } = await seeded();
    // Self-signed by a certificate the agency never imported: intact, but nobody vouches for the signer.
    await attach(submission.id, 'Tờ trình (bản ký).pdf', await signedPdf());
    await invoke(ctx, 'checklist.setState', { entryId: submission.id, state: 'signed' });
    await invoke(ctx, 'checklist.setState', { entryId: appraisal.id, state: 'signed' });
    expect(await atRiskDocuments(ctx)).toEqual([['Tờ trình', 'signed', 'untrusted']]);
    // The meeting dossier's "N văn bản chưa có bản ký tin cậy" counts the same document, though every state says signed.
    const list = await invoke(ctx, 'agendaItems.list', { meetingId: item.meetingId });
    expect(list.items.map((i) => i.checklist.unsignedMustSign)).toEqual([1]);
    closeAppContext(ctx);
  });

  it('lists a document signed by a certificate expired at the signing time as invalid', async () => {
    const { ctx, submission, appraisal, attach, expired } = await seeded();
    const attached = await attach(appraisal.id, 'Báo cáo thẩm định.pdf', await pdfSignedBy(expired, 'BCTĐ'));
    expect(attached.attachment.pdf?.signatures[0]?.trust).toBe('invalid');
    expect(await atRiskDocuments(ctx)).toEqual([
      ['Tờ trình', 'missing', null],
      ['Báo cáo thẩm định của Sở Tư pháp', 'draft', 'invalid'],
    ]);
    expect(submission.state).toBe('missing');
    closeAppContext(ctx);
  });

  it('takes a document off the list once a PDF signed under the imported CA is attached, whatever its state says', async () => {
    const { ctx, submission, appraisal, attach, good } = await seeded();
    await attach(submission.id, 'Tờ trình (bản ký chưa tin cậy).pdf', await signedPdf());
    await attach(submission.id, 'Tờ trình (bản ký).pdf', await pdfSignedBy(good, 'Tờ trình số 12'));
    // The entry stayed a draft (the first file moved it there): the trusted file speaks all the same.
    expect((await entryByCode(ctx, submission.itemId, 'submission')).state).toBe('draft');
    await invoke(ctx, 'checklist.setState', { entryId: appraisal.id, state: 'signed' });
    expect(await atRiskDocuments(ctx)).toEqual([]);
    closeAppContext(ctx);
  });

  it('lists an entry marked signed whose only PDF carries no signature as unsigned, but trusts the user when no PDF is attached', async () => {
    const { ctx, submission, appraisal, attach } = await seeded();
    await attach(submission.id, 'Tờ trình (bản chụp).pdf', await unsignedPdf());
    await invoke(ctx, 'checklist.setState', { entryId: submission.id, state: 'signed' });
    // A paper original, recorded as signed, with no file that says otherwise.
    await invoke(ctx, 'checklist.setState', { entryId: appraisal.id, state: 'signed' });
    expect(await atRiskDocuments(ctx)).toEqual([['Tờ trình', 'signed', 'unsigned']]);
    closeAppContext(ctx);
  });

  it('lists an entry marked signed whose only file is not a PDF (a must-sign entry from before PDFs were required), on the dashboard and in the meeting count', async () => {
    const { ctx, item, submission, appraisal, attach } = await seeded();
    const map = await invoke(ctx, 'checklist.addEntry', { itemId: item.id, label: 'Bản đồ hiện trạng' });
    await attach(
      map.id,
      'Ban do.docx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]),
    );
    await invoke(ctx, 'checklist.updateEntry', { entryId: map.id, label: map.label, mustBeSigned: true });
    for (const entryId of [map.id, submission.id, appraisal.id])
      await invoke(ctx, 'checklist.setState', { entryId, state: 'signed' });
    // The paper originals (no file) are the user's word; a Word file cannot vouch for a signature.
    expect(await atRiskDocuments(ctx)).toEqual([['Bản đồ hiện trạng', 'signed', null]]);
    const list = await invoke(ctx, 'agendaItems.list', { meetingId: item.meetingId });
    expect(list.items.map((i) => i.checklist.unsignedMustSign)).toEqual([1]);
    closeAppContext(ctx);
  });

  it('reads the stored verdicts through the checklist and attachment indexes, never a full scan', () => {
    const db = openDatabase(join(tempDir(), 'plans.db'));
    try {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${MUST_SIGN_FILES_SQL}`).all(1) as Array<{ detail: string }>
      )
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toContain('checklist_entry_by_item (agenda_item_id=?)');
      expect(plan).toContain('a USING COVERING INDEX sqlite_autoindex_attachment_1 (checklist_entry_id=?)');
      expect(plan).toContain('b USING PRIMARY KEY (sha256=?)');
      expect(plan).not.toMatch(/^SCAN /m);
      // The meeting dossier's counts: the meeting's items by index, then the same path per item.
      const ofMeeting = (
        db.prepare(`EXPLAIN QUERY PLAN ${MUST_SIGN_FILES_OF_MEETING_SQL}`).all(1) as Array<{ detail: string }>
      )
        .map((r) => r.detail)
        .join('\n');
      expect(ofMeeting).toContain('agenda_item_by_meeting (meeting_id=?)');
      expect(ofMeeting).toContain('b USING PRIMARY KEY (sha256=?)');
      expect(ofMeeting).not.toMatch(/^SCAN /m);
    } finally {
      db.close();
    }
  });
});
