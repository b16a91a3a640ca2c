import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { convert, readText, renderPng, workDir } from '../integration/reports/libreOffice';
import { freshDataDir, type RunningApp, startApp } from './appServer';
import { SetupPage } from './pages';
import { TasksPage, WorkProgramPage } from './workProgramPages';

const TODAY = '2026-11-25';
// Outside test-results/, which Playwright empties at the start of every run (anyone's): kept for a person to look at.
const SCREENS = join(tmpdir(), 'dossier-desk-wp-screens');
const DOCS = join(tmpdir(), 'dossier-desk-wp-documents');
mkdirSync(SCREENS, { recursive: true });
mkdirSync(DOCS, { recursive: true });

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Calls the running app's contract directly, to check what was (not) written. */
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

/** The sheet an agency sends: three good rows (1, 5, 6), a wrong date, an unknown status, an empty row, a formula cell. */
async function aProgramSheet(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('CTCT 2026');
  const rows: ExcelJS.CellValue[][] = [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ TƯ PHÁP'],
    [
      'STT',
      'Nội dung',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian trình',
      'Ghi chú',
      'Trạng thái',
      'Cấp trình',
    ],
    [
      '1',
      'Quyết định ban hành Quy chế phối hợp trong quản lý nhà nước về công chứng',
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Tháng 10/2026',
      '',
      'Đang thực hiện',
      'UBND tỉnh',
    ],
    ['2', 'Kế hoạch cải cách hành chính năm 2027', 'Sở Tư pháp', '', '31/02/2026', '', '', 'Chủ tịch'],
    ['3', 'Đề án số hóa sổ hộ tịch', 'Sở Tư pháp', '', 'Tháng 11/2026', '', 'Sắp xong', ''],
    [],
    ['4', { formula: 'CONCATENATE("Báo cáo ","quý")' }, 'Sở Tư pháp', '', 'Tháng 12/2026', '', '', ''],
    [
      '5',
      'Báo cáo tổng kết công tác pháp chế',
      'Sở Tư pháp',
      'Sở Tài chính',
      'Tháng 10/2026',
      '',
      'Đã trình',
      '',
    ],
    [
      '6',
      'Chỉ thị tăng cường công tác hòa giải ở cơ sở',
      'Sở Tư pháp',
      'Công an tỉnh',
      'Tháng 12/2026',
      '',
      'Chưa thực hiện',
      'Chủ tịch',
    ],
  ];
  rows.forEach((r, i) => {
    const row = sheet.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== undefined) row.getCell(j + 1).value = v;
    });
  });
  const path = join(dir, 'chuong-trinh-cong-tac-2026.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** Saves a download, converts it to text with LibreOffice, and renders it to PNG pages to look at. */
async function openDocument(download: import('@playwright/test').Download, stem: string) {
  const path = join(DOCS, download.suggestedFilename());
  await download.saveAs(path);
  const dir = workDir(stem);
  const txt = convertOnce(path, 'txt:Text (encoded):UTF8', dir);
  const pdf = convertOnce(path, 'pdf', dir);
  const pngs = renderPng(pdf, join(DOCS, stem), 80);
  return { path, text: squash(readText(txt)), pngs };
}

/**
 * soffice sometimes exits 0 without writing its output when the machine is busy (two e2e workers and a
 * LibreOffice start each): try again, and fail loudly if it never appears.
 */
function convertOnce(path: string, to: string, dir: string): string {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const [out = ''] = convert([path], to, dir);
    if (existsSync(out)) return out;
  }
  throw new Error(`LibreOffice did not convert ${path} to ${to}`);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

test('a secretary imports the program, files an adjustment request and produces the monthly report', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');
    const wp = new WorkProgramPage(page);
    await wp.open();
    await expect(page.getByText('Chưa có nội dung nào')).toBeVisible();

    // Import: the preview shows each bad row's error, and nothing is written yet.
    await wp.previewImport(await aProgramSheet(workDir('e2e-sheet')));
    await expect(wp.dialog.getByTestId('import-summary')).toContainText('3 dòng hợp lệ, 3 dòng có lỗi');
    await expect(wp.previewRow(4)).toContainText('Thời gian trình không hợp lệ');
    await expect(wp.previewRow(5)).toContainText('Trạng thái "Sắp xong" không xác định');
    await expect(wp.previewRow(7)).toContainText('Ô có công thức');
    await shot(page, 'wp-import-preview');
    expect(await api(app, 'workProgram.list', {})).toEqual([]);
    await wp.dialog.getByLabel(/dòng không ghi cấp trình/).selectOption({ label: 'Phó Chủ tịch UBND tỉnh' });
    await wp.dialog.getByRole('button', { name: 'Nhập 3 dòng hợp lệ' }).click();
    await expect(wp.dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(
      'Đã nhập 3 nội dung; 3 dòng có lỗi không được nhập.',
    );
    await expect(wp.rows()).toHaveCount(3);
    await expect(wp.rows().first()).toContainText('Chậm 1 tháng');
    await shot(page, 'wp-program');

    // Adjustment request for the December item: letter produced, then approved.
    const december = 'Chỉ thị tăng cường công tác hòa giải ở cơ sở';
    await wp.select(december);
    await page.getByRole('button', { name: /Đề nghị điều chỉnh \(1/ }).click();
    // The app's month picker: open it, go to 2027, pick Tháng 2.
    await wp.dialog.getByRole('button', { name: `Tháng đề nghị trình cho "${december}"` }).click();
    const months = page.getByRole('dialog', { name: 'Chọn tháng' });
    for (
      let guard = 0;
      guard < 3 && !((await months.locator('strong').textContent()) ?? '').includes('2027');
      guard++
    ) {
      await months.getByRole('button', { name: 'Năm sau' }).click();
    }
    await months.getByRole('button', { name: 'Tháng 2', exact: true }).click();
    await expect(
      wp.dialog.getByRole('button', { name: `Tháng đề nghị trình cho "${december}": Tháng 2/2027` }),
    ).toBeVisible();
    await wp.dialog.getByRole('radio', { name: /nguyên nhân khách quan/ }).check();
    await wp.dialog
      .getByLabel('Lý do', { exact: true })
      .fill('Luật Hòa giải ở cơ sở (sửa đổi) chưa được Quốc hội thông qua.');
    await wp.dialog.getByLabel('Sự cần thiết').fill('Bảo đảm Chỉ thị phù hợp quy định mới của Luật.');
    await wp.dialog
      .getByLabel(/Đánh giá ảnh hưởng/)
      .fill('Không ảnh hưởng đến các nội dung khác của chương trình.');
    await shot(page, 'wp-adjustment-dialog');
    const letterDownload = page.waitForEvent('download');
    await wp.dialog.getByRole('button', { name: 'Lập công văn (DOCX)' }).click();
    // The first document of any kind asks for the shared heading once.
    const heading = page.getByTestId('heading-dialog');
    await heading.locator('input[name=place]').fill('Lâm Đồng');
    await heading.getByRole('button', { name: 'Lưu và lập văn bản' }).click();
    const letter = await openDocument(await letterDownload, 'letter');
    expect(letter.text).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
    expect(letter.text).toContain(`Điều chỉnh thời gian trình: ${december}`);
    expect(letter.text).toContain('đề nghị trình: Tháng 2/2027');
    expect(letter.text).toContain('Luật Hòa giải ở cơ sở (sửa đổi) chưa được Quốc hội thông qua.');
    expect(letter.pngs.length).toBeGreaterThan(0);
    await expect(wp.dialog).toBeHidden();

    await wp.tab('Đề nghị điều chỉnh');
    await expect(page.getByTestId('adjustment-row')).toContainText('Chờ ý kiến');
    await page.getByRole('button', { name: 'Ghi kết quả' }).click();
    await wp.dialog.getByLabel('Văn bản trả lời, ghi chú').fill('Văn bản số 5120/UBND-NC');
    await wp.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('adjustment-row')).toContainText('Chấp thuận ngày 25/11/2026');
    await shot(page, 'wp-adjustments');
    const items = (await api(app, 'workProgram.list', {})) as Array<{ title: string; targetMonth: string }>;
    expect(items.find((i) => i.title === december)?.targetMonth).toBe('2027-02');

    // Monthly report on October (the default: the month before today's).
    await wp.tab('Báo cáo tháng');
    const figures = page.getByTestId('report-figures');
    await expect(figures).toContainText('50,0%');
    const shown = await figures.locator('.figure .value').allTextContents();
    expect(shown).toEqual(['2', '1', '0', '1', '50,0%', '0,0%']);
    await expect(page.getByTestId('report-deadline')).toContainText('13/11/2026');
    await page.getByLabel('Khó khăn, vướng mắc').fill('Thiếu biên chế làm công tác pháp chế.');
    await page.getByLabel('Kiến nghị, đề xuất').fill('Đề nghị bổ sung 02 biên chế cho Phòng Pháp chế.');
    await shot(page, 'wp-monthly-report');
    const reportDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lập báo cáo Word (DOCX)' }).click();
    const report = await openDocument(await reportDownload, 'monthly-report');
    expect(report.text).toContain(
      `Trong tháng 10/2026, cơ quan có ${shown[0]} nội dung phải trình theo chương trình công tác; đã trình ${shown[1]} nội dung, đã ban hành ${shown[2]} nội dung, chưa trình ${shown[3]} nội dung.`,
    );
    expect(report.text).toContain(`Tỷ lệ đã trình so với tổng số phải trình ${shown[4]}`);
    expect(report.text).toContain(`Tỷ lệ đã ban hành so với tổng số phải trình ${shown[5]}`);
    expect(report.text).toContain('Thiếu biên chế làm công tác pháp chế.');
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lập báo cáo Excel (XLSX)' }).click();
    expect((await xlsxDownload).suggestedFilename()).toBe('bao-cao-CTCT-STP-2026-10.xlsx');

    await wp.tab('Kết quả theo dõi');
    await expect(page.getByTestId('scorecard-chart')).toBeVisible();
    await expect(page.getByTestId('score-row')).toHaveCount(12);
    await shot(page, 'wp-scorecard');

    // Tasks: the extension report is due the working day before the deadline.
    const tasks = new TasksPage(page);
    await tasks.open();
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await tasks.dialog.getByLabel('Văn bản giao').fill('Thông báo số 210/TB-UBND ngày 20/11/2026');
    await tasks.dialog.getByLabel('Nội dung nhiệm vụ').fill('Rà soát thủ tục hành chính lĩnh vực hộ tịch');
    await tasks.dialog.getByLabel('Thời hạn (dd/mm/yyyy)').fill('14/12/2026');
    await tasks.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(tasks.rows()).toHaveCount(1);
    await expect(tasks.rows().first()).toContainText('11/12/2026');
    await expect(tasks.rows().first()).toContainText('Đang thực hiện, còn trong hạn');
  } finally {
    await app.stop();
  }
});

test('a 10,000-row program is previewed and imported in one go', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = workDir('e2e-big');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('CTCT');
  sheet.addRow([
    'STT',
    'Nội dung',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian trình',
    'Ghi chú',
    'Cấp trình',
  ]);
  for (let i = 1; i <= 10_000; i += 1) {
    sheet.addRow([
      String(i),
      `Nội dung số ${i} của chương trình`,
      'Sở Tư pháp',
      '',
      `Tháng ${(i % 12) + 1}/2027`,
      '',
      'UBND tỉnh',
    ]);
  }
  const path = join(dir, 'ctct-10000.xlsx');
  await wb.xlsx.writeFile(path);
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');
    const wp = new WorkProgramPage(page);
    await wp.open();
    const started = Date.now();
    await wp.previewImport(path);
    await expect(wp.dialog.getByTestId('import-summary')).toContainText('10000 dòng hợp lệ, 0 dòng có lỗi');
    await expect(wp.dialog.getByText('Hiển thị 400 trên 10000 dòng')).toBeVisible();
    await wp.dialog.getByRole('button', { name: 'Nhập 10000 dòng hợp lệ' }).click();
    await expect(page.getByRole('status')).toContainText('Đã nhập 10000 nội dung', { timeout: 60_000 });
    console.log(`10,000-row import through the UI: ${Date.now() - started} ms`);
    expect(((await api(app, 'workProgram.list', {})) as unknown[]).length).toBe(10_000);
  } finally {
    await app.stop();
  }
});

test('every screen of the monthly cycle on the sample data, at 1366×768', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir();
  execFileSync(
    process.execPath,
    [resolve('bin/dossier-desk.cjs'), 'demo', '--data-dir', dataDir, '--today', TODAY, '--json'],
    {
      stdio: 'pipe',
    },
  );
  const app = await startApp({ dataDir, today: TODAY });
  try {
    await page.goto(app.url);
    const wp = new WorkProgramPage(page);
    await wp.open();
    await expect(wp.rows()).toHaveCount(21);
    await shot(page, 'demo-wp-program');
    await wp.tab('Đề nghị điều chỉnh');
    await expect(page.getByTestId('adjustment-row')).toHaveCount(2);
    await shot(page, 'demo-wp-adjustments');
    await wp.tab('Báo cáo tháng');
    await expect(page.getByTestId('report-figures')).toBeVisible();
    await shot(page, 'demo-wp-monthly-report');
    await wp.tab('Kết quả theo dõi');
    await expect(page.getByTestId('scorecard-chart')).toBeVisible();
    await shot(page, 'demo-wp-scorecard');
    const tasks = new TasksPage(page);
    await tasks.open();
    // Ten sample tasks, plus the extended one the agenda's sample data adds (electron/demo/agendaDemo.ts).
    await expect(tasks.rows()).toHaveCount(11);
    await shot(page, 'demo-tasks');
    await page.getByRole('tab', { name: 'Biểu quyết thành viên UBND' }).click();
    await expect(page.getByTestId('tally')).toBeVisible();
    await expect(page.getByTestId('vote-row').first()).toBeVisible();
    await shot(page, 'demo-votes');
    // Keyboard: Alt+4 opens the work program, and N opens the new-item form.
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { name: 'Chương trình công tác', level: 1 })).toBeVisible();
    await page.keyboard.press('n');
    await expect(wp.dialog).toBeVisible();
    await shot(page, 'demo-wp-item-form');
    await page.keyboard.press('Escape');
    await expect(wp.dialog).toBeHidden();
  } finally {
    await app.stop();
  }
});
