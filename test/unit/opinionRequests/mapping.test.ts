import { describe, expect, it } from 'vitest';
import {
  mappingProblems,
  mapRows,
  requesterKindFrom,
  type SheetTable,
  suggestMapping,
} from '../../../shared/registerImport/mapping';

const cell = (text: string, date: string | null = null) => ({ text, date, problem: null });

describe('the column mapping of an Excel export', () => {
  it('suggests each field from headers written with or without accents, one column per field', () => {
    expect(
      suggestMapping(
        ['STT', 'So ky hieu', 'Ngày VB', 'Nơi ban hành', 'TRÍCH YẾU', 'Ngày đến', 'Hạn xử lý'],
        'opinion-requests',
      ),
    ).toEqual({
      requester: 3,
      requesterKind: null,
      theirNumber: 1,
      theirDate: null,
      subject: 4,
      received: 5,
      due: 6,
      assignee: null,
    });
  });

  it('refuses a mapping without a required field or with one column used twice', () => {
    const problems = mappingProblems(
      { sourceDocument: 0, content: 0, deadline: null, leader: null },
      'tasks',
      3,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'registerImport.columnUsedTwice',
      'registerImport.requiredFieldUnmapped',
    ]);
  });

  it('reads typed and real dates, and reports each row’s errors next to its own content', () => {
    const table: SheetTable = {
      fileName: 'x.xlsx',
      sheetName: 'S',
      headerRowNumber: 1,
      headers: ['Văn bản', 'Nội dung', 'Thời hạn'],
      rows: [
        { rowNumber: 2, cells: [cell('TB 12'), cell('Rà soát'), cell('15/12/2026')] },
        { rowNumber: 3, cells: [cell('TB 13'), cell(''), cell('20/12/2026', '2026-12-20')] },
        { rowNumber: 4, cells: [cell('TB 14'), cell('Báo cáo'), cell('30/02/2026')] },
      ],
    };
    const rows = mapRows(table, { sourceDocument: 0, content: 1, deadline: 2, leader: null }, 'tasks');
    expect(rows[0]?.values).toEqual({
      sourceDocument: 'TB 12',
      content: 'Rà soát',
      deadline: '2026-12-15',
      leader: null,
    });
    expect(rows[1]?.errors.map((e) => e.vi)).toEqual(['Nội dung nhiệm vụ: bỏ trống.']);
    expect(rows[2]?.cells).toContainEqual({ field: 'deadline', text: '30/02/2026' });
    expect(rows[2]?.errors[0]?.code).toBe('registerImport.invalidDate');
  });
});

describe('the kind of sender guessed from its name', () => {
  it('tells ministries, the PPC Office, other provinces and departments apart', () => {
    expect(
      [
        'Bộ Tư pháp',
        'Văn phòng UBND tỉnh',
        'UBND tỉnh',
        'UBND tỉnh Đắk Lắk',
        'Sở Tài chính',
        'Hội Luật gia',
      ].map(requesterKindFrom),
    ).toEqual(['ministry', 'ppc-office', 'ppc', 'province', 'agency', 'other']);
  });
});
