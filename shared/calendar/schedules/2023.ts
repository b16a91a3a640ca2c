import type { OfficialSchedule } from './types';

const NOTICE = 'Thông báo 5034/TB-LĐTBXH';
const LAW = 'Bộ luật Lao động 2019, Điều 112';
const MAKE_UP = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

export const schedule2023: OfficialSchedule = {
  year: 2023,
  sources: [
    {
      document: NOTICE,
      date: null,
      covers: 'Tết Nguyên đán 20/01–26/01/2023; Quốc khánh 01–02/9/2023, nghỉ bù 04/9/2023',
      coversEn: 'Lunar New Year (Tết) 20/01–26/01/2023; National Day 01–02/9/2023, make-up day off 04/9/2023',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2023-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2023-01-02',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Dương lịch',
      nameEn: "New Year's Day (compensatory day off)",
      source: MAKE_UP,
    },
    {
      date: '2023-01-20',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2023-01-21',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2023-01-22',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2023-01-23',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2023-01-24',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2023-01-25',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: NOTICE,
    },
    {
      date: '2023-01-26',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: NOTICE,
    },
    {
      date: '2023-04-29',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2023-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2023-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2023-05-02',
      kind: 'day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Day (compensatory day off)",
      source: MAKE_UP,
    },
    {
      date: '2023-05-03',
      kind: 'day-off',
      name: 'Nghỉ bù Ngày Chiến thắng',
      nameEn: 'Reunification Day (compensatory day off)',
      source: MAKE_UP,
    },
    { date: '2023-09-01', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    { date: '2023-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    {
      date: '2023-09-04',
      kind: 'day-off',
      name: 'Nghỉ bù Quốc khánh',
      nameEn: 'National Day (compensatory day off)',
      source: NOTICE,
    },
  ],
};
