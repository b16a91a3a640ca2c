import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/format/dates';

/** What the menu items do; the shell supplies them, tests record them. */
export interface MenuActions {
  backupNow(): void;
  openDataFolder(): void;
  openBackupsFolder(): void;
  about(): void;
}

export interface MenuSettings {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools only in a development run, never in the installed app. */
  isPackaged: boolean;
}

const LABELS = {
  file: { vi: 'Tệp', en: 'File' },
  backupNow: { vi: 'Sao lưu ngay', en: 'Back up now' },
  openDataFolder: { vi: 'Mở thư mục dữ liệu', en: 'Open data folder' },
  openBackupsFolder: { vi: 'Mở thư mục sao lưu', en: 'Open backups folder' },
  quit: { vi: 'Thoát', en: 'Quit' },
  edit: { vi: 'Sửa', en: 'Edit' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  cut: { vi: 'Cắt', en: 'Cut' },
  copy: { vi: 'Sao chép', en: 'Copy' },
  paste: { vi: 'Dán', en: 'Paste' },
  selectAll: { vi: 'Chọn tất cả', en: 'Select all' },
  view: { vi: 'Xem', en: 'View' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  resetZoom: { vi: 'Cỡ chữ mặc định', en: 'Actual size' },
  fullScreen: { vi: 'Toàn màn hình', en: 'Full screen' },
  devTools: { vi: 'Công cụ phát triển', en: 'Developer tools' },
  window: { vi: 'Cửa sổ', en: 'Window' },
  minimize: { vi: 'Thu nhỏ cửa sổ', en: 'Minimise' },
  close: { vi: 'Đóng cửa sổ', en: 'Close window' },
  help: { vi: 'Trợ giúp', en: 'Help' },
  about: { vi: 'Giới thiệu Dossier Desk', en: 'About Dossier Desk' },
} satisfies Record<string, Record<Language, string>>;

/**
 * The native menu bar, in the interface language. Standard items use Electron roles (so shortcuts and
 * platform behaviour are native) with our own labels, since Electron's built-in labels are English only.
 */
export function buildMenuTemplate(
  settings: MenuSettings,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = (key: keyof typeof LABELS) => LABELS[key][settings.language];
  const mac = settings.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t('reload') },
    { type: 'separator' },
    { role: 'zoomIn', label: t('zoomIn') },
    { role: 'zoomOut', label: t('zoomOut') },
    { role: 'resetZoom', label: t('resetZoom') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('fullScreen') },
  ];
  if (!settings.isPackaged)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: t('devTools') });
  return [
    ...(mac ? [{ role: 'appMenu' as const, label: 'Dossier Desk' }] : []),
    {
      label: t('file'),
      submenu: [
        {
          id: 'backup-now',
          label: t('backupNow'),
          accelerator: 'CmdOrCtrl+Shift+B',
          click: () => actions.backupNow(),
        },
        { id: 'open-data-folder', label: t('openDataFolder'), click: () => actions.openDataFolder() },
        {
          id: 'open-backups-folder',
          label: t('openBackupsFolder'),
          click: () => actions.openBackupsFolder(),
        },
        { type: 'separator' },
        mac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('quit') },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    { label: t('view'), submenu: view },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        { role: 'close', label: t('close') },
      ],
    },
    {
      role: 'help',
      label: t('help'),
      submenu: [{ id: 'about', label: t('about'), click: () => actions.about() }],
    },
  ];
}
