import { expect, type Locator, type Page } from '@playwright/test';

/** Settings > Lịch làm việc, in the words of the screen (Vietnamese UI). */
export class CalendarSettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
    await this.page.getByRole('tab', { name: 'Lịch làm việc' }).click();
    await expect(this.grid).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByTestId('month-grid');
  }

  get title(): Locator {
    return this.page.getByTestId('month-title');
  }

  day(iso: string): Locator {
    return this.grid.locator(`td[data-date="${iso}"]`);
  }

  /** Moves with the keyboard until the month `MM/YYYY` is shown (PageUp/PageDown a month, with Shift a year). */
  async goTo(month: number, year: number) {
    await this.grid.locator('td[tabindex="0"]').focus();
    for (let guard = 0; guard < 400; guard++) {
      const text = (await this.title.textContent()) ?? '';
      const m = /Tháng (\d+)\/(\d{4})/.exec(text);
      if (!m) throw new Error(`no month title in "${text}"`);
      const shown = Number(m[2]) * 12 + Number(m[1]);
      const wanted = year * 12 + month;
      if (shown === wanted) return;
      const key =
        wanted - shown >= 12
          ? 'Shift+PageDown'
          : shown - wanted >= 12
            ? 'Shift+PageUp'
            : wanted > shown
              ? 'PageDown'
              : 'PageUp';
      await this.page.keyboard.press(key);
      await expect(this.title).not.toHaveText(text);
    }
    throw new Error(`could not reach ${month}/${year}`);
  }

  async addOverride(fields: { date: string; working?: boolean; name: string; source?: string }) {
    const form = this.page.getByRole('form', { name: 'Ngày điều chỉnh của cơ quan' });
    await form.getByLabel('Ngày (dd/mm/yyyy)').fill(fields.date);
    await form
      .getByLabel('Loại ngày')
      .selectOption({ label: fields.working ? 'Ngày làm việc' : 'Ngày nghỉ' });
    await form.getByLabel('Tên ngày').fill(fields.name);
    if (fields.source !== undefined) await form.getByLabel('Căn cứ (không bắt buộc)').fill(fields.source);
    await form.getByRole('button', { name: 'Thêm ngày' }).click();
  }

  overrideRows(): Locator {
    return this.page.getByTestId('override-row');
  }
}

/** Settings > Quy tắc tính hạn. */
export class RulesSettingsPage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Quy tắc tính hạn' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Quy tắc tính hạn' }).click();
    await expect(this.form).toBeVisible();
  }

  signedDays(kindLabel: string): Locator {
    return this.form
      .getByRole('group', { name: /^Bản ký, đóng dấu/ })
      .getByRole('textbox', { name: kindLabel, exact: true });
  }

  async save() {
    await this.form.getByRole('button', { name: 'Lưu quy tắc' }).click();
  }
}

/** The deadline column of the meetings list and its explanation dialog. */
export class MeetingDeadlines {
  constructor(private readonly page: Page) {}

  signedBadge(row: Locator): Locator {
    return row.getByTestId('deadline-signed-documents');
  }

  opinionBadge(row: Locator): Locator {
    return row.getByTestId('deadline-leader-opinion');
  }

  get explanation(): Locator {
    return this.page.getByRole('dialog');
  }

  async explain(badge: Locator) {
    await badge.click();
    await expect(this.explanation).toBeVisible();
  }
}
