import type { OfficialSchedule } from './types';

const NOTICE = 'Thông báo 119/TB-LĐTBXH';
const LAW = 'Bộ luật Lao động 2019, Điều 112';
const MAKE_UP = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

export const schedule2022: OfficialSchedule = {
  year: 2022,
  sources: [
    {
      document: NOTICE,
      date: null,
      covers: 'Tết Nguyên đán 31/01–04/02/2022; Quốc khánh 01–02/9/2022',
      coversEn: 'Lunar New Year (Tết) 31/01–04/02/2022; National Day 01–02/9/2022',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2022-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2022-01-03',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Dương lịch',
      nameEn: "New Year's Day (compensatory day off)",
      source: MAKE_UP,
    },
    {
      date: '2022-01-31',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2022-02-01',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2022-02-02',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2022-02-03',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2022-02-04',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2022-04-10',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2022-04-11',
      kind: 'day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Day (compensatory day off)",
      source: MAKE_UP,
    },
    {
      date: '2022-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2022-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2022-05-02',
      kind: 'day-off',
      name: 'Nghỉ bù Ngày Chiến thắng',
      nameEn: 'Reunification Day (compensatory day off)',
      source: MAKE_UP,
    },
    {
      date: '2022-05-03',
      kind: 'day-off',
      name: 'Nghỉ bù Quốc tế Lao động',
      nameEn: 'Labour Day (compensatory day off)',
      source: MAKE_UP,
    },
    { date: '2022-09-01', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    { date: '2022-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
  ],
};
