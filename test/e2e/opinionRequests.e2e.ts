import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { convert, readText, renderPng, workDir } from '../integration/reports/libreOffice';
import { freshDataDir, type RunningApp, startApp } from './appServer';
import { SetupPage } from './pages';

/** Thursday 03/12/2026: five working days after it fall on Thursday 10/12, over the weekend of 5–6/12. */
const TODAY = '2026-12-03';
const SCREENS = join('test-results', 'screens');
const DOCS = workDir('e2e-requests-docs');
mkdirSync(SCREENS, { recursive: true });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENS, `requests-${name}.png`), fullPage: true });
}

async function api(app: RunningApp, channel: string, args: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': app.token },
    body: JSON.stringify({ channel, args }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function convertOnce(path: string, to: string, dir: string): string {
  // soffice sometimes exits 0 without output when the machine is busy: try again, then fail loudly.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const [out = ''] = convert([path], to, dir);
    if (existsSync(out)) return out;
  }
  throw new Error(`LibreOffice did not convert ${path} to ${to}`);
}

async function anExport(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Văn bản đến');
  ws.addRow(['SỔ VĂN BẢN ĐẾN']);
  ws.mergeCells('A1:E1');
  ws.addRow(['Số, ký hiệu', 'Nơi gửi', 'Trích yếu', 'Ngày đến', 'Người xử lý']);
  ws.addRow(['88/SXD-QLN', 'Sở Xây dựng', 'Dự thảo Quyết định về nhà ở xã hội', '02/12/2026', 'Anh Minh']);
  ws.addRow(['9/BNV-CCVC', 'Bộ Nội vụ', 'Dự thảo Thông tư về công chức', '31/11/2026', 'Chị Lan']);
  const path = join(workDir('e2e-requests-sheet'), 'van-ban-den.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

test('a secretary records an opinion request, answers it and downloads the answer letter', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Kế hoạch và Đầu tư', 'SKHĐT');
    await page.getByRole('button', { name: 'Xin ý kiến đến' }).click();
    await expect(page.getByRole('heading', { name: 'Văn bản xin ý kiến đến' })).toBeVisible();

    // Received today with the default 5 working days: the due day skips Saturday 5 and Sunday 6.
    await page.getByRole('button', { name: 'Thêm văn bản xin ý kiến' }).click();
    const form = page.getByTestId('request-form');
    await form.locator('input[name=requester]').fill('Bộ Tư pháp');
    await form.locator('input[name=theirNumber]').fill('1234/BTP-VĐCXDPL');
    await form
      .locator('textarea[name=subject]')
      .fill('Dự thảo Nghị định sửa đổi quy định về kiểm tra văn bản');
    await form.locator('input[name=assignee]').fill('Nguyễn Thị Lan');
    await expect(form.locator('input[name=received]')).toHaveValue('03/12/2026');
    await expect(form.locator('input[name=workingDays]')).toHaveValue('5');
    await expect(form.getByTestId('due-preview')).toContainText('Hạn trả lời: 10/12/2026');
    await expect(form.getByTestId('due-preview')).toContainText('05/12/2026 (Thứ bảy)');
    await shot(page, 'form');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const row = page.getByTestId('request-row').first();
    await expect(row.getByTestId('request-due')).toContainText('10/12/2026');
    await expect(row.getByTestId('request-state')).toHaveText('Mới nhận');

    // An overdue one, recorded earlier: the register warns.
    await api(app, 'opinionRequests.create', {
      requesterKind: 'province',
      requester: 'UBND tỉnh Đắk Lắk',
      theirNumber: '56/UBND-KT',
      subject: 'Quy hoạch giao thông liên tỉnh',
      received: '2026-11-20',
      due: '2026-11-27',
    });
    await page.reload();
    await page.getByRole('button', { name: 'Xin ý kiến đến' }).click();
    await expect(page.getByTestId('requests-overdue')).toContainText('1 văn bản xin ý kiến đã quá hạn');
    await page.getByLabel('Tìm (không cần dấu)').fill('bo tu phap');
    await expect(page.getByTestId('request-row')).toHaveCount(1);
    await page.getByLabel('Tìm (không cần dấu)').fill('');
    await expect(page.getByTestId('request-row')).toHaveCount(2);
    await shot(page, 'register');

    // An answer without a stance is refused, with the reason, and nothing changes.
    const mine = page.getByTestId('request-row').filter({ hasText: 'Bộ Tư pháp' });
    await mine.getByRole('button', { name: 'Ghi nhận trả lời' }).click();
    const answer = page.getByTestId('answer-dialog');
    await answer.locator('input[name=number]').fill('1234/SKHĐT-TH');
    await answer.getByRole('button', { name: 'Lưu' }).click();
    await expect(answer).toContainText('Cần chọn ý kiến của cơ quan');
    await answer.locator('select[name=stance]').selectOption('agree-with-comments');
    await answer.locator('textarea[name=summary]').fill('Đề nghị bổ sung quy định chuyển tiếp.');
    await answer.getByRole('button', { name: 'Lưu' }).click();
    await expect(mine.getByTestId('request-state')).toHaveText('Đã trả lời');

    // The first document asks for the heading once, then downloads; LibreOffice reads it.
    await mine.getByRole('button', { name: 'Lập công văn góp ý (DOCX)' }).click();
    const heading = page.getByTestId('heading-dialog');
    await expect(heading).toBeVisible();
    await heading.locator('input[name=parentAgency]').fill('UBND TỈNH LÂM ĐỒNG');
    await heading.locator('input[name=place]').fill('Lâm Đồng');
    await heading.locator('input[name=signerName]').fill('Trần Văn An');
    await shot(page, 'heading');
    const download = page.waitForEvent('download');
    await heading.getByRole('button', { name: 'Lưu và lập văn bản' }).click();
    const file = await download;
    const path = join(DOCS, file.suggestedFilename());
    await file.saveAs(path);
    const dir = workDir('e2e-requests-letter');
    const text = readText(convertOnce(path, 'txt:Text (encoded):UTF8', dir)).replace(/\s+/g, ' ');
    expect(text).toContain('Số: 1234/SKHĐT-TH');
    expect(text).toContain('Lâm Đồng, ngày 03 tháng 12 năm 2026');
    expect(text).toContain('Phúc đáp Văn bản số 1234/BTP-VĐCXDPL của Bộ Tư pháp');
    expect(text).toContain('Đề nghị bổ sung quy định chuyển tiếp.');
    expect(renderPng(convertOnce(path, 'pdf', dir), join(DOCS, 'answer-letter'), 80).length).toBe(1);
    // Asked once: the next document does not ask again.
    const again = page.waitForEvent('download');
    await mine.getByRole('button', { name: 'Lập công văn góp ý (DOCX)' }).click();
    await again;
    await expect(page.getByTestId('heading-dialog')).toBeHidden();

    // Import: the column mapping and each row's own content next to its error; nothing written.
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const imp = page.getByTestId('register-import');
    await imp.locator('input[type=file]').setInputFiles(await anExport());
    await imp.getByRole('button', { name: 'Đọc tệp' }).click();
    await expect(imp.getByText('1/2 dòng hợp lệ, 1 dòng có lỗi.')).toBeVisible();
    await expect(imp.getByTestId('import-preview')).toContainText('"31/11/2026" không phải ngày');
    await expect(imp.getByRole('button', { name: 'Nhập 2 dòng' })).toBeDisabled();
    await shot(page, 'import');
    await imp.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.getByTestId('request-row')).toHaveCount(2);

    // The dashboard shows the overdue request; Settings › Chung edits the agency.
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await expect(page.getByTestId('dashboard-requests')).toContainText('Quy hoạch giao thông liên tỉnh');
    await shot(page, 'dashboard');
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.locator('input[name=governingBody]').fill('UBND TỈNH LÂM ĐỒNG');
    await page.locator('input[name=province]').fill('Lâm Đồng');
    await page.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
    await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
    await shot(page, 'settings');

    // The same register in English.
    await page.getByLabel('Ngôn ngữ').last().selectOption('en');
    await page.getByRole('button', { name: 'Opinion requests' }).click();
    await expect(page.getByRole('heading', { name: 'Opinion requests received' })).toBeVisible();
    await expect(page.getByTestId('requests-overdue')).toContainText(
      'Opinion requests past their answer date: 1.',
    );
    await shot(page, 'register-en');
  } finally {
    await app.stop();
  }
});

test('the sample data shows the register, and each document is made from where the user works', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dataDir = freshDataDir();
  execFileSync(
    process.execPath,
    ['bin/dossier-desk.cjs', 'demo', '--data-dir', dataDir, '--today', '2026-11-25'],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  const app = await startApp({ dataDir, today: '2026-11-25' });
  try {
    await page.goto(app.url);
    await expect(page.getByTestId('dashboard-requests')).toContainText('Bộ Nông nghiệp và Môi trường');
    await page.getByRole('button', { name: 'Xin ý kiến đến' }).click();
    await expect(page.getByTestId('request-row')).toHaveCount(6);
    await shot(page, 'demo-register');

    await page.getByRole('button', { name: 'Nhiệm vụ được giao' }).click();
    await expect(page.getByRole('button', { name: 'Lập báo cáo xin gia hạn' }).first()).toBeVisible();
    await shot(page, 'demo-tasks');
    await page.getByRole('tab', { name: 'Biểu quyết thành viên UBND' }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('vote-summary').click();
    expect((await download).suggestedFilename()).toMatch(/^tong-hop-bieu-quyet-/);
    await expect(page.getByTestId('document-made')).toBeVisible();
    await shot(page, 'demo-votes');
  } finally {
    await app.stop();
  }
});
