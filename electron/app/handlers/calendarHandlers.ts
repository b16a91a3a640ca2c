import * as calendar from '../services/calendarSettingsService';
import type { HandlerMap } from './types';

export const calendarHandlers = {
  'calendar.month': (args, ctx) => calendar.calendarMonth(ctx, args.year, args.month),
  'calendar.overrides.list': (_args, ctx) => calendar.listCalendarOverrides(ctx),
  'calendar.overrides.save': (args, ctx) => calendar.saveCalendarOverride(ctx, args),
  'calendar.overrides.remove': (args, ctx) => calendar.removeCalendarOverride(ctx, args.date),
  'rules.get': (_args, ctx) => calendar.getRules(ctx),
  'rules.update': (args, ctx) => calendar.updateRules(ctx, args.rules),
  'deadlines.forMeeting': (args, ctx) => calendar.deadlinesOfMeeting(ctx, args.meetingId),
  'deadlines.monthlyReport': (args, ctx) => calendar.monthlyReportDue(ctx, args.month),
} satisfies Partial<HandlerMap>;
