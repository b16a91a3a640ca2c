import { describe, expect, it } from 'vitest';
import { collisionKey, hiddenCharacter, unsafeNameReason } from '../../../electron/packages/bagitFormat';
import {
  ENTRY_FOLDER_MAX,
  entryFolderName,
  FILE_NAME_MAX,
  fileNameFor,
  ITEM_FOLDER_MAX,
  itemFolderName,
  NameRegistry,
  safeSegment,
} from '../../../electron/packages/dossierPackage/packageNames';

describe('names inside a package', () => {
  it('numbers an item folder by its place on the program and keeps the Vietnamese title in NFC', () => {
    const nfd = 'Tờ trình về quản lý đất đai'.normalize('NFD');
    const name = itemFolderName(3, nfd);
    expect(name).toBe('03-Tờ trình về quản lý đất đai');
    expect(name).toBe(name.normalize('NFC'));
  });

  it('cuts a long title at a word boundary within the cap, never leaving a trailing space or dot', () => {
    const title =
      'Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp hàng hoá tập trung.';
    const name = itemFolderName(1, title);
    expect([...name].length).toBeLessThanOrEqual(ITEM_FOLDER_MAX);
    expect(name).toBe('01-Dự thảo Nghị quyết quy định chính sách hỗ');
    expect(entryFolderName(12, 'Báo cáo thẩm định của Sở Tư pháp về dự thảo văn bản quy phạm. ')).toMatch(
      /^12-Báo cáo thẩm định của Sở Tư pháp về\S*$/,
    );
    expect([...entryFolderName(12, 'x'.repeat(200))].length).toBe(ENTRY_FOLDER_MAX);
  });

  it('replaces characters Windows refuses and folds control characters and runs of spaces', () => {
    expect(safeSegment('Báo cáo: "số liệu" <2026>/Q1\\bản|mới?*', 80, 'x')).toBe(
      'Báo cáo- -số liệu- -2026--Q1-bản-mới--',
    );
    expect(safeSegment('a\u0000b\u0007c\n\td', 80, 'x')).toBe('a b c d');
    expect(safeSegment('Tên tệp.  ', 80, 'x')).toBe('Tên tệp');
  });

  it('never produces a device name, an empty name or a dot segment', () => {
    expect(safeSegment('CON', 80, 'x')).toBe('_CON');
    expect(safeSegment('nul.txt', 80, 'x')).toBe('_nul.txt');
    expect(safeSegment('...', 80, 'tep')).toBe('tep');
    expect(safeSegment('   ', 80, 'tep')).toBe('tep');
    expect(safeSegment('..', 80, 'tep')).toBe('tep');
    for (const s of ['CON', 'nul.txt', '...', '..', 'a:b', ' x. ']) {
      expect(unsafeNameReason(safeSegment(s, 80, 'tep'))).toBeNull();
    }
  });

  it('keeps the extension whole when it shortens a file name', () => {
    const name = fileNameFor(`${'Tờ trình số 12 về việc '.repeat(10)}.pdf`);
    expect(name.endsWith('.pdf')).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(fileNameFor('bao-cao')).toBe('bao-cao');
    expect(fileNameFor('ảnh chụp.JPG')).toBe('ảnh chụp.JPG');
    // A "dot extension" that is not one (spaces, symbols) is part of the name, made safe like the rest.
    expect(fileNameFor('Quyết định v1. bản cuối')).toBe('Quyết định v1. bản cuối');
  });

  it('numbers names that differ only by case or Unicode form, first come first kept', () => {
    const names = new NameRegistry();
    expect(names.claim('Tờ trình.pdf')).toBe('Tờ trình.pdf');
    expect(names.claim('TỜ TRÌNH.pdf'.normalize('NFD'))).toBe(
      'TỜ TRÌNH.pdf'.normalize('NFD').replace('.pdf', ' (2).pdf'),
    );
    expect(names.claim('tờ trình.PDF')).toBe('tờ trình (3).PDF');
    expect(names.claim('Khác.pdf')).toBe('Khác.pdf');
    const again = new NameRegistry();
    expect(['a.pdf', 'A.pdf', 'a.pdf'].map((n) => again.claim(n))).toEqual([
      'a.pdf',
      'A (2).pdf',
      'a (3).pdf',
    ]);
    expect(new Set(['a.pdf', 'A (2).pdf', 'a (3).pdf'].map(collisionKey)).size).toBe(3);
  });
});

describe('hidden characters in names we export', () => {
  it('drops bidi overrides and zero-width characters, so the name reads as it is and our verifier accepts it', () => {
    const name = safeSegment('Hoá đơn\u202Efdp.exe\u200B', 120, 'tep');
    expect(name).toBe('Hoá đơnfdp.exe');
    expect(hiddenCharacter(name)).toBeNull();
  });

  it('names the character it finds, by code point and Unicode name', () => {
    expect(hiddenCharacter('invoice\u202Efdp.exe')).toEqual({
      control: false,
      description: 'U+202E RIGHT-TO-LEFT OVERRIDE',
    });
    expect(hiddenCharacter('a\u0007b')).toEqual({ control: true, description: 'U+0007 CONTROL CHARACTER' });
    expect(hiddenCharacter('Tờ trình số 12.pdf')).toBeNull();
  });
});
