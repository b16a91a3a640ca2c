import * as adjustments from '../services/adjustmentService';
import * as documents from '../services/documentSettingsService';
import * as reports from '../services/monthlyReportService';
import * as importing from '../services/workProgramImportService';
import * as program from '../services/workProgramService';
import type { HandlerMap } from './types';

export const workProgramHandlers = {
  'workProgram.list': (args, ctx) => program.listItems(ctx, args),
  'workProgram.create': (args, ctx) => program.createItem(ctx, args),
  'workProgram.update': (args, ctx) => program.updateItem(ctx, args),
  'workProgram.delete': (args, ctx) => program.deleteItem(ctx, args.id),
  'workProgram.setStatus': (args, ctx) => program.setStatus(ctx, args),
  'workProgram.linkAgendaItem': (args, ctx) => program.linkAgendaItem(ctx, args),
  'workProgram.agendaItems': (_args, ctx) => program.agendaItemsToLink(ctx),
  'workProgram.importPreview': (args, ctx) => importing.importPreview(ctx, args.source),
  'workProgram.importCommit': (args, ctx) => importing.importCommit(ctx, args),
  'workProgram.exportXlsx': (_args, ctx) => program.exportXlsx(ctx),
  'workProgram.documentSettings': (_args, ctx) => documents.getDocumentSettings(ctx),
  'workProgram.saveDocumentSettings': (args, ctx) => documents.saveDocumentSettings(ctx, args),
  'adjustments.list': (_args, ctx) => adjustments.listRequests(ctx),
  'adjustments.create': (args, ctx) => adjustments.createRequest(ctx, args),
  'adjustments.setOutcome': (args, ctx) => adjustments.setOutcome(ctx, args),
  'adjustments.letterDocx': (args, ctx) => adjustments.letterDocx(ctx, args.id),
  'reports.monthly': (args, ctx) => reports.monthlyReportView(ctx, args.month),
  'reports.monthlyFile': (args, ctx) => reports.monthlyReportFile(ctx, args),
  'reports.saveNotes': (args, ctx) => reports.saveNotes(ctx, args),
  scorecard: (args, ctx) => reports.scorecard(ctx, args),
} satisfies Partial<HandlerMap>;
