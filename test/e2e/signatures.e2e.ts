import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTestAuthority } from '../../electron/signatures/testAuthority';
import { aSoftToken, aTokenIdentity, SOFTHSM_MODULE, USER_PIN } from '../support/softhsm';
import { freshDataDir, startApp } from './appServer';
import { DossierPage } from './dossierPages';

const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';
const NOW = new Date(`${TODAY}T09:00:00+07:00`);
const DAY = 86_400_000;

test('Settings › Chữ ký số takes the token library and a root; a PDF signed on the token shows as trusted beside the sample verdicts', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir();
  execFileSync(process.execPath, ['bin/dossier-desk.cjs', 'demo', '--data-dir', dataDir, '--today', TODAY], {
    stdio: 'pipe',
  });
  // A real PKCS#11 token (SoftHSM2): the app server inherits SOFTHSM2_CONF from this process.
  const token = aSoftToken();
  const { root, intermediate } = await makeTestAuthority(NOW);
  await aTokenIdentity(
    token,
    '01',
    'ec',
    {
      commonName: 'Nguyễn Văn An',
      notBefore: new Date(NOW.getTime() - 100 * DAY),
      notAfter: new Date(NOW.getTime() + 300 * DAY),
    },
    intermediate,
  );
  const files = mkdtempSync(join(tmpdir(), 'dossier-e2e-trust-'));
  const rootFile = join(files, 'Root-CA-thu-nghiem.cer');
  writeFileSync(rootFile, root.der);
  const issuingFile = join(files, 'Issuing-CA.crt');
  writeFileSync(issuingFile, intermediate.der);
  const app = await startApp({ dataDir, today: TODAY });
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Chữ ký số' }).click();
    const panel = page.getByTestId('signatures-panel');
    // The sample agency already trusts the demo CA (root and intermediate).
    await expect(panel.getByTestId('anchors').locator('tbody tr')).toHaveCount(2);
    await panel.getByTestId('module-path').fill(SOFTHSM_MODULE);
    await panel.getByRole('button', { name: 'Lưu đường dẫn' }).click();
    await expect(panel.getByRole('status')).toHaveText('Đã lưu.');
    await panel.getByRole('button', { name: 'Xem chứng thư trên token' }).click();
    await expect(panel).toContainText('Nguyễn Văn An');
    await panel.getByTestId('trust-file').setInputFiles([rootFile, issuingFile]);
    await expect(panel.getByTestId('anchors').locator('tbody tr')).toHaveCount(4);
    await page.screenshot({ path: `${SHOTS}/settings-signatures.png`, fullPage: true });

    // The sample dossiers: find an item whose tờ trình is still unsigned, and the three verdicts on the way.
    const dossier = new DossierPage(page);
    await dossier.open();
    // Which sample items carry each verdict (asked through the same bridge the page uses).
    const api = async <T>(channel: string, args: unknown): Promise<T> => {
      const response = await fetch(new URL('./api/invoke', app.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': app.token },
        body: JSON.stringify({ channel, args }),
      });
      const result = (await response.json()) as { ok: boolean; value: T };
      if (!result.ok) throw new Error(`${channel} failed`);
      return result.value;
    };
    type Sig = { trust?: string };
    type Attachment = { pdf: { signatures: Sig[] } | null };
    type Checklist = { entries: Array<{ attachments: Attachment[] }> };
    const found = new Map<string, { meetingId: number; title: string }>();
    const meetingsList = await api<Array<{ id: number }>>('meetings.list', {});
    for (const m of meetingsList) {
      const listed = await api<{ items: Array<{ id: number; title: string }> }>('agendaItems.list', {
        meetingId: m.id,
      });
      for (const item of listed.items) {
        const checklist = await api<Checklist>('checklist.get', { itemId: item.id });
        for (const a of checklist.entries.flatMap((e) => e.attachments)) {
          if (!a.pdf) continue;
          const key = a.pdf.signatures[0]?.trust ?? 'unsigned';
          if (!found.has(key)) found.set(key, { meetingId: m.id, title: item.title });
        }
      }
    }
    expect([...found.keys()].sort()).toEqual(['invalid', 'trusted', 'unsigned', 'untrusted']);
    const picker = page.locator('.meeting-picker select');
    const openItem = async (where: { meetingId: number; title: string }) => {
      if (await page.getByTestId('item-title').isVisible()) {
        await page.getByRole('button', { name: /^← / }).first().click();
      } else {
        await dossier.open();
      }
      await picker.selectOption(String(where.meetingId));
      await dossier.openItem(where.title);
      await expect(page.getByTestId('checklist-entry').first()).toBeVisible();
    };
    for (const trust of ['trusted', 'untrusted', 'invalid']) {
      const where = found.get(trust);
      if (!where) continue;
      await openItem(where);
      const shown = page.locator(`[data-trust="${trust}"]`).first();
      await expect(shown).toBeVisible();
      await shown.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/signature-${trust}.png` });
    }
    let signedOne = false;
    const toSign = found.get('unsigned');

    // Sign an unsigned tờ trình on the token: a wrong PIN first, then the right one.
    if (!toSign) throw new Error('the sample has no unsigned PDF');
    await openItem(toSign);
    {
      const unsigned = page.getByTestId('attachment').filter({ hasText: 'PDF chưa có chữ ký số' }).first();
      {
        await unsigned.getByTestId('sign-pdf').click();
        const dialog = page.getByTestId('sign-dialog');
        await expect(dialog.getByTestId('sign-certificate')).toContainText('Nguyễn Văn An');
        await dialog.getByTestId('sign-pin').fill('000000');
        await page.screenshot({ path: `${SHOTS}/sign-dialog.png` });
        await dialog.getByRole('button', { name: 'Ký số' }).click();
        await expect(dialog).toContainText('Mã PIN không đúng');
        // The PIN field is the one marked, its message read with it; the PIN itself is gone.
        await expect(dialog.getByTestId('sign-pin')).toHaveAttribute('aria-invalid', 'true');
        await expect(dialog.getByTestId('sign-certificate')).not.toHaveAttribute('aria-invalid', 'true');
        await expect(dialog.getByTestId('sign-pin')).toHaveValue('');
        await page.screenshot({ path: `${SHOTS}/sign-dialog-wrong-pin.png` });
        await dialog.getByTestId('sign-pin').fill(USER_PIN);
        await dialog.getByRole('button', { name: 'Ký số' }).click();
        await expect(dialog).toBeHidden({ timeout: 30_000 });
        const signed = page.getByTestId('attachment').filter({ hasText: '(đã ký số).pdf' }).first();
        await expect(signed.locator('[data-trust="trusted"]')).toContainText('Đã ký số, chữ ký tin cậy');
        await expect(signed).toContainText('Nguyễn Văn An');
        await signed.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/signature-signed-on-token.png` });
        signedOne = true;
      }
    }
    expect(signedOne).toBe(true);
  } finally {
    await app.stop();
    token.remove();
  }
});
