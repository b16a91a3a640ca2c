import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/format/dates';

const LABELS = {
  cut: { vi: 'Cắt', en: 'Cut' },
  copy: { vi: 'Sao chép', en: 'Copy' },
  paste: { vi: 'Dán', en: 'Paste' },
  selectAll: { vi: 'Chọn tất cả', en: 'Select all' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
} as const;

/**
 * The right-click menu of Windows text fields, which Electron does not give by itself: Undo/Redo and
 * Cut/Copy/Paste/Select all in an editable field, Copy on selected text elsewhere, nothing otherwise.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>,
  language: Language,
): MenuItemConstructorOptions[] {
  const label = (key: keyof typeof LABELS) => LABELS[key][language];
  if (params.isEditable) {
    const flags = params.editFlags;
    return [
      { role: 'undo', label: label('undo'), enabled: flags.canUndo },
      { role: 'redo', label: label('redo'), enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: label('cut'), enabled: flags.canCut },
      { role: 'copy', label: label('copy'), enabled: flags.canCopy },
      { role: 'paste', label: label('paste'), enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: label('selectAll'), enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: label('copy') }];
  return [];
}
