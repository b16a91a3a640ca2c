import type { OfficialSchedule } from './types';

const NEW_YEAR_DISPATCH = 'Công văn 12729/VPCP-KGVX';
const NOTICE = 'Thông báo 9441/TB-BNV';
const LAW = 'Bộ luật Lao động 2019, Điều 112';
const MAKE_UP = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

export const schedule2026: OfficialSchedule = {
  year: 2026,
  sources: [
    {
      document: NEW_YEAR_DISPATCH,
      date: '2025-12-25',
      covers: 'Tết Dương lịch 01/01–04/01/2026: nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01/2026',
      coversEn: 'New Year 01/01–04/01/2026: Friday 02/01 off, Saturday 10/01/2026 worked instead',
      verification: 'as reported',
    },
    {
      document: NOTICE,
      date: null,
      covers:
        'Tết Nguyên đán 14/02–22/02/2026 (nghỉ Tết 16/02–20/02); Quốc khánh 29/8–02/9/2026: nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8/2026',
      coversEn:
        'Lunar New Year (Tết) 14/02–22/02/2026 (Tết days off 16/02–20/02); National Day 29/8–02/9/2026: Monday 31/8 off, Saturday 22/8/2026 worked instead',
      verification: 'as reported',
    },
    {
      document: 'Công văn 3383/BNV-CVL',
      date: null,
      covers: 'Không hoán đổi ngày làm việc dịp 30/4–1/5/2026 (nghỉ 30/4–03/5/2026)',
      coversEn: 'No working-day swap for 30/4–1/5/2026 (off 30/4–03/5/2026)',
      verification: 'as reported',
    },
  ],
  days: [
    { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day", source: LAW },
    {
      date: '2026-01-02',
      kind: 'day-off',
      name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)',
      nameEn: 'Swapped day off (worked on Saturday 10/01/2026)',
      source: NEW_YEAR_DISPATCH,
    },
    {
      date: '2026-01-10',
      kind: 'swapped-working',
      name: 'Làm bù cho ngày nghỉ 02/01/2026',
      nameEn: 'Working Saturday (swapped for 02/01/2026)',
      source: NEW_YEAR_DISPATCH,
    },
    {
      date: '2026-02-16',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2026-02-17',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2026-02-18',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2026-02-19',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2026-02-20',
      kind: 'holiday',
      name: 'Nghỉ Tết Nguyên đán',
      nameEn: 'Tết holiday',
      source: NOTICE,
    },
    {
      date: '2026-04-26',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Commemoration Day",
      source: LAW,
    },
    {
      date: '2026-04-27',
      kind: 'day-off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: "Hùng Kings' Day (compensatory day off)",
      source: MAKE_UP,
    },
    {
      date: '2026-04-30',
      kind: 'holiday',
      name: 'Ngày Chiến thắng',
      nameEn: 'Reunification Day',
      source: LAW,
    },
    {
      date: '2026-05-01',
      kind: 'holiday',
      name: 'Quốc tế Lao động',
      nameEn: 'International Labour Day',
      source: LAW,
    },
    {
      date: '2026-08-22',
      kind: 'swapped-working',
      name: 'Làm bù cho ngày nghỉ 31/08/2026',
      nameEn: 'Working Saturday (swapped for 31/08/2026)',
      source: NOTICE,
    },
    {
      date: '2026-08-31',
      kind: 'day-off',
      name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)',
      nameEn: 'Swapped day off (worked on Saturday 22/08/2026)',
      source: NOTICE,
    },
    { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', nameEn: 'National Day', source: NOTICE },
  ],
};
