import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  ftsMatchExpression,
  indexText,
  searchTokens,
} from '../../../shared/dossiers/searchText';

describe('Vietnamese-aware search text', () => {
  it('folds diacritics, case and đ, from NFC and NFD alike', () => {
    expect(foldVietnamese('Tờ trình')).toBe('to trinh');
    expect(foldVietnamese('Tờ trình'.normalize('NFD'))).toBe('to trinh');
    expect(foldVietnamese('ĐỀ ÁN ĐƯỜNG GIAO THÔNG')).toBe('de an duong giao thong');
    expect(foldVietnamese('Nghị quyết về giá đất, thuỷ lợi')).toBe('nghi quyet ve gia dat, thuy loi');
  });

  it('maps only đ/Đ for the index column and keeps the rest for the tokenizer', () => {
    expect(indexText('Đề án đất đai')).toBe('Dề án dất dai');
    expect(indexText('Đề án'.normalize('NFD'))).toBe('Dề án'.normalize('NFC'));
  });

  it('turns a query into quoted words, the last one a prefix, so no input is read as FTS syntax', () => {
    expect(searchTokens('  "Tờ trình" OR số-12/TTr ')).toEqual(['to', 'trinh', 'or', 'so', '12', 'ttr']);
    expect(ftsMatchExpression('to trinh')).toBe('"to" "trinh"*');
    expect(ftsMatchExpression('NEAR(*)')).toBe('"near"*');
    expect(ftsMatchExpression(' - " * ')).toBeNull();
  });
});
