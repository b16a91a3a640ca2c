import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the "Gói hồ sơ" screen and the export dialog, in the words of the screen. */
export class PackagesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Gói hồ sơ', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Gói hồ sơ', level: 1 })).toBeVisible();
  }

  async tab(name: 'Xuất gói' | 'Kiểm tra và nhận gói' | 'Gói đã nhận') {
    await this.page.getByRole('tab', { name }).click();
  }

  get dialog(): Locator {
    return this.page.getByTestId('export-dialog');
  }

  /** Opens the export dialog for the meeting shown and waits for its pre-flight list. */
  async startMeetingExport() {
    await this.page.getByRole('button', { name: 'Xuất gói cả cuộc họp' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Kiểm tra trước khi xuất' })).toBeVisible();
  }

  get findings(): Locator {
    return this.dialog.getByTestId('preflight-findings').locator('li');
  }

  get exportButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Xuất gói', exact: true });
  }

  async confirmWarnings() {
    await this.dialog.getByRole('checkbox', { name: 'Tôi đã xem các cảnh báo trên' }).check();
  }

  /** The path the finished export shows. */
  async exportedPath(): Promise<string> {
    await expect(this.dialog.getByTestId('export-result')).toBeVisible({ timeout: 30_000 });
    return (await this.dialog.getByTestId('export-path').textContent()) ?? '';
  }

  async verify(file: string) {
    await this.page.getByLabel('Tệp gói hồ sơ (.zip)').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Kiểm tra gói' }).click();
    await expect(this.report).toBeVisible({ timeout: 30_000 });
  }

  get report(): Locator {
    return this.page.getByTestId('verify-report');
  }

  fileRow(path: string): Locator {
    return this.page.getByTestId('verify-files').locator('tr', { hasText: path });
  }
}
