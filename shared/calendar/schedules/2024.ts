import type { OfficialSchedule } from './types';

const TET_NOTICE = 'Thông báo 5015/TB-LĐTBXH';
const SWAP_DISPATCH = 'Công văn 2450/VPCP-KGVX';
const LAW = 'Bộ luật Lao động 2019, Điều 112';

export const schedule2024: OfficialSchedule = {
  year: 2024,
  sources: [
    {
      document: TET_NOTICE,
      date: null,
      covers: 'Tết Nguyên đán 08/02–14/02/2024; Quốc khánh 02–03/9/2024',
      coversEn: 'Lunar New Year (Tết) 08/02–14/02/2024; National Day 02–03/9/2024',
      verification: 'as reported',
    },
    {
      document: SWAP_DISPATCH,
      date: '2024-04-12',
      covers: 'Hoán đổi: nghỉ thứ Hai 29/4/2024, làm bù thứ Bảy 04/5/2024 (nghỉ 27/4–01/5/2024)',
      coversEn: 'Swap: Monday 29/4/2024 off, Saturday 04/5/2024 worked instead (off 27/4–01/5/2024)',
      verification: 'as reported',
    },
    {
      document: 'Thông báo 1570/TB-LĐTBXH',
      date: null,
      covers: 'Thông báo hoán đổi ngày làm việc dịp 30/4–1/5/2024',
      coversEn: 'Notice of the working-day swap for 30/4–1/5/2024',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2024-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2024-02-08',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-09',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-10',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-11',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-12',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-13',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: TET_NOTICE,
    },
    {
      date: '2024-02-14',
      kind: 'day-off',
      name: 'Nghỉ bù Tết Nguyên đán',
      nameEn: 'Tết (compensatory day off)',
      source: TET_NOTICE,
    },
    {
      date: '2024-04-18',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2024-04-29',
      kind: 'day-off',
      name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)',
      nameEn: 'Swapped day off (worked on Saturday 04/05/2024)',
      source: SWAP_DISPATCH,
    },
    {
      date: '2024-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2024-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2024-05-04',
      kind: 'swapped-working',
      name: 'Làm bù cho ngày nghỉ 29/04/2024',
      nameEn: 'Working Saturday (swapped for 29/04/2024)',
      source: SWAP_DISPATCH,
    },
    { date: '2024-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: TET_NOTICE },
    { date: '2024-09-03', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: TET_NOTICE },
  ],
};
