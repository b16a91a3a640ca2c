import { describe, expect, it } from 'vitest';
import { formatNumberAndSymbol, formatPlaceAndDate } from '../../../shared/workProgram/officialDocument';

describe('Decree 30 place and date line', () => {
  it('pads days below 10 and the months January and February with a zero', () => {
    expect(formatPlaceAndDate('Hà Nội', '2026-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Hà Nội', '2026-01-31')).toBe('Hà Nội, ngày 31 tháng 01 năm 2026');
  });

  it('writes March to December without a leading zero', () => {
    expect(formatPlaceAndDate('Lâm Đồng', '2026-03-09')).toBe('Lâm Đồng, ngày 09 tháng 3 năm 2026');
    expect(formatPlaceAndDate('Lâm Đồng', '2026-12-14')).toBe('Lâm Đồng, ngày 14 tháng 12 năm 2026');
  });

  it('leaves room for the clerk when the number is not given yet', () => {
    expect(formatNumberAndSymbol('125', 'SNV-VP')).toBe('Số: 125/SNV-VP');
    expect(formatNumberAndSymbol(' ', 'BC-SNV')).toMatch(/^Số: \u00a0+\/BC-SNV$/);
  });

  it('writes a number typed in full as typed, without a second symbol', () => {
    expect(formatNumberAndSymbol('1234/SKHĐT-TH', 'SKHĐT-VP')).toBe('Số: 1234/SKHĐT-TH');
    expect(formatNumberAndSymbol('Số: 45/STP-VP', 'STP-VP')).toBe('Số: 45/STP-VP');
  });
});
