import * as agenda from '../services/agenda/agendaService';
import type { HandlerMap } from './types';

/** Lịch hạn (issue 11): the agenda of every deadline, its .ics export and its thresholds per kind. */
export const agendaHandlers = {
  'agenda.list': (args, ctx) => agenda.listAgenda(ctx, args),
  'agenda.exportIcs': (args, ctx) => agenda.exportAgendaIcs(ctx, args),
  'agenda.monthlyReportSent': (args, ctx) => agenda.markMonthlyReportSent(ctx, args),
  'agenda.thresholds.get': (_args, ctx) => agenda.getAgendaThresholds(ctx),
  'agenda.thresholds.set': (args, ctx) => agenda.saveAgendaThresholds(ctx, args),
} satisfies Partial<HandlerMap>;
