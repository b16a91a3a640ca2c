import * as agency from '../services/documents/agencyDetails';
import { extensionReportFile } from '../services/documents/extensionReport';
import * as heading from '../services/documents/heading';
import { submissionFile } from '../services/documents/submission';
import { voteSummaryFile } from '../services/documents/voteSummary';
import type { HandlerMap } from './types';

export const documentHandlers = {
  'documents.heading': (_args, ctx) => heading.getHeading(ctx),
  'documents.saveHeading': (args, ctx) => heading.saveHeading(ctx, args),
  'documents.submission': (args, ctx) => submissionFile(ctx, args.agendaItemId),
  'documents.extensionReport': (args, ctx) => extensionReportFile(ctx, args),
  'documents.voteSummary': (args, ctx) => voteSummaryFile(ctx, args.agendaItemId),
  'agency.details': (_args, ctx) => agency.getDetails(ctx),
  'agency.update': (args, ctx) => agency.updateDetails(ctx, args),
} satisfies Partial<HandlerMap>;
