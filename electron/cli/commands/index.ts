/** The command registry: one line per command. */
import type { CliCommand } from '../types';
import { calendarCommand } from './calendar';
import { deadlineCommand } from './deadline';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { listCommand } from './list';
import { lunarCommand } from './lunar';
import { reportCommand } from './report';
import { signPdfCommand } from './signPdf';
import { verifyCommand } from './verify';
import { verifyPdfCommand } from './verifyPdf';

export const COMMANDS: readonly CliCommand[] = [
  deadlineCommand,
  calendarCommand,
  lunarCommand,
  listCommand,
  demoCommand,
  reportCommand,
  exportCommand,
  verifyCommand,
  signPdfCommand,
  verifyPdfCommand,
];
