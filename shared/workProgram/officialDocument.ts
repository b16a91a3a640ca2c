import type { IsoDate } from './yearMonth';

/**
 * The parts of an administrative document that Decree 30/2020/NĐ-CP (Appendix I) fixes: issuing agency
 * under its governing body, number and symbol, place and date, recipients and the signer. Shared by the
 * adjustment request letter and the monthly report.
 */
export interface OfficialDocumentHeading {
  /** Tên cơ quan chủ quản, e.g. "UBND TỈNH ..."; empty when the agency has none. */
  parentAgency: string;
  /** Tên cơ quan ban hành, e.g. "SỞ NỘI VỤ". */
  agency: string;
  /** Số: often left empty for the clerk (văn thư) to fill at registration. */
  number: string;
  /** Ký hiệu, e.g. "SNV-VP" (letter) or "BC-SNV" (report). */
  symbol: string;
  /** Địa danh, e.g. "Hà Nội". */
  place: string;
  date: IsoDate;
}

/** Người ký: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name; `authority` empty when the head signs himself. */
export interface Signer {
  authority: string;
  title: string;
  name: string;
}

/**
 * "Hà Nội, ngày 05 tháng 02 năm 2026". Decree 30 writes a leading zero only for days below 10 and for
 * months 1 and 2 (so that "tháng 1" cannot later become "tháng 11"); March to December have none.
 */
export function formatPlaceAndDate(place: string, date: IsoDate): string {
  const day = date.slice(8, 10);
  const month = Number(date.slice(5, 7));
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${day} tháng ${monthText} năm ${date.slice(0, 4)}`;
}

/**
 * "Số: 12/SNV-VP", or "Số:      /SNV-VP" with room for the clerk when the number is not yet given. A number
 * typed in full ("1234/SKHĐT-TH", as the clerk reads it off the register) already carries its symbol and
 * is written as typed, never given a second one.
 */
export function formatNumberAndSymbol(number: string, symbol: string): string {
  const n = number.trim().replace(/^số\s*:?\s*/iu, '');
  if (n.includes('/')) return `Số: ${n}`;
  return `Số: ${n === '' ? '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0' : n}/${symbol}`;
}
