import { expect, type Locator, type Page } from '@playwright/test';

/** Page objects of the dossier workspace, in the words of the screens (Vietnamese UI). */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Tổng quan', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  }

  /** The due entries, in the order shown. */
  entries(): Locator {
    return this.page.getByTestId('due-entry');
  }

  /** The signed-documents deadline of an item, by a piece of its title. */
  signedEntry(itemTitle: string): Locator {
    return this.entries().filter({ hasText: itemTitle }).filter({ hasText: 'Gửi bản ký, đóng dấu' });
  }

  get atRisk(): Locator {
    return this.page.getByTestId('at-risk');
  }

  get weekStrip(): Locator {
    return this.page.getByTestId('week-strip');
  }

  get search(): Locator {
    return this.page.getByTestId('search-input');
  }

  hits(): Locator {
    return this.page.getByTestId('search-hit');
  }
}

export class DossierPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Hồ sơ trình', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Hồ sơ trình', level: 1 })).toBeVisible();
  }

  get itemForm(): Locator {
    return this.page.getByTestId('item-form');
  }

  items(): Locator {
    return this.page.getByTestId('item-row');
  }

  async addItem(fields: { title: string; kind: string; leadOfficer?: string; leaderInCharge?: string }) {
    await this.page.getByRole('button', { name: 'Thêm nội dung trình' }).click();
    await this.fillItem(fields);
  }

  async fillItem(fields: { title: string; kind: string; leadOfficer?: string; leaderInCharge?: string }) {
    const form = this.itemForm;
    await expect(form).toBeVisible();
    await form.getByLabel('Tên nội dung trình').fill(fields.title);
    await form.getByLabel('Loại nội dung').selectOption({ label: fields.kind });
    if (fields.leadOfficer) await form.getByLabel('Chuyên viên chủ trì').fill(fields.leadOfficer);
    if (fields.leaderInCharge) await form.getByLabel('Lãnh đạo phụ trách').fill(fields.leaderInCharge);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toBeHidden();
  }

  async openItem(title: string) {
    await this.items().getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.getByTestId('item-title')).toHaveText(title);
  }
}

export class ItemPage {
  constructor(private readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('item-title');
  }

  /** The item's place in its meeting ("Nội dung 2/5"): J/K work once it shows. */
  get position(): Locator {
    return this.page.getByTestId('item-position');
  }

  entry(label: string): Locator {
    return this.page.locator(`[data-testid="checklist-entry"][data-label="${label}"]`);
  }

  entries(): Locator {
    return this.page.getByTestId('checklist-entry');
  }

  async setState(label: string, state: 'Chưa có' | 'Dự thảo' | 'Bản hoàn chỉnh' | 'Đã ký, đóng dấu') {
    await this.page.getByLabel(`Tình trạng: ${label}`, { exact: true }).selectOption({ label: state });
    await expect(this.entry(label)).toHaveAttribute('data-state', stateCode(state));
  }

  /** Ticks a content requirement ("Tờ trình đã nêu: …"). */
  async tick(label: string) {
    // A click, not check(): the box follows the saved state, which arrives a moment later.
    await this.page.getByLabel(`Tờ trình đã nêu: ${label}`, { exact: true }).click();
    await expect(this.entry(label)).toHaveAttribute('data-state', 'final');
  }

  async attach(label: string, path: string) {
    await this.page.getByLabel(`Đính kèm tệp vào: ${label}`, { exact: true }).setInputFiles(path);
  }

  /** Drops a file made in the page onto an entry, as dragging it from the file manager does. */
  async drop(label: string, name: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'application/octet-stream' }));
        return transfer;
      },
      [name, text] as const,
    );
    await this.entry(label).dispatchEvent('dragover', { dataTransfer });
    await this.entry(label).dispatchEvent('drop', { dataTransfer });
  }

  attachments(label: string): Locator {
    return this.entry(label).getByTestId('attachment');
  }

  warnings(label: string): Locator {
    return this.entry(label).getByTestId('entry-warning');
  }
}

function stateCode(state: string): string {
  return { 'Chưa có': 'missing', 'Dự thảo': 'draft', 'Bản hoàn chỉnh': 'final', 'Đã ký, đóng dấu': 'signed' }[
    state
  ] as string;
}

export class CoordinationPanel {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('coordination');
  }

  rows(): Locator {
    return this.page.getByTestId('coordination-row');
  }

  row(agency: string): Locator {
    return this.rows().filter({ hasText: agency });
  }

  async add(fields: { agency: string; person: string; askedOn: string; dueOn: string }) {
    await this.panel.getByRole('button', { name: 'Thêm cơ quan phối hợp' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Cơ quan phối hợp').fill(fields.agency);
    await dialog.getByLabel('Người được cử').fill(fields.person);
    await dialog.getByLabel('Ngày xin ý kiến (dd/mm/yyyy)').fill(fields.askedOn);
    await dialog.getByLabel('Hạn trả lời (dd/mm/yyyy)').fill(fields.dueOn);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }

  async answer(agency: string, fields: { answer: string; text: string; answeredOn: string }) {
    await this.row(agency).getByRole('button', { name: 'Ghi ý kiến' }).click();
    const dialog = this.page.getByTestId('answer-form');
    await dialog.getByLabel(fields.answer, { exact: true }).check();
    await dialog.getByLabel('Ngày trả lời (dd/mm/yyyy)').fill(fields.answeredOn);
    await dialog.getByLabel('Nội dung ý kiến').fill(fields.text);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
}

/**
 * A 1366×768 screenshot with the screen's content scrolled (the content area scrolls, not the page, so
 * fullPage shots would not show more): 'bottom', or a pixel offset.
 */
export async function shotScrolled(page: Page, path: string, to: 'bottom' | number) {
  await page.evaluate((where) => {
    const content = document.querySelector('main.content');
    if (content) content.scrollTop = where === 'bottom' ? content.scrollHeight : where;
  }, to);
  await page.screenshot({ path });
  await page.evaluate(() => {
    const content = document.querySelector('main.content');
    if (content) content.scrollTop = 0;
  });
}
