import { cancelExport, exportProgress, startExportJob } from '../services/packageJobs';
import {
  exportLogOfItem,
  importPackage,
  preflight,
  receivedDetail,
  receivedList,
  verifyPackage,
} from '../services/packageService';
import type { HandlerMap } from './types';

export const packageHandlers = {
  'packages.preflight': (args, ctx) => preflight(ctx, args.scope),
  'packages.export': (args, ctx) => startExportJob(ctx, args),
  'packages.progress': (args, ctx) => exportProgress(ctx, args.jobId),
  'packages.cancel': (args, ctx) => cancelExport(ctx, args.jobId),
  'packages.exportLog': (args, ctx) => exportLogOfItem(ctx, args.itemId),
  'packages.verify': (args, ctx) => verifyPackage(ctx, args.source),
  'packages.import': (args, ctx) => importPackage(ctx, args.source),
  'packages.received.list': (_args, ctx) => receivedList(ctx),
  'packages.received.get': (args, ctx) => receivedDetail(ctx, args.id),
} satisfies Partial<HandlerMap>;
