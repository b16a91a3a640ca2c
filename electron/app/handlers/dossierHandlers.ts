import * as items from '../services/agendaItemService';
import * as attachments from '../services/attachmentService';
import * as checklist from '../services/checklistService';
import * as coordination from '../services/coordinationService';
import * as dashboard from '../services/dashboardService';
import * as dataCheck from '../services/dataCheckService';
import { readThresholds, saveThresholds } from '../services/dossierDeadlines';
import { requireDb } from '../services/requireDb';
import { search } from '../services/searchService';
import * as submissionRecords from '../services/submissionRecords';
import * as templates from '../services/templateService';
import type { HandlerMap } from './types';

/** The dossier workspace (issue 4): items, checklists, attachments, coordination, dashboard, search. */
export const dossierHandlers = {
  'agendaItems.list': (args, ctx) => items.listItems(ctx, args.meetingId),
  'agendaItems.get': (args, ctx) => items.getItem(ctx, args.id),
  'agendaItems.create': (args, ctx) => items.createItem(ctx, args),
  'agendaItems.update': (args, ctx) => items.updateItem(ctx, args),
  'agendaItems.setStatus': (args, ctx) => items.setStatus(ctx, args),
  'agendaItems.reorder': (args, ctx) => items.reorderItems(ctx, args),
  'agendaItems.delete': (args, ctx) => items.deleteItem(ctx, args.id),
  'agendaItems.recordSubmission': (args, ctx) => submissionRecords.recordSubmission(ctx, args),
  'agendaItems.recordOpinion': (args, ctx) => submissionRecords.recordOpinion(ctx, args),
  'checklist.get': (args, ctx) => checklist.getChecklist(ctx, args.itemId),
  'checklist.setState': (args, ctx) => checklist.setEntryState(ctx, args),
  'checklist.setNotes': (args, ctx) => checklist.setEntryNotes(ctx, args),
  'checklist.addEntry': (args, ctx) => checklist.addEntry(ctx, args),
  'checklist.updateEntry': (args, ctx) => checklist.updateEntry(ctx, args),
  'checklist.removeEntry': (args, ctx) => checklist.removeEntry(ctx, args.entryId),
  'attachments.add': (args, ctx) => attachments.addAttachment(ctx, args),
  'attachments.remove': (args, ctx) => attachments.removeAttachment(ctx, args.id),
  'attachments.file': (args, ctx) => attachments.attachmentFile(ctx, args.id),
  'coordination.list': (args, ctx) => coordination.listRequests(ctx, args.itemId),
  'coordination.add': (args, ctx) => coordination.addRequest(ctx, args),
  'coordination.update': (args, ctx) => coordination.updateRequest(ctx, args),
  'coordination.answer': (args, ctx) => coordination.answerRequest(ctx, args),
  'coordination.clearAnswer': (args, ctx) => coordination.clearAnswer(ctx, args.id),
  'coordination.remove': (args, ctx) => coordination.removeRequest(ctx, args.id),
  'templates.list': (_args, ctx) => templates.listTemplates(ctx),
  'templates.update': (args, ctx) => templates.updateTemplate(ctx, args),
  'templates.reset': (args, ctx) => templates.resetTemplate(ctx, args.contentKind),
  'dashboard.get': (_args, ctx) => dashboard.getDashboard(ctx),
  'dashboard.thresholds.get': (_args, ctx) => readThresholds(requireDb(ctx)),
  'dashboard.thresholds.set': (args, ctx) => saveThresholds(ctx, args),
  'search.query': (args, ctx) => search(ctx, args),
  'dataCheck.run': (args, ctx) => dataCheck.runDataCheck(ctx, args.deep),
  'dataCheck.repair': (_args, ctx) => dataCheck.repairData(ctx),
  // The demo generator loads on the first-run button, not at start-up (issue 10).
  'demo.fill': async (_args, ctx) => (await import('../services/demoService')).fillSampleData(ctx),
} satisfies Partial<HandlerMap>;
