import type ExcelJS from 'exceljs';

/**
 * What a spreadsheet cell holds, reduced to what the importer needs. A formula cell is read through
 * its cached result (the value Excel last computed and saved); one saved without a result (written by
 * a tool that does not calculate) cannot be trusted and is reported, not guessed.
 */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; fromFormula: boolean }
  | { kind: 'number'; value: number; fromFormula: boolean }
  | { kind: 'date'; date: string; fromFormula: boolean }
  | { kind: 'formula-without-result'; formula: string }
  | { kind: 'error'; error: string; fromFormula: boolean };

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

function fromScalar(value: Scalar, fromFormula: boolean): CellContent {
  if (value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, fromFormula };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE', fromFormula };
  if (typeof value === 'string') {
    const text = value.normalize('NFC').trim();
    return text === '' ? { kind: 'empty' } : { kind: 'text', text, fromFormula };
  }
  if (value instanceof Date) {
    // exceljs builds dates from the serial as UTC midnight: the UTC fields are the civil date.
    if (Number.isNaN(value.getTime())) return { kind: 'error', error: 'invalid date', fromFormula };
    return { kind: 'date', date: value.toISOString().slice(0, 10), fromFormula };
  }
  return { kind: 'error', error: value.error, fromFormula };
}

export function cellContent(value: ExcelJS.CellValue): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value !== 'object' || value instanceof Date) return fromScalar(value, false);
  if ('richText' in value) return fromScalar(value.richText.map((r) => r.text).join(''), false);
  if ('hyperlink' in value) return fromScalar(value.text, false);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'sharedFormula' in value ? value.sharedFormula : value.formula;
    if (value.result === undefined) return { kind: 'formula-without-result', formula };
    return fromScalar(value.result, true);
  }
  if ('error' in value) return fromScalar(value, false);
  return { kind: 'empty' };
}

/** Text as a person reads the cell: numbers in plain form, dates as dd/MM/yyyy. */
export function cellText(content: CellContent): string {
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
      return String(content.value);
    case 'date':
      return `${content.date.slice(8, 10)}/${content.date.slice(5, 7)}/${content.date.slice(0, 4)}`;
    default:
      return '';
  }
}
