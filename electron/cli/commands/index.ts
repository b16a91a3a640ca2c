/** The command registry: one line per command. */
import type { CliCommand } from '../types';
import { bookCommand } from './book';
import { calendarCommand } from './calendar';
import { deadlineCommand } from './deadline';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { listCommand } from './list';
import { lunarCommand } from './lunar';
import { reportCommand } from './report';
import { verifyCommand } from './verify';

export const COMMANDS: readonly CliCommand[] = [
  deadlineCommand,
  calendarCommand,
  lunarCommand,
  listCommand,
  demoCommand,
  reportCommand,
  exportCommand,
  verifyCommand,
  bookCommand,
];
