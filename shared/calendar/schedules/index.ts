/**
 * The announced schedules shipped with the app. Adding a year is a new data file and one line here.
 * Years listed are non-provisional; every other year is computed from the statutory rules.
 */
import { schedule2021 } from './2021';
import { schedule2022 } from './2022';
import { schedule2023 } from './2023';
import { schedule2024 } from './2024';
import { schedule2025 } from './2025';
import { schedule2026 } from './2026';
import type { OfficialSchedule } from './types';

export type { OfficialSchedule, ScheduleDay, ScheduleSource } from './types';

export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [
  schedule2021,
  schedule2022,
  schedule2023,
  schedule2024,
  schedule2025,
  schedule2026,
];
