import { expect, type Page } from '@playwright/test';

/** Page objects: what a secretary does, in the words of the screens (Vietnamese UI). */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async setUp(name: string, code: string) {
    await expect(this.page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
    await this.page.getByLabel('Tên cơ quan, đơn vị').fill(name);
    await this.page.getByLabel('Ký hiệu viết tắt').fill(code);
    await this.page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }
}

export class MeetingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Cuộc họp', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Cuộc họp', level: 1 })).toBeVisible();
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  async startNew() {
    await this.page.getByRole('button', { name: 'Thêm cuộc họp' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(fields: {
    kind?: string;
    date?: string;
    time?: string;
    title?: string;
    chair?: string;
    place?: string;
  }) {
    const d = this.dialog;
    if (fields.kind) await d.getByLabel('Loại cuộc họp').selectOption({ label: fields.kind });
    if (fields.date !== undefined) await d.getByLabel('Ngày họp (dd/mm/yyyy)').fill(fields.date);
    if (fields.time !== undefined) await d.getByLabel('Giờ (HH:mm)').fill(fields.time);
    if (fields.chair !== undefined) await d.getByLabel('Người chủ trì').fill(fields.chair);
    if (fields.place !== undefined) await d.getByLabel('Địa điểm').fill(fields.place);
    if (fields.title !== undefined) await d.getByLabel('Nội dung / tiêu đề').fill(fields.title);
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
  }

  rows() {
    return this.page.getByTestId('meeting-row');
  }
}
