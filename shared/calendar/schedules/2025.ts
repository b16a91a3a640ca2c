import type { OfficialSchedule } from './types';

const DISPATCH = 'Công văn 8726/VPCP-KGVX';
const NOTICE = 'Thông báo 6150/TB-BLĐTBXH';
const LAW = 'Bộ luật Lao động 2019, Điều 112';

export const schedule2025: OfficialSchedule = {
  year: 2025,
  sources: [
    {
      document: DISPATCH,
      date: '2024-11-26',
      covers:
        'Tết Nguyên đán 25/01–02/02/2025 (nghỉ Tết 27/01–31/01); hoán đổi nghỉ thứ Sáu 02/5/2025, làm bù thứ Bảy 26/4/2025',
      coversEn:
        'Lunar New Year (Tết) 25/01–02/02/2025 (Tết days off 27/01–31/01); swap: Friday 02/5/2025 off, Saturday 26/4/2025 worked instead',
      verification: 'as reported',
    },
    {
      document: NOTICE,
      date: '2024-12-03',
      covers: 'Thông báo lịch nghỉ Tết Âm lịch, 30/4–1/5 và Quốc khánh 2025 (30/8–02/9/2025)',
      coversEn: 'Notice of the 2025 days off for Lunar New Year, 30/4–1/5 and National Day (30/8–02/9/2025)',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2025-01-27',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: DISPATCH,
    },
    {
      date: '2025-01-28',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: DISPATCH,
    },
    {
      date: '2025-01-29',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: DISPATCH,
    },
    {
      date: '2025-01-30',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: DISPATCH,
    },
    {
      date: '2025-01-31',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: DISPATCH,
    },
    {
      date: '2025-04-07',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2025-04-26',
      kind: 'swapped-working',
      name: 'Làm bù cho ngày nghỉ 02/05/2025',
      nameEn: 'Working Saturday (swapped for 02/05/2025)',
      source: DISPATCH,
    },
    {
      date: '2025-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2025-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2025-05-02',
      kind: 'day-off',
      name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)',
      nameEn: 'Swapped day off (worked on Saturday 26/04/2025)',
      source: DISPATCH,
    },
    { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
  ],
};
