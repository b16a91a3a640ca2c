import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/shell/menuTemplate';

function recordingActions() {
  const calls: string[] = [];
  const actions: MenuActions = {
    backupNow: () => calls.push('backupNow'),
    openDataFolder: () => calls.push('openDataFolder'),
    openBackupsFolder: () => calls.push('openBackupsFolder'),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...allItems(submenuOf(item))]);
}

describe('the native menu', () => {
  it('is in Vietnamese, every visible item labelled', () => {
    const template = buildMenuTemplate(
      { language: 'vi', platform: 'win32', isPackaged: true },
      recordingActions().actions,
    );
    expect(template.map((i) => i.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(submenuOf(template[0]).map((i) => i.label ?? i.type)).toEqual([
      'Sao lưu ngay',
      'Mở thư mục dữ liệu',
      'Mở thư mục sao lưu',
      'separator',
      'Thoát',
    ]);
    const unlabelled = allItems(template).filter((i) => i.type !== 'separator' && !i.label);
    expect(unlabelled).toEqual([]);
    for (const item of allItems(template)) expect(item.label?.normalize('NFC')).toBe(item.label);
  });

  it('is in English when the interface is', () => {
    const template = buildMenuTemplate(
      { language: 'en', platform: 'linux', isPackaged: true },
      recordingActions().actions,
    );
    expect(template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('has no developer tools in the installed app, and has them in a development run', () => {
    const roles = (isPackaged: boolean) =>
      allItems(
        buildMenuTemplate({ language: 'vi', platform: 'win32', isPackaged }, recordingActions().actions),
      ).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('adds the application menu first on macOS', () => {
    const template = buildMenuTemplate(
      { language: 'vi', platform: 'darwin', isPackaged: true },
      recordingActions().actions,
    );
    expect(template[0]?.role).toBe('appMenu');
  });

  it('runs the shell’s actions from its items', () => {
    const { calls, actions } = recordingActions();
    const items = allItems(
      buildMenuTemplate({ language: 'vi', platform: 'win32', isPackaged: true }, actions),
    );
    for (const id of ['backup-now', 'open-data-folder', 'open-backups-folder', 'about']) {
      const click = items.find((i) => i.id === id)?.click;
      if (!click) throw new Error(`no item ${id}`);
      click.call(null, Object.create(null), undefined, Object.create(null));
    }
    expect(calls).toEqual(['backupNow', 'openDataFolder', 'openBackupsFolder', 'about']);
  });
});
