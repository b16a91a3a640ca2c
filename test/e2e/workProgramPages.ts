import { expect, type Page } from '@playwright/test';

/** Page objects for the work program and tasks screens, in the words of the (Vietnamese) UI. */
export class WorkProgramPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Chương trình công tác', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Chương trình công tác', level: 1 })).toBeVisible();
  }

  async tab(name: 'Chương trình' | 'Đề nghị điều chỉnh' | 'Báo cáo tháng' | 'Kết quả theo dõi') {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  rows() {
    return this.page.getByTestId('wp-row');
  }

  async previewImport(file: string) {
    await this.page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await this.dialog.getByLabel('Tệp Excel (.xlsx)').setInputFiles(file);
    await this.dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect(this.dialog.getByTestId('import-summary')).toBeVisible();
  }

  previewRow(rowNumber: number) {
    // The first cell holds the sheet's row number (the STT column may hold the same digits).
    return this.dialog
      .getByTestId('import-row')
      .filter({ has: this.page.locator('td:first-child', { hasText: new RegExp(`^${rowNumber}$`) }) });
  }

  async select(title: string) {
    await this.page.getByRole('checkbox', { name: `Chọn "${title}"` }).check();
  }
}

export class TasksPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Nhiệm vụ được giao', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Nhiệm vụ được giao', level: 1 })).toBeVisible();
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  rows() {
    return this.page.getByTestId('task-row');
  }
}
