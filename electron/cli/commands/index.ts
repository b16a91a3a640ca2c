/** The command registry: one line per command. */
import type { CliCommand } from '../types';
import { calendarCommand } from './calendar';
import { deadlineCommand } from './deadline';
import { listCommand } from './list';
import { lunarCommand } from './lunar';

export const COMMANDS: readonly CliCommand[] = [deadlineCommand, calendarCommand, lunarCommand, listCommand];
