import type { OfficialSchedule } from './types';

const NOTICE = 'Thông báo 4875/TB-LĐTBXH';
const LAW = 'Bộ luật Lao động 2019, Điều 112';

export const schedule2021: OfficialSchedule = {
  year: 2021,
  sources: [
    {
      document: NOTICE,
      date: null,
      covers: 'Tết Nguyên đán 10/02–16/02/2021; Quốc khánh 02–03/9/2021',
      coversEn: 'Lunar New Year (Tết) 10/02–16/02/2021; National Day 02–03/9/2021',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2021-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2021-02-10',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2021-02-11',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2021-02-12',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2021-02-13',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2021-02-14',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2021-02-15',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: NOTICE,
    },
    {
      date: '2021-02-16',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: NOTICE,
    },
    {
      date: '2021-04-21',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2021-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2021-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2021-05-03',
      kind: 'day-off',
      name: 'Nghỉ bù Quốc tế Lao động',
      nameEn: 'Labour Day (compensatory day off)',
      source: LAW,
    },
    { date: '2021-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    { date: '2021-09-03', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
  ],
};
