import * as meetings from '../services/meetingService';
import type { HandlerMap } from './types';

export const meetingHandlers = {
  'meetings.list': (args, ctx) => meetings.listMeetings(ctx, args),
  'meetings.get': (args, ctx) => meetings.getMeeting(ctx, args.id),
  'meetings.create': (args, ctx) => meetings.createMeeting(ctx, args),
  'meetings.update': (args, ctx) => meetings.updateMeeting(ctx, args),
  'meetings.cancel': (args, ctx) => meetings.cancelMeeting(ctx, args.id),
} satisfies Partial<HandlerMap>;
