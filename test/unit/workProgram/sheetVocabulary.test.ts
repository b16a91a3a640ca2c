import { describe, expect, it } from 'vitest';
import {
  columnForHeader,
  parseSubmissionTime,
  statusFromLabel,
  toWhomFromLabel,
  yearInTitle,
} from '../../../shared/workProgram/sheetVocabulary';

describe('columnForHeader', () => {
  it('recognises Vietnamese headers whatever their accents, case and spacing', () => {
    expect(columnForHeader('STT')).toBe('number');
    expect(columnForHeader('Nội dung')).toBe('title');
    expect(columnForHeader('NOI DUNG')).toBe('title');
    expect(columnForHeader('Cơ quan chủ trì')).toBe('leadAgency');
    expect(columnForHeader('Cơ quan,  đơn vị phối hợp')).toBe('coordinatingAgencies');
    expect(columnForHeader('Thời gian trình (dự kiến)')).toBe('submissionTime');
    expect(columnForHeader('thoi gian trinh')).toBe('submissionTime');
    expect(columnForHeader('Ghi chú')).toBe('notes');
    expect(columnForHeader('Trạng thái')).toBe('status');
  });

  it('does not let the one-word "Trình" header take the submission-time column', () => {
    expect(columnForHeader('Trình')).toBe('toWhom');
    expect(columnForHeader('Cấp trình')).toBe('toWhom');
    expect(columnForHeader('Thời gian trình')).toBe('submissionTime');
    expect(columnForHeader('Chương trình công tác năm 2026')).toBeNull();
  });

  it('handles decomposed (NFD) Vietnamese text as typed on some keyboards', () => {
    expect(columnForHeader('Nội dung'.normalize('NFD'))).toBe('title');
  });
});

describe('parseSubmissionTime', () => {
  const ok = (text: string) => parseSubmissionTime(text, 2026);
  it.each([
    ['Tháng 3/2026', '2026-03'],
    ['tháng 03/2026', '2026-03'],
    ['THÁNG 12 năm 2026', '2026-12'],
    ['T3/2026', '2026-03'],
    ['03/2026', '2026-03'],
    ['3-2026', '2026-03'],
    ['2026-03', '2026-03'],
    ['15/03/2026', '2026-03'],
    ['2026-11-30', '2026-11'],
  ])('reads "%s" as %s', (text, month) => {
    expect(ok(text)).toEqual({ ok: true, month, yearAssumed: false });
  });

  it('takes the default year for a month without a year, and says so', () => {
    expect(parseSubmissionTime('Tháng 7', 2027)).toEqual({ ok: true, month: '2027-07', yearAssumed: true });
  });

  it.each(['Tháng 13/2026', '31/02/2026', 'sớm', '2026', '00/2026'])('refuses "%s"', (text) => {
    expect(ok(text)).toMatchObject({ ok: false, code: 'bad-time' });
  });

  it('asks for a month when the sheet gives a quarter', () => {
    expect(ok('Quý II/2026')).toMatchObject({ ok: false, code: 'quarter-not-month' });
  });
});

describe('labels', () => {
  it('reads status labels in Vietnamese, without accents, and as codes', () => {
    expect(statusFromLabel('Đã trình')).toBe('submitted');
    expect(statusFromLabel('da ban hanh')).toBe('promulgated');
    expect(statusFromLabel('Đang triển khai')).toBe('in-progress');
    expect(statusFromLabel('Rút khỏi chương trình')).toBe('withdrawn');
    expect(statusFromLabel('postponed')).toBe('postponed');
    expect(statusFromLabel('Đang chờ')).toBeNull();
  });

  it('tells the Vice-Chairman from the Chairman', () => {
    expect(toWhomFromLabel('Phó Chủ tịch UBND tỉnh')).toBe('vice-chairman');
    expect(toWhomFromLabel('Chủ tịch UBND tỉnh')).toBe('chairman');
    expect(toWhomFromLabel('Ban cán sự đảng UBND tỉnh')).toBe('party-committee');
    expect(toWhomFromLabel('UBND tỉnh')).toBe('ppc');
  });

  it('finds the year in a program title', () => {
    expect(yearInTitle('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA SỞ NỘI VỤ')).toBe(2026);
    expect(yearInTitle('Chương trình công tác')).toBeNull();
  });
});
