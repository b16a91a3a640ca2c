import { answerFileCopy, answerLetterFile } from '../services/opinionRequests/answerLetter';
import * as register from '../services/opinionRequests/register';
import type { HandlerMap } from './types';

export const opinionRequestHandlers = {
  'opinionRequests.list': (args, ctx) => register.listRegister(ctx, args),
  'opinionRequests.get': (args, ctx) => register.getRequestView(ctx, args.id),
  'opinionRequests.previewDue': (args, ctx) => register.previewDue(ctx, args),
  'opinionRequests.create': (args, ctx) => register.createRequest(ctx, args),
  'opinionRequests.update': (args, ctx) => register.updateRequest(ctx, args),
  'opinionRequests.answer': (args, ctx) => register.answerRequest(ctx, args),
  'opinionRequests.reopen': (args, ctx) => register.reopenRequest(ctx, args.id),
  'opinionRequests.delete': (args, ctx) => register.deleteRequest(ctx, args.id),
  'opinionRequests.settings': (_args, ctx) => register.getSettings(ctx),
  'opinionRequests.saveSettings': (args, ctx) => register.saveSettings(ctx, args),
  'opinionRequests.duties': (args, ctx) => register.registerDuties(ctx, args),
  'opinionRequests.answerLetter': (args, ctx) => answerLetterFile(ctx, args.id),
  'opinionRequests.answerFile': (args, ctx) => answerFileCopy(ctx, args.id),
} satisfies Partial<HandlerMap>;
